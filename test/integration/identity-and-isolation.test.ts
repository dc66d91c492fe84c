import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
/** Valid DNIs (control letters checked). */
const PEOPLE = { maria: '12345678Z', jordi: '87654321X', anna: '11111111H', pere: '22222222J' };

describe('identity, representation and tenant isolation', () => {
  let api: TestService;
  let barcelonaId: string;
  let lleidaId: string;
  before(async () => {
    api = await startTestService();
    const { body } = await api.graphql(`{ b: localEntities(filter: { nif: "${BARCELONA.nif}" }) { nodes { id } }
      l: localEntities(filter: { nif: "${LLEIDA.nif}" }) { nodes { id } } }`);
    barcelonaId = body.data.b.nodes[0].id;
    lleidaId = body.data.l.nodes[0].id;
  });
  after(async () => {
    await api?.close();
  });

  const count = async (sql: string) => Number((await api.service.database.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${sql}`))[0].n);
  const grant = (headers: Record<string, string>, localEntityId: string, granteeNif: string, granteeName = 'Jordi Vila') => api.graphql(
    `mutation($input: GrantEntityAuthorizationInput!) { grantEntityAuthorization(input: $input) {
      authorization { id granteeNif revokedAt localEntity { name } } userErrors { code field message } } }`,
    { input: { localEntityId, granteeNif, granteeName } }, headers);
  const revoke = (headers: Record<string, string>, authorizationId: string) => api.graphql(
    `mutation($input: RevokeEntityAuthorizationInput!) { revokeEntityAuthorization(input: $input) {
      authorization { id revokedAt } userErrors { code field } } }`, { input: { authorizationId } }, headers);

  it('treats a request without a token as anonymous', async () => {
    const { body } = await api.graphql('{ viewer { nif } resources(first: 1) { totalCount } }');
    assert.equal(body.errors, undefined);
    assert.equal(body.data.viewer, null);
    assert.ok(body.data.resources.totalCount > 0);
  });

  it('rejects bad tokens with UNAUTHENTICATED and a reason, and keeps serving anonymous queries', async () => {
    const good = await api.token({ nif: PEOPLE.maria });
    const [header, payload, signature] = good.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), nif: PEOPLE.jordi })).toString('base64url')}.${signature}`;
    for (const [authorization, reason] of [[`Bearer ${tampered}`, /signature/i], ['Bearer not.a.token', /malformed/i], ['Basic dXNlcjpwYXNz', /Bearer/]] as const) {
      const response = await api.graphql('{ viewer { nif } }', {}, { authorization });
      assert.equal(response.status, 401);
      assert.equal(response.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
      assert.match(response.body.errors![0].message, reason);
      assert.doesNotMatch(JSON.stringify(response.body), /stacktrace/);
    }
    const anonymous = await api.graphql('{ providers { slug } }');
    assert.equal(anonymous.body.data.providers.length, 4);
  });

  it('shows the viewer: person, certificate, entities it may act for and staff roles', async () => {
    const headers = await api.as({ nif: PEOPLE.maria, name: 'Maria Puig Soler', represents: BARCELONA, roles: ['editor:diba', 'reviewer:ddgi', 'unknown-role'] });
    const { body } = await api.graphql('{ viewer { id nif name certificate { type assurance } entities { name nif } roles { role provider { slug } } } }', {}, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data.viewer.nif, PEOPLE.maria);
    assert.deepEqual(body.data.viewer.certificate, { type: 'REPRESENTATIVE', assurance: 'HIGH' });
    assert.deepEqual(body.data.viewer.entities, [{ name: BARCELONA.name, nif: BARCELONA.nif }]);
    assert.deepEqual(body.data.viewer.roles, [{ role: 'EDITOR', provider: { slug: 'diba' } }, { role: 'REVIEWER', provider: { slug: 'ddgi' } }]);
    // One stable id per person, whatever the token, and another for another person.
    const again = await api.graphql('{ viewer { id } }', {}, await api.as({ nif: PEOPLE.maria, name: 'Maria Puig Soler' }));
    assert.equal(again.body.data.viewer.id, body.data.viewer.id);
    const other = await api.graphql('{ viewer { id } }', {}, await api.as({ nif: PEOPLE.jordi }));
    assert.notEqual(other.body.data.viewer.id, body.data.viewer.id);
  });

  it('lets a representative authorize and deauthorize a person with an individual certificate', async () => {
    const representative = await api.as({ nif: PEOPLE.maria, represents: BARCELONA });
    const person = await api.as({ nif: PEOPLE.jordi });
    const before = await api.graphql('{ viewer { entities { nif } } }', {}, person);
    assert.deepEqual(before.body.data.viewer.entities, []);

    const granted = await grant(representative, barcelonaId, PEOPLE.jordi);
    assert.deepEqual(granted.body.data.grantEntityAuthorization.userErrors, []);
    const authorization = granted.body.data.grantEntityAuthorization.authorization;
    assert.equal(authorization.localEntity.name, BARCELONA.name);
    const during = await api.graphql('{ viewer { entities { nif } } }', {}, person);
    assert.deepEqual(during.body.data.viewer.entities, [{ nif: BARCELONA.nif }]);

    const listed = await api.graphql('query($id: ID!) { node(id: $id) { ... on LocalEntity { authorizations { granteeNif } } } }', { id: barcelonaId }, representative);
    assert.deepEqual(listed.body.data.node.authorizations, [{ granteeNif: PEOPLE.jordi }]);
    const hidden = await api.graphql('query($id: ID!) { node(id: $id) { ... on LocalEntity { authorizations { granteeNif } } } }', { id: barcelonaId }, person);
    assert.equal(hidden.body.data.node.authorizations, null, 'an authorized person does not manage authorizations');

    const again = await grant(representative, barcelonaId, PEOPLE.jordi);
    assert.equal(again.body.data.grantEntityAuthorization.userErrors[0].code, 'ALREADY_AUTHORIZED');
    const badNif = await grant(representative, barcelonaId, '12345678A');
    assert.deepEqual(badNif.body.data.grantEntityAuthorization.userErrors[0], { code: 'INVALID_NIF', field: ['input', 'granteeNif'], message: 'No és un NIF vàlid (DNI o NIE).' });
    const byAuthorized = await grant(person, barcelonaId, PEOPLE.anna);
    assert.deepEqual(byAuthorized.body.data.grantEntityAuthorization.userErrors.map((e: any) => [e.code, e.field]), [['FORBIDDEN', ['input', 'localEntityId']]]);

    const revoked = await revoke(representative, authorization.id);
    assert.deepEqual(revoked.body.data.revokeEntityAuthorization.userErrors, []);
    assert.ok(revoked.body.data.revokeEntityAuthorization.authorization.revokedAt);
    const afterRevoke = await api.graphql('{ viewer { entities { nif } } }', {}, person);
    assert.deepEqual(afterRevoke.body.data.viewer.entities, []);
    const twice = await revoke(representative, authorization.id);
    assert.equal(twice.body.data.revokeEntityAuthorization.userErrors[0].code, 'ALREADY_REVOKED');
    assert.equal(await count(`entity_authorization where grantee_nif = '${PEOPLE.anna}'`), 0);
  });

  it('refuses over-long and malformed input without writing', async () => {
    const representative = await api.as({ nif: PEOPLE.maria, represents: BARCELONA });
    const before = await count('entity_authorization');
    const long = await grant(representative, barcelonaId, PEOPLE.anna, 'x'.repeat(201));
    assert.deepEqual(long.body.data.grantEntityAuthorization.userErrors.map((e: any) => [e.code, e.field]), [['TOO_LONG', ['input', 'granteeName']]]);
    const wrongId = await grant(representative, 'not-an-id', PEOPLE.anna);
    assert.deepEqual(wrongId.body.data.grantEntityAuthorization.userErrors.map((e: any) => [e.code, e.field]), [['NOT_FOUND', ['input', 'localEntityId']]]);
    const anonymous = await grant({}, barcelonaId, PEOPLE.anna);
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.equal(await count('entity_authorization'), before);
  });

  it('keeps a folder per person: adding twice is a no-op, others never see or change it', async () => {
    const maria = await api.as({ nif: PEOPLE.maria });
    const pere = await api.as({ nif: PEOPLE.pere });
    const { body } = await api.graphql('{ resource(provider: "diba", code: "111219") { id } }');
    const resourceId = body.data.resource.id;
    const add = (headers: Record<string, string>, id: string) => api.graphql(
      'mutation($id: ID!) { addToFolder(input: { resourceId: $id }) { resource { code } userErrors { code } } }', { id }, headers);
    const remove = (headers: Record<string, string>, id: string) => api.graphql(
      'mutation($id: ID!) { removeFromFolder(input: { resourceId: $id }) { resource { code } userErrors { code } } }', { id }, headers);
    const folder = async (headers: Record<string, string>) => (await api.graphql('{ viewer { folder(first: 10) { totalCount nodes { code } } } }', {}, headers)).body.data.viewer.folder;

    assert.equal((await add(maria, resourceId)).body.data.addToFolder.resource.code, '111219');
    assert.equal((await add(maria, resourceId)).body.data.addToFolder.userErrors.length, 0);
    assert.deepEqual(await folder(maria), { totalCount: 1, nodes: [{ code: '111219' }] });
    assert.deepEqual(await folder(pere), { totalCount: 0, nodes: [] });
    await remove(pere, resourceId);
    assert.equal((await folder(maria)).totalCount, 1, "another person's removal does not touch Maria's folder");

    const anonymous = await add({}, resourceId);
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    const [draft] = await api.service.database.orm.em.getConnection().execute<{ id: string }[]>(`select id from resource where status = 'DRAFT' limit 1`);
    const draftAdd = await add(maria, Buffer.from(`Resource:${draft.id}`).toString('base64url'));
    assert.deepEqual(draftAdd.body.data.addToFolder.userErrors, [{ code: 'NOT_FOUND' }]);
    const garbage = await add(maria, 'garbage');
    assert.deepEqual(garbage.body.data.addToFolder.userErrors, [{ code: 'NOT_FOUND' }]);

    await remove(maria, resourceId);
    assert.deepEqual(await folder(maria), { totalCount: 0, nodes: [] });
    assert.equal(await count('folder_item'), 0);
  });

  it('lets editors preview their own provider’s drafts only', async () => {
    const drafts = await api.service.database.orm.em.getConnection().execute<{ code: string; slug: string }[]>(
      `select r.code, p.slug from resource r join provider p on p.id = r.provider_id where r.status = 'DRAFT' order by p.slug`);
    const draft = drafts.find((d) => d.slug === 'diba')!;
    const preview = (headers: Record<string, string>) => api.graphql(
      'query($p: String!, $c: String!) { resource(provider: $p, code: $c, preview: true) { code status } }', { p: draft.slug, c: draft.code }, headers);
    const editor = await preview(await api.as({ nif: PEOPLE.anna, roles: ['editor:diba'] }));
    assert.deepEqual(editor.body.data.resource, { code: draft.code, status: 'DRAFT' });
    const noPreviewFlag = await api.graphql('query($p: String!, $c: String!) { resource(provider: $p, code: $c) { code } }', { p: draft.slug, c: draft.code }, await api.as({ nif: PEOPLE.anna, roles: ['editor:diba'] }));
    assert.equal(noPreviewFlag.body.data.resource, null, 'without preview, editors read the public catalogue too');
  });
  // Every role of provider A against provider B's objects (authorizations, drafts, the viewer): isolation-matrix.test.ts.
});
