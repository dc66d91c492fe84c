import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { startTestService, TestService } from '../support/test-service';

/** A page query that selects every nested field of the fitxa. */
const EVERYTHING = `query Page($first: Int!) { resources(first: $first) { totalCount edges { cursor node {
  id code title summary description locale availableLocales kind modality audience sdgs status version
  provider { id slug name catalogues { code } areas { code } programmes { code } units { code contactPoint { email } } }
  catalogue { name } area { name } programme { name } providerUnit { name acronym contactPoint { phone email } }
  channel { kind name } resolutionTerm { amount unit note } requirements { text verification }
  documents { code kind title sha256 url } serviceOptions { code name recommended } applicationWindows { opensOn closesOn }
  qualityCommitments { indicator threshold hardLimit { amount unit } } legalReferences { title eli }
  procedureSteps { kind title } interlocutorRoles { code name } openForApplications applicationDeadline jsonLd
} } pageInfo { hasNextPage endCursor } } }`;

describe('service behaviour', () => {
  let api: TestService;
  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false', GRAPHQL_MAX_COST: '100000' } });
  });
  after(async () => {
    await api?.close();
  });

  it('runs the same number of SQL statements for a page of 1, 20 and 100 (no N+1)', async () => {
    const statements: number[] = [];
    for (const first of [1, 20, 100]) {
      const response = await api.graphql(EVERYTHING, { first });
      assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
      assert.equal(response.body.data.resources.edges.length, Math.min(first, response.body.data.resources.totalCount));
      statements.push(Number(response.headers.get('x-sql-statements')));
    }
    assert.ok(statements[0] > 0, 'the counter sees the statements');
    assert.deepEqual(statements, [statements[0], statements[0], statements[0]]);
  });

  it('answers liveness and readiness', async () => {
    const live = await fetch(`${api.url}/healthz`);
    assert.equal(live.status, 200);
    const ready = await fetch(`${api.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
  });

  it('gives malformed requests a client error code and never a stack trace', async () => {
    const syntax = await api.graphql('{ providers { slug ');
    assert.equal(syntax.body.errors?.[0].extensions?.code, 'BAD_REQUEST');
    const unknownField = await api.graphql('{ providers { password } }');
    assert.equal(unknownField.body.errors?.[0].extensions?.code, 'BAD_REQUEST');
    assert.doesNotMatch(JSON.stringify(unknownField.body), /Did you mean/);
    // A value a scalar refuses is bad input, written in the document or sent as a variable.
    const badDate = await api.graphql('{ resources(filter: { openOn: "31/12/2023" }) { totalCount } }');
    assert.equal(badDate.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(badDate.status, 400);
    const badDateVariable = await api.graphql('query($d: Date) { resources(filter: { openOn: $d }) { totalCount } }', { d: '31/12/2023' });
    assert.equal(badDateVariable.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const badSdg = await api.graphql('{ resources(filter: { sdg: [42] }) { totalCount } }');
    assert.equal(badSdg.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const malformedJson = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    assert.equal(malformedJson.status, 400);
    for (const response of [syntax, unknownField, badDate, badSdg]) assert.doesNotMatch(JSON.stringify(response.body), /stacktrace|at .*\.js:\d+/);
  });

  it('hides database failures behind INTERNAL_SERVER_ERROR, without SQL', async () => {
    const database = api.service.database.orm.em.getConnection();
    await database.execute('alter table published_resource rename to published_resource_hidden');
    try {
      const { body } = await api.graphql('{ resources { totalCount } }');
      assert.equal(body.errors?.[0].extensions?.code, 'INTERNAL_SERVER_ERROR');
      assert.equal(body.errors?.[0].message, 'Internal server error');
      assert.doesNotMatch(JSON.stringify(body), /published_resource|select|relation/i);
    } finally {
      await database.execute('alter table published_resource_hidden rename to published_resource');
    }
  });
});

describe('abuse limits', () => {
  let api: TestService;
  before(async () => {
    // The schema has no cycles, so depth is checked with a low limit.
    api = await startTestService({ env: { GRAPHQL_MAX_DEPTH: '4' } });
  });
  after(async () => {
    await api?.close();
  });

  it('refuses too deep, too aliased, too long and batched requests', async () => {
    const shallow = await api.graphql('{ resources { nodes { code } } }');
    assert.equal(shallow.body.errors, undefined, 'a query within the limits passes');
    const tooDeep = await api.graphql('{ resources { nodes { provider { units { contactPoint { email } } } } } }');
    assert.equal(tooDeep.body.errors?.[0].extensions?.code, 'QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: providers { slug }`).join(' ');
    const tooAliased = await api.graphql(`{ ${aliases} }`);
    assert.equal(tooAliased.body.errors?.[0].extensions?.code, 'QUERY_TOO_COMPLEX');
    const tooLong = await api.graphql(`{ ${Array.from({ length: 1500 }, () => 'providers { slug }').join(' ')} }`);
    assert.equal(tooLong.body.errors?.[0].extensions?.code, 'QUERY_TOO_COMPLEX');
    const batched = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ providers { slug } }' }, { query: '{ providers { slug } }' }]),
    });
    assert.equal(batched.status, 400);
  });
});

describe('public response cache', () => {
  let api: TestService;
  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  it('serves repeated anonymous queries from the cache and forgets them when public data changes', async () => {
    const query = '{ resource(provider: "diba", code: "111219") { title version } }';
    const first = await api.graphql(query);
    assert.equal(first.headers.get('x-cache'), 'miss');
    const second = await api.graphql(query);
    assert.equal(second.headers.get('x-cache'), 'hit');
    assert.deepEqual(second.body, first.body);

    // Another writer (a second instance, an editor, a seed) changes the published data.
    const client = new Client({ connectionString: api.service.database.clientUrl });
    await client.connect();
    await client.query(`update published_resource set snapshot = jsonb_set(snapshot, '{translations,CA,title}', '"Títol canviat"') where code = '111219'`);
    await client.end();
    let after = await api.graphql(query);
    for (let attempt = 0; attempt < 50 && after.headers.get('x-cache') === 'hit'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await api.graphql(query);
    }
    assert.equal(after.body.data.resource.title, 'Títol canviat');
  });

  it('never caches authenticated requests or mutations', async () => {
    const query = '{ providers { slug } }';
    await api.graphql(query, {}, { authorization: 'Bearer x' });
    const again = await api.graphql(query, {}, { authorization: 'Bearer x' });
    assert.equal(again.headers.get('x-cache'), null);
  });
});
