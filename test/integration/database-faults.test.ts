import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminUrl } from '../support/databases';
import { databaseAddress, startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { startTestService, TestService } from '../support/test-service';

const CONNECT_TIMEOUT_MS = 1000;

interface LogLine { level: number; msg: string }

/** Keeps what the service logs, to count the lines an outage costs. */
function collectingLogStream() {
  const lines: LogLine[] = [];
  return { stream: { write: (line: string) => { lines.push(JSON.parse(line) as LogLine); } }, lines };
}

/** What a client sees of one request: status, Retry-After, the top-level code and the raw body. */
async function probe(url: string, init: RequestInit = {}) {
  const started = Date.now();
  const response = await fetch(url, init);
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  } catch { /* not JSON */ }
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code, text, ms: Date.now() - started };
}

const graphqlInit = (query: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }),
});

function assertUnavailable(answer: Awaited<ReturnType<typeof probe>>, what: string) {
  assert.equal(answer.status, 503, `${what}: ${answer.text}`);
  assert.equal(answer.code, 'SERVICE_UNAVAILABLE', what);
  assert.match(answer.retryAfter ?? '', /^\d+$/, `${what} says when to retry`);
  assert.doesNotMatch(answer.text, /select |insert |ECONNREFUSED|Knex|terminat|\n\s+at /i, `${what} leaks nothing`);
}

async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the database goes away', () => {
  let proxy: TcpProxy;
  let api: TestService;
  const log = collectingLogStream();
  let editor: Record<string, string>;

  before(async () => {
    proxy = await startTcpProxy(databaseAddress(adminUrl()));
    api = await startTestService({
      logStream: log.stream,
      connectVia: (url) => proxy.urlFor(url),
      env: { DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) },
    });
    editor = await api.as({ nif: '22222222J', name: 'Editora', roles: ['editor:diba'] });
  });
  after(async () => {
    await proxy.restore();
    await api.close();
    await proxy.close();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After quickly, logs the outage once, and recovers by itself', async () => {
    const jsonLd = `${api.url}/resources/diba/111219.jsonld`;
    assert.equal((await probe(`${api.url}/graphql`, graphqlInit('{ providers { slug } }'))).status, 200);
    assert.equal((await probe(jsonLd)).status, 200);

    const before = log.lines.length;
    await proxy.cut();
    const requests = [
      ['anonymous GraphQL', `${api.url}/graphql`, graphqlInit('{ providers { slug name } }')],
      ['signed-in GraphQL', `${api.url}/graphql`, graphqlInit('{ providers { slug } }', editor)],
      ['REST JSON-LD', jsonLd, {}],
    ] as const;
    for (let round = 0; round < 5; round += 1) {
      const answers = await Promise.all(requests.map(([, url, init]) => probe(url, init)));
      answers.forEach((answer, index) => {
        assertUnavailable(answer, requests[index][0]);
        assert.ok(answer.ms < CONNECT_TIMEOUT_MS + 1500, `${requests[index][0]} answered in ${answer.ms} ms`);
      });
    }
    const duringOutage = log.lines.slice(before);
    assert.equal(duringOutage.length, 1, `one line when the outage starts: ${JSON.stringify(duringOutage)}`);
    assert.ok(duringOutage[0].level >= 40, 'the outage is a warning');

    await proxy.restore();
    const back = await eventually(() => probe(`${api.url}/graphql`, graphqlInit('{ providers { slug } }', editor)), (answer) => answer.status === 200);
    assert.equal(back.status, 200, back.text);
    assert.equal((await probe(jsonLd)).status, 200);
    const whole = log.lines.slice(before);
    assert.equal(whole.length, 2, `one line for the outage and one for its end: ${JSON.stringify(whole)}`);
    assert.match(whole[1].msg, /available again/);
  });

  it('answers 503 within the connect timeout when the database accepts but never answers', async () => {
    await proxy.hold();
    try {
      const answer = await probe(`${api.url}/graphql`, graphqlInit('{ providers { slug } }', editor));
      assertUnavailable(answer, 'GraphQL while the database hangs');
      assert.ok(answer.ms < CONNECT_TIMEOUT_MS * 2 + 1000, `answered in ${answer.ms} ms`);
    } finally {
      await proxy.restore();
    }
    const back = await eventually(() => probe(`${api.url}/graphql`, graphqlInit('{ providers { slug } }', editor)), (answer) => answer.status === 200);
    assert.equal(back.status, 200, back.text);
  });
});

describe('the database pool is exhausted', () => {
  let api: TestService;
  before(async () => {
    api = await startTestService({ env: { DATABASE_POOL_MAX: '1', DATABASE_CONNECT_TIMEOUT_MS: '500' } });
  });
  after(() => api.close());

  it('answers 503 within the acquire timeout instead of hanging', async () => {
    const editor = await api.as({ nif: '22222222J', name: 'Editora', roles: ['editor:diba'] });
    // The pool's only connection is busy for 3 s.
    const busy = api.service.database.orm.em.getConnection().execute('select pg_sleep(3)');
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const answers = await Promise.all([
        probe(`${api.url}/graphql`, graphqlInit('{ providers { slug } }', editor)),
        probe(`${api.url}/resources/diba/111219.jsonld`),
      ]);
      for (const answer of answers) {
        assertUnavailable(answer, 'a request while the pool is exhausted');
        assert.ok(answer.ms < 2000, `answered in ${answer.ms} ms`);
      }
    } finally {
      await busy;
    }
    assert.equal((await probe(`${api.url}/graphql`, graphqlInit('{ providers { slug } }', editor))).status, 200);
  });
});
