import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { startTestService, TestService } from '../support/test-service';

const POOL_MAX = 4;
const CLIENT_SHARE = 2;

/** `a0: nodes(ids: $ids) { id } … a14`, the probe's amplification at a size the cost limit accepts. */
const FLOOD = `query Flood($ids: [ID!]!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: nodes(ids: $ids) { id }`).join(' ')} }`;
const SIMPLE = '{ providers { slug } }';

interface Answer { status: number; retryAfter: string | undefined; body: string }

/** A GraphQL POST from a chosen local address (127.0.0.0/8 is all loopback), so a test has several anonymous clients. */
function post(url: string, body: unknown, options: { from?: string; headers?: Record<string, string> } = {}) {
  const target = new URL(`${url}/graphql`);
  const payload = Buffer.from(JSON.stringify(body));
  let settled = false;
  const answer = new Promise<Answer>((resolve, reject) => {
    const request = http.request({
      host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent: false, localAddress: options.from,
      headers: { ...options.headers, 'content-type': 'application/json', 'content-length': payload.length },
    }, (response) => {
      let text = '';
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => {
        settled = true;
        resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] as string | undefined, body: text });
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
  return { answer, isSettled: () => settled };
}

describe('one client holds a bounded share of the database pool (issue 11)', () => {
  let api: TestService;
  let ids: string[];
  let locker: Client;

  before(async () => {
    api = await startTestService({
      env: {
        DATABASE_POOL_MAX: String(POOL_MAX), DATABASE_POOL_CLIENT_SHARE: String(CLIENT_SHARE),
        // Long enough that no request of this test gives up while the lock is held, on a loaded machine.
        DATABASE_CONNECT_TIMEOUT_MS: '60000', RESPONSE_CACHE: 'false',
        // The flood is heavy (heavy-query-admission.ts): let all of it in, so that it is the share alone that holds it back here.
        GRAPHQL_HEAVY_QUERY_CONCURRENCY: '100', GRAPHQL_HEAVY_QUERY_WAIT_MS: '60000', GRAPHQL_HEAVY_QUERIES_PER_MINUTE: '0',
      },
    });
    const page = await api.graphql('{ resources(first: 100) { nodes { id } } }');
    const found = page.body.data.resources.nodes.map((node: { id: string }) => node.id);
    ids = Array.from({ length: 30 }, (_, i) => found[i % found.length]);
    const accepted = await api.graphql(FLOOD, { ids });
    assert.equal(accepted.status, 200, `the flood is a query the limits accept: ${JSON.stringify(accepted.body.errors)}`);
    locker = new Client({ connectionString: api.databaseUrl });
    await locker.connect();
  });
  after(async () => {
    await locker?.end().catch(() => undefined);
    await api?.close();
  });

  /** Backends of the requests' pools blocked on the test's lock. */
  const blockedOnLock = async () => {
    // Inside the locker's transaction PostgreSQL keeps the first pg_stat_activity it read: let it go, or the count never moves.
    await locker.query('select pg_stat_clear_snapshot()');
    const { rows: [row] } = await locker.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where application_name = 'cataleg-recursos' and wait_event_type = 'Lock'`,
    );
    return row.n;
  };

  it('answers another client while one anonymous client floods with the costliest accepted query; a forged X-Forwarded-For does not escape the flooder\'s share', async () => {
    // Every lookup of the flood waits on this lock, holding its connection, until the test lets go.
    await locker.query('begin');
    await locker.query('lock table published_resource in access exclusive mode');
    let flood: ReturnType<typeof post>[] = [];
    try {
      flood = Array.from({ length: POOL_MAX + 2 }, () => post(api.url, { query: FLOOD, variables: { ids } }, { from: '127.0.0.1' }));
      while (await blockedOnLock() < CLIENT_SHARE) await new Promise((resolve) => setTimeout(resolve, 50));
      // Same socket address, another address claimed in the header: still the flooder (TRUST_PROXY is off).
      const forged = post(api.url, { query: SIMPLE }, { from: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } });
      const other = await post(api.url, { query: SIMPLE }, { from: '127.0.0.2' }).answer;
      assert.equal(other.status, 200, other.body);
      assert.deepEqual(JSON.parse(other.body).errors, undefined);
      const again = await post(api.url, { query: SIMPLE }, { from: '127.0.0.2' }).answer;
      assert.equal(again.status, 200, again.body);
      assert.equal(await blockedOnLock(), CLIENT_SHARE, 'the flooder holds its share of connections, no more');
      assert.deepEqual(flood.map((request) => request.isSettled()), flood.map(() => false), 'the whole flood is still blocked or queued');
      assert.equal(forged.isSettled(), false, 'the forged header did not give the flooder a second share');
      await locker.query('commit');
      const answers = await Promise.all([...flood, forged].map((request) => request.answer));
      assert.deepEqual(answers.map((a) => a.status), answers.map(() => 200), 'the queued requests are answered once their turn comes');
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await Promise.all(flood.map((request) => request.answer.catch(() => undefined)));
    }
  });

  it('answers 503 with Retry-After to a client whose statements waited past the acquire timeout for its share', async () => {
    const impatient = await startTestService({
      sameDatabaseAs: api,
      env: { DATABASE_POOL_MAX: '2', DATABASE_POOL_CLIENT_SHARE: '1', DATABASE_CONNECT_TIMEOUT_MS: '1500', RESPONSE_CACHE: 'false' },
    });
    await locker.query('begin');
    await locker.query('lock table published_resource in access exclusive mode');
    try {
      const holder = post(impatient.url, { query: '{ resource(provider: "diba", code: "111219") { code } }' }, { from: '127.0.0.1' });
      while (await blockedOnLock() < 1) await new Promise((resolve) => setTimeout(resolve, 50));
      const waiter = await post(impatient.url, { query: SIMPLE }, { from: '127.0.0.1' }).answer;
      assert.equal(waiter.status, 503, waiter.body);
      assert.equal(JSON.parse(waiter.body).errors[0].extensions.code, 'SERVICE_UNAVAILABLE');
      assert.match(waiter.retryAfter ?? '', /^\d+$/);
      assert.equal(holder.isSettled(), false, 'the request holding the slot was not disturbed');
      await locker.query('commit');
      assert.equal((await holder.answer).status, 200);
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await impatient.close();
    }
  });

  it('runs scheduled work on its own pool while requests hold every connection of theirs', async () => {
    const knex = api.service.database.orm.em.getConnection().getKnex();
    const held = await Promise.all(Array.from({ length: POOL_MAX }, () => knex.client.acquireConnection()));
    try {
      // With the requests' pool empty this would wait for its acquire timeout and fail.
      assert.equal(await api.service.runScheduledPublications(), 0);
    } finally {
      for (const connection of held) await knex.client.releaseConnection(connection);
    }
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default, and takes hop counts, addresses, ranges and Express\'s names', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(loadConfig({ TRUST_PROXY: '0' }).trustProxy, false);
    assert.deepEqual(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy, ['loopback', '10.0.0.0/8', 'fd00::/8']);
    assert.throws(() => loadConfig({ TRUST_PROXY: 'my-balancer' }), /TRUST_PROXY/);
    assert.throws(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY/);
    assert.throws(() => loadConfig({ DATABASE_POOL_MAX: '4', DATABASE_POOL_CLIENT_SHARE: '5' }), /DATABASE_POOL_CLIENT_SHARE/);
    assert.equal(loadConfig({ DATABASE_POOL_MAX: '5' }).databasePoolClientShare, 3, 'half the pool, rounded up');
  });
});
