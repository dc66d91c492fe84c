import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { GraphQLResponse, startTestService, TestService } from '../support/test-service';

/** The probe's amplification at a size the cost limit accepts: far above the heavy threshold. */
const HEAVY = `query Heavy($ids: [ID!]!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: nodes(ids: $ids) { id }`).join(' ')} }`;
/** A catalogue page as the front end asks for it: below the threshold. */
const PAGE = '{ resources(first: 20) { totalCount nodes { code title summary } } }';

/** A request and whether its answer has arrived yet. */
function tracked(answer: Promise<GraphQLResponse>) {
  let settled = false;
  const done = answer.finally(() => { settled = true; });
  return { answer: done, isSettled: () => settled };
}

describe('admission by cost (issue 11, "Abuse"): heavy operations take turns across clients', () => {
  let api: TestService;
  let ids: string[];
  let locker: Client;

  before(async () => {
    // One turn, no wait: a second heavy operation while the first runs is refused at once.
    api = await startTestService({
      // No rate per client: these turns are what is tested (the rate has its own test below).
      env: {
        GRAPHQL_HEAVY_QUERY_CONCURRENCY: '1', GRAPHQL_HEAVY_QUERY_WAIT_MS: '0', GRAPHQL_HEAVY_QUERIES_PER_MINUTE: '0',
        RESPONSE_CACHE: 'false', DATABASE_CONNECT_TIMEOUT_MS: '60000',
      },
    });
    const page = await api.graphql('{ resources(first: 100) { nodes { id } } }');
    const found = page.body.data.resources.nodes.map((node: { id: string }) => node.id);
    ids = Array.from({ length: 20 }, (_, i) => found[i % found.length]);
    locker = new Client({ connectionString: api.databaseUrl });
    await locker.connect();
  });
  after(async () => {
    await locker?.end().catch(() => undefined);
    await api?.close();
  });

  it('refuses a second heavy operation with 503 and Retry-After while the first holds the only turn; a cheap query still passes', async () => {
    // The first heavy operation's lookups wait on this lock, so it holds its turn until the test lets go.
    await locker.query('begin');
    await locker.query('lock table published_resource in access exclusive mode');
    let first: ReturnType<typeof tracked> | undefined;
    try {
      first = tracked(api.graphql(HEAVY, { ids }));
      // Inside the locker's transaction PostgreSQL keeps the first pg_stat_activity it read: let it go, or the count never moves.
      const blockedOnLock = async () => {
        await locker.query('select pg_stat_clear_snapshot()');
        return (await locker.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where application_name = 'cataleg-recursos' and wait_event_type = 'Lock'`,
        )).rows[0].n;
      };
      while (await blockedOnLock() < 1) await new Promise((resolve) => setTimeout(resolve, 50));

      const second = await api.graphql(HEAVY, { ids: [...ids].reverse() });
      assert.equal(second.status, 503, JSON.stringify(second.body));
      assert.equal(second.body.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
      assert.match(second.headers.get('retry-after') ?? '', /^\d+$/);
      assert.equal(second.headers.get('x-sql-statements'), '0', 'the refused operation ran nothing');

      // Another client (a signed-in caller is its token's subject): its share of the pool is its own.
      const cheap = await api.graphql('{ providers { slug } }', {}, await api.as({ nif: '11111111H', name: 'Una altra persona' }));
      assert.equal(cheap.status, 200, JSON.stringify(cheap.body));
      assert.equal(first.isSettled(), false, 'the first heavy operation is still running');

      await locker.query('commit');
      const answered = await first.answer;
      assert.equal(answered.status, 200, JSON.stringify(answered.body.errors));
      assert.equal(answered.body.data.a14.length, ids.length);
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await first?.answer.catch(() => undefined);
    }
    // The turn was given back with the answer.
    const after = await api.graphql(HEAVY, { ids });
    assert.equal(after.status, 200, JSON.stringify(after.body.errors));
    const page = await api.graphql(PAGE);
    assert.equal(page.status, 200, JSON.stringify(page.body.errors));
  });

  it('gives the turn back when the heavy operation fails', async () => {
    // Heavy, and one of its fields refuses an anonymous caller: the answer carries an error.
    const failing = await api.graphql(`query($ids: [ID!]!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: nodes(ids: $ids) { id }`).join(' ')} webhookSubscriptions(provider: "diba") { id } }`, { ids });
    assert.deepEqual(failing.body.errors?.map((e) => e.extensions?.code), ['UNAUTHENTICATED'], JSON.stringify(failing.body));
    const next = await api.graphql(HEAVY, { ids });
    assert.equal(next.status, 200, JSON.stringify(next.body.errors));
  });
});

describe('a client\'s rate of heavy operations (issue 11, "Abuse": ten clients each sending the costliest query)', () => {
  let api: TestService;
  let ids: string[];

  before(async () => {
    // Two a minute, so one every 30 s, and a refusal after 300 ms of waiting (production: 6, and 5 s).
    api = await startTestService({ env: { GRAPHQL_HEAVY_QUERIES_PER_MINUTE: '2', GRAPHQL_HEAVY_QUERY_WAIT_MS: '300', RESPONSE_CACHE: 'false' } });
    const page = await api.graphql('{ resources(first: 100) { nodes { id } } }');
    const found = page.body.data.resources.nodes.map((node: { id: string }) => node.id);
    ids = Array.from({ length: 20 }, (_, i) => found[i % found.length]);
  });
  after(async () => {
    await api?.close();
  });

  it('spreads a client\'s heavy operations over the minute: the second within 30 s gets 429 RATE_LIMITED and Retry-After, having run nothing; other clients and cheap queries go on', async () => {
    const admitted = await api.graphql(HEAVY, { ids });
    assert.equal(admitted.status, 200, JSON.stringify(admitted.body.errors));
    const started = Date.now();
    const refused = await api.graphql(HEAVY, { ids });
    assert.equal(refused.status, 429, JSON.stringify(refused.body.errors ?? "answered"));
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.ok(Date.now() - started >= 250, 'the refusal waited before it was sent (a client answered at once sends its next one at once)');
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 30, `Retry-After ${refused.headers.get('retry-after')}`);
    assert.equal(refused.body.errors?.[0]?.extensions?.retryAfterSeconds, retryAfter);
    assert.equal(refused.headers.get('x-sql-statements'), '0', 'the refused operation ran nothing');
    assert.equal(refused.body.data, undefined);

    // The same anonymous client's cheap queries are not counted.
    const page = await api.graphql(PAGE);
    assert.equal(page.status, 200, JSON.stringify(page.body.errors));
    // A signed-in caller is another client (its token's subject), with a rate of its own.
    const other = await api.graphql(HEAVY, { ids }, await api.as({ nif: '11111111H', name: 'Una altra persona' }));
    assert.equal(other.status, 200, JSON.stringify(other.body.errors));
  });
});

