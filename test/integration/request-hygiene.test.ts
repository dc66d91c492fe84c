import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { applicationClient } from '../support/application-client';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

/** Client mistakes and hostile input (issue 11, "Abuse and bad input"): refused at the edge, never a 500. */
describe('request hygiene', () => {
  let api: TestService;
  const logLines: string[] = [];
  const logStream = new Writable({ write(chunk, _encoding, done) { logLines.push(String(chunk)); done(); } });

  /** A raw POST to /graphql: bodies that JSON.stringify could not even build. */
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: any }[] } };
  };
  const codes = (body: { errors?: { extensions?: any }[] }) => body.errors?.map((e) => e.extensions?.code);

  before(async () => {
    api = await startTestService({ logStream });
  });
  after(async () => {
    await api?.close();
  });

  it('answers parse errors and queries over the token limit with HTTP 400', async () => {
    const unterminated = await post(JSON.stringify({ query: '{ __typename' }));
    assert.equal(unterminated.status, 400);
    assert.deepEqual(codes(unterminated.body), ['BAD_REQUEST']);
    const fields = Array.from({ length: 3000 }, () => '__typename').join(' ');
    const tooLong = await post(JSON.stringify({ query: `{ ${fields} }` }));
    assert.equal(tooLong.status, 400);
    assert.deepEqual(codes(tooLong.body), ['QUERY_TOO_COMPLEX'], tooLong.text);
  });

  it('refuses null bytes in variables and in literal arguments before they reach the database', async () => {
    const search = await api.graphql('query($f: ResourceFilter) { resources(filter: $f) { totalCount } }', { f: { search: 'a\u0000b' } });
    assert.equal(search.status, 400);
    assert.deepEqual(codes(search.body), ['BAD_USER_INPUT']);
    const literal = await post(JSON.stringify({ query: '{ provider(slug: "a\\u0000") { slug } }' }));
    assert.equal(literal.status, 400);
    assert.deepEqual(codes(literal.body), ['BAD_USER_INPUT']);
    const details = await api.graphql(
      'mutation($input: UpdateApplicantDetailsInput!) { updateApplicantDetails(input: $input) { userErrors { code } } }',
      { input: { applicationId: 'x', name: 'Na\u0000me', nif: MARIA.nif, position: 'Alcaldessa', email: 'a@b.cat' } }, await api.as(MARIA));
    assert.equal(details.status, 400);
    assert.deepEqual(codes(details.body), ['BAD_USER_INPUT']);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('query($s: String!) { provider(slug: $s) { slug } }')}&variables=${encodeURIComponent(JSON.stringify({ s: '\u0000' }))}`,
      { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(get.status, 400);
    assert.deepEqual(codes(await get.json() as any), ['BAD_USER_INPUT']);
    for (const path of ['/resources/diba/%00.jsonld', '/resources/%00/x.jsonld', '/resources/diba/a%00.pdf', '/files/%00', '/files/x?expires=%00']) {
      const rest = await fetch(`${api.url}${path}`);
      assert.equal(rest.status, 400, path);
      assert.deepEqual(codes(await rest.json() as any), ['BAD_USER_INPUT'], path);
    }
  });

  it('refuses days out of range with a clear BAD_USER_INPUT', async () => {
    const openOn = await post(JSON.stringify({ query: '{ resources(filter: { openOn: "0000-01-01" }) { totalCount } }' }));
    assert.equal(openOn.status, 400);
    assert.deepEqual(codes(openOn.body), ['BAD_USER_INPUT']);
    assert.match(openOn.body.errors![0].message, /1900-01-01.*2999-12-31/);
    const variable = await api.graphql('query($f: ResourceFilter) { resources(filter: $f) { totalCount } }', { f: { openOn: '0000-01-01' } });
    assert.equal(variable.status, 400);
    assert.deepEqual(codes(variable.body), ['BAD_USER_INPUT']);
    assert.match(variable.body.errors![0].message, /1900-01-01.*2999-12-31/);
    const deadline = await api.graphql('query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) { lastDay } }',
      { input: { provider: 'diba', start: '9999-12-31T10:00:00Z', term: { amount: 1000, unit: 'MONTHS' } } });
    assert.equal(deadline.status, 400);
    assert.deepEqual(codes(deadline.body), ['BAD_USER_INPUT']);
    assert.match(deadline.body.errors![0].message, /1900-01-01.*2999-12-31/);
    const literalInstant = await post(JSON.stringify({
      query: '{ computeDeadline(input: { provider: "diba", start: "0000-01-01T00:00:00Z", term: { amount: 1, unit: MONTHS } }) { lastDay } }' }));
    assert.equal(literalInstant.status, 400);
    assert.deepEqual(codes(literalInstant.body), ['BAD_USER_INPUT']);
    for (const amount of [2147483647, 2147483648, -1]) {
      const term = await api.graphql('query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) { lastDay } }',
        { input: { provider: 'diba', start: '2999-12-31T10:00:00Z', term: { amount, unit: 'MONTHS' } } });
      assert.deepEqual(codes(term.body), ['BAD_USER_INPUT'], String(amount));
    }
    const latest = await api.graphql('query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) { lastDay } }',
      { input: { provider: 'diba', start: '2999-12-31T10:00:00Z', term: { amount: 1000, unit: 'MONTHS' } } });
    assert.equal(latest.body.errors, undefined, 'the latest start and the largest term still compute');
    assert.equal(logLines.filter((line) => /"level":50/.test(line)).length, 0, 'nothing unexpected was logged');
  });

  it('answers variables nested 100,000 deep with 400 BAD_REQUEST', async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const { status, body } = await post(`{"query":"query($f: ResourceFilter) { resources(filter: $f) { totalCount } }","variables":{"f":${deep}}}`);
    assert.equal(status, 400);
    assert.deepEqual(codes(body), ['BAD_REQUEST']);
    const lists = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const list = await post(`{"query":"query($s: [String!]) { resources(filter: { provider: $s }) { totalCount } }","variables":{"s":${lists}}}`);
    assert.equal(list.status, 400);
    assert.deepEqual(codes(list.body), ['BAD_REQUEST']);
  });

  it('never echoes a large bad value: the answer stays small', async () => {
    const big = 'Q'.repeat(529_000);
    const asVariable = await post(JSON.stringify({ query: 'query($y: Int!) { holidays(provider: "diba", year: $y) { date } }', variables: { y: big } }));
    const asLiteral = await post(JSON.stringify({ query: `{ holidays(provider: "diba", year: "${big}") { date } }` }));
    const asName = await post(JSON.stringify({ query: `{ ${big} }` }));
    const asEnum = await post(JSON.stringify({ query: 'query($f: ResourceFilter) { resources(filter: $f) { totalCount } }', variables: { f: { kinds: [big] } } }));
    const asDay = await post(JSON.stringify({ query: 'query($f: ResourceFilter) { resources(filter: $f) { totalCount } }', variables: { f: { openOn: big } } }));
    const asField = await post(JSON.stringify({ query: 'query($f: ResourceFilter) { resources(filter: $f) { totalCount } }', variables: { f: { [big]: 1 } } }));
    for (const [name, answer] of Object.entries({ asVariable, asLiteral, asName, asEnum, asDay, asField })) {
      assert.equal(answer.status, 400, name);
      assert.ok(answer.text.length < 2000, `${name}: ${answer.text.length} characters`);
      assert.doesNotMatch(answer.text, /QQQQ/, name);
    }
  });

  it('keeps SQL parameters and personal data out of the logs when the database refuses a write', async () => {
    const client = applicationClient(api);
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    await client.sql(`create function hygiene_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`);
    await client.sql('create trigger hygiene_refuse before update on application for each row execute function hygiene_refuse()');
    try {
      logLines.length = 0;
      const details = await client.step('updateApplicantDetails', {
        applicationId: started.application.id, name: 'Núria Secreta Vilaró', nif: MARIA.nif, position: 'Alcaldessa',
        email: 'nuria.secreta@example.cat', phone: '973 111 222',
      }, maria);
      assert.deepEqual(codes(details), ['INTERNAL_SERVER_ERROR']);
    } finally {
      await client.sql('drop trigger hygiene_refuse on application');
      await client.sql('drop function hygiene_refuse()');
    }
    const logged = logLines.join('');
    assert.match(logged, /Unexpected error in a GraphQL request/);
    assert.match(logged, /P0001/, 'the database error code is kept');
    for (const secret of ['Secreta', 'nuria.secreta', '973 111 222', MARIA.nif, 'Alcaldessa', 'Bearer']) {
      assert.ok(!logged.includes(secret), `the log holds ${secret}`);
    }
  });
});
