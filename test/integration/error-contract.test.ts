import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const DIBA_EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };
const DDGI_EDITOR = { nif: '00000000T', name: 'Editor Girona', roles: ['editor:ddgi'] };
const resourceId = (id: string) => Buffer.from(`Resource:${id}`).toString('base64url');

/** One error contract (DESIGN.md, GraphQL conventions), through real requests. */
describe('the error contract', () => {
  let api: TestService;
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const writes = async () => (await sql(`select (select count(*) from resource)::int as resources, (select count(*) from resource_revision)::int as revisions,
    (select count(*) from audit_entry)::int as audit, (select count(*) from folder_item)::int as folder`))[0];

  const create = (headers: Record<string, string>, input: Record<string, unknown>) => api.graphql(
    `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id version } userErrors { code field message } warnings { code } } }`,
    { input }, headers);
  const update = (headers: Record<string, string>, input: Record<string, unknown>) => api.graphql(
    `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id version } userErrors { code field message } warnings { code } } }`,
    { input }, headers);
  const content = (title: string, extra: Record<string, unknown> = {}) => ({ kind: 'TECHNICAL', translations: [{ locale: 'CA', title }, ...((extra.translations as unknown[]) ?? [])] });

  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  it('answers an unknown id in a mutation with a NOT_FOUND user error on its input field, and writes nothing', async () => {
    const headers = { ...(await api.as(DIBA_EDITOR)), 'accept-language': 'en' };
    const before = await writes();
    for (const id of [resourceId(randomUUID()), 'not-an-id']) {
      const { body } = await update(headers, { resourceId: id, expectedVersion: 1, content: content('Títol') });
      assert.equal(body.errors, undefined);
      assert.deepEqual(body.data.updateResource, {
        resource: null, warnings: [],
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'resourceId'], message: 'It does not exist or you may not see it.' }],
      });
    }
    const folder = await api.graphql('mutation($input: FolderInput!) { addToFolder(input: $input) { resource { id } userErrors { code field } warnings { code } } }',
      { input: { resourceId: resourceId(randomUUID()) } }, headers);
    assert.deepEqual(folder.body.data.addToFolder, { resource: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'resourceId'] }], warnings: [] });
    assert.deepEqual(await writes(), before);
  });

  it("tells another provider's editor FORBIDDEN as a user error, and hides that provider's fitxes as NOT_FOUND", async () => {
    const diba = await api.as(DIBA_EDITOR);
    const ddgi = { ...(await api.as(DDGI_EDITOR)), 'accept-language': 'ca' };
    const created = await create(diba, { provider: 'diba', code: 'ERR-1', content: content('Fitxa de prova') });
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const { id, version } = created.body.data.createResource.resource;
    const before = await writes();

    const refused = await create(ddgi, { provider: 'diba', code: 'ERR-2', content: content('Una altra') });
    assert.equal(refused.body.errors, undefined);
    assert.deepEqual(refused.body.data.createResource, {
      resource: null, warnings: [], userErrors: [{ code: 'FORBIDDEN', field: ['input', 'provider'], message: 'No teniu permís per fer-ho.' }],
    });
    const hidden = await update(ddgi, { resourceId: id, expectedVersion: version, content: content('Canviada') });
    assert.deepEqual(hidden.body.data.updateResource.userErrors.map((e: any) => [e.code, e.field]), [['NOT_FOUND', ['input', 'resourceId']]]);
    assert.deepEqual(await writes(), before);
  });

  it('returns argument validation failures as localized user errors, without the validator output', async () => {
    const headers = { ...(await api.as(DIBA_EDITOR)), 'accept-language': 'es-ES,es;q=0.9,ca;q=0.5' };
    const before = await writes();
    const long = 'x'.repeat(201);
    const { body } = await api.graphql('mutation($input: FolderInput!) { addToFolder(input: $input) { resource { id } userErrors { code field message } warnings { code } } }',
      { input: { resourceId: long } }, headers);
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data.addToFolder, {
      resource: null, warnings: [], userErrors: [{ code: 'TOO_LONG', field: ['input', 'resourceId'], message: 'Demasiado largo: como máximo 200 caracteres.' }],
    });
    assert.doesNotMatch(JSON.stringify(body), /xxxxx|validationErrors|must be shorter/);
    assert.deepEqual(await writes(), before);
  });

  it("names updateResource's content faults from input, in the served language", async () => {
    const headers = await api.as(DIBA_EDITOR);
    const created = await create(headers, { provider: 'diba', code: 'ERR-3', content: content('Fitxa') });
    const { id, version } = created.body.data.createResource.resource;
    const bad = {
      kind: 'TECHNICAL', areaCode: 'no-such-area',
      translations: [{ locale: 'CA', title: 'Fitxa' }, { locale: 'ES', title: 't'.repeat(301) }],
    };
    const before = await writes();
    const { body } = await update({ ...headers, 'accept-language': 'es' }, { resourceId: id, expectedVersion: version, content: bad });
    assert.deepEqual(body.data.updateResource.userErrors, [
      { code: 'TOO_LONG', field: ['input', 'content', 'translations', 'ES', 'title'], message: 'Demasiado largo: como máximo 300 caracteres.' },
      { code: 'UNKNOWN_CODE', field: ['input', 'content', 'areaCode'], message: 'El proveedor no tiene ningún elemento con este código.' },
    ]);
    assert.doesNotMatch(JSON.stringify(body), /no-such-area|tttt/);
    // Occitan reads Catalan, like every other text; a stale version says so on expectedVersion.
    const stale = await update({ ...headers, 'accept-language': 'oc' }, { resourceId: id, expectedVersion: version + 5, content: content('Fitxa') });
    assert.deepEqual(stale.body.data.updateResource.userErrors, [{
      code: 'STALE_VERSION', field: ['input', 'expectedVersion'], message: `La fitxa ha canviat mentrestant (versió actual: ${version}): torneu-la a carregar.`,
    }]);
    assert.deepEqual(await writes(), before);
  });

  it('keeps authentication and malformed requests top-level', async () => {
    const anonymous = await create({}, { provider: 'diba', code: 'ERR-4', content: content('Fitxa') });
    assert.equal(anonymous.body.data, null);
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    const malformed = await api.graphql('mutation { createResource(input: { nope: 1 }) { resource { id } } }');
    assert.equal(malformed.body.errors?.[0].extensions?.code, 'BAD_REQUEST');
    assert.equal(malformed.status, 400);
  });

  it('answers a query\'s expected failure top-level, in the served language', async () => {
    const { body } = await api.graphql('query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) { lastDay } }',
      { input: { provider: 'nowhere', start: '2026-03-02T10:00:00+01:00', term: { amount: 10, unit: 'BUSINESS_DAYS' } } }, { 'accept-language': 'en' });
    assert.deepEqual(body.errors?.map((e: any) => [e.message, e.extensions]), [
      ['It does not exist or you may not see it.', { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['input', 'provider'] }],
    ]);
  });

  it('answers REST routes through the same mapping', async () => {
    const headers = { ...(await api.as(DIBA_EDITOR)), 'accept-language': 'es' };
    const file = await fetch(`${api.url}/files/${Buffer.from(`StoredFile:${randomUUID()}`).toString('base64url')}`, { headers });
    assert.equal(file.status, 404);
    assert.deepEqual(await file.json(), { errors: [{ message: 'No existe o no lo podéis ver.', extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['id'] } }] });
    const anonymous = await fetch(`${api.url}/files/x`);
    assert.equal(anonymous.status, 401);
    assert.equal((await anonymous.json() as any).errors[0].extensions.code, 'UNAUTHENTICATED');
    const jsonLd = await fetch(`${api.url}/resources/diba/NO-SUCH-CODE.jsonld`, { headers: { 'accept-language': 'en' } });
    assert.equal(jsonLd.status, 404);
    assert.equal((await jsonLd.json() as any).errors[0].message, 'It does not exist or you may not see it.');
    const malformed = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    assert.equal(malformed.status, 400);
    assert.equal((await malformed.json() as any).errors[0].extensions.code, 'BAD_REQUEST');
  });
});
