import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getNamedType, GraphQLObjectType, isObjectType } from 'graphql';
import { toGlobalId } from '../../src/graphql/global-id';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { startTestService, TestService } from '../support/test-service';

const DIBA_EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };
const DIBA_ADMIN = { nif: '87654321X', name: 'Admin Diba', roles: ['admin:diba'] };
const DIBA_REVIEWER = { nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] };
const LLEIDA_EDITOR = { nif: '22222222J', name: 'Editor Lleida', roles: ['editor:diputacio-lleida'] };

/** Every field of a type, nested: the selection a form would make to load the whole draft. */
function fullSelection(type: GraphQLObjectType): string {
  return Object.values(type.getFields()).map((field) => {
    const named = getNamedType(field.type);
    return isObjectType(named) ? `${field.name} { ${fullSelection(named)} }` : field.name;
  }).join(' ');
}

describe('Resource.content and Resource.publicationCheck', () => {
  let api: TestService;
  let CONTENT: string;
  let CHECK: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);

  const load = (headers: Record<string, string>, provider: string, code: string, extra: { preview?: boolean; locale?: string } = {}) =>
    api.graphql(`query($p: String!, $c: String!, $preview: Boolean, $locale: Locale) {
      resource(provider: $p, code: $c, preview: $preview, locale: $locale) {
        id version status locale title content { ${CONTENT} } publicationCheck { ${CHECK} } } }`,
    { p: provider, c: code, preview: extra.preview ?? true, locale: extra.locale ?? null }, headers);
  const update = (headers: Record<string, string>, input: Record<string, unknown>) =>
    api.graphql(`mutation($input: UpdateResourceInput!) { updateResource(input: $input) {
      resource { version content { ${CONTENT} } } userErrors { code field message } } }`, { input }, headers);
  const create = (headers: Record<string, string>, input: Record<string, unknown>) =>
    api.graphql(`mutation($input: CreateResourceInput!) { createResource(input: $input) {
      resource { id version content { translations { locale title } } publicationCheck { ${CHECK} } } userErrors { code field message } } }`, { input }, headers);
  const publish = (headers: Record<string, string>, resourceId: string) =>
    api.graphql(`mutation($input: ResourcePublicationInput!) { publishResource(input: $input) {
      resource { status version } warnings { code field message } userErrors { code field message } } }`, { input: { resourceId } }, headers);
  const archive = (headers: Record<string, string>, resourceId: string) =>
    api.graphql(`mutation($input: ResourcePublicationInput!) { archiveResource(input: $input) { userErrors { code } } }`, { input: { resourceId } }, headers);

  before(async () => {
    api = await startTestService();
    const schema = await buildGraphQLSchema();
    CONTENT = fullSelection(schema.getType('ResourceContent') as GraphQLObjectType);
    CHECK = fullSelection(schema.getType('PublicationCheck') as GraphQLObjectType);
  });
  after(async () => {
    await api?.close();
  });

  for (const [provider, code, editor] of [['diba', '111219', DIBA_EDITOR], ['diputacio-lleida', 'NNTT-EG', LLEIDA_EDITOR]] as const) {
    it(`round-trips the seeded ${provider} ${code}: saved back unchanged, no errors, same content`, async () => {
      const headers = await api.as(editor);
      const loaded = await load(headers, provider, code);
      assert.equal(loaded.body.errors, undefined);
      const resource = loaded.body.data.resource;
      const content = resource.content;
      // The whole fitxa is there, in every language it has, with codes and document bindings.
      assert.ok(content.translations.length >= 2, 'Catalan and Spanish');
      assert.deepEqual(content.translations.map((t: { locale: string }) => t.locale)[0], 'CA');
      assert.ok(content.requirements.length > 0 && content.requirements.every((r: { code: string | null }) => r.code));
      assert.ok(content.documents.length > 0 && content.documents.every((d: { sha256: string }) => /^[0-9a-f]{64}$/.test(d.sha256)));
      assert.ok(content.requirements.every((r: { text: { locale: string }[] }) => r.text.some((t) => t.locale === 'ES')));
      const before = await sql('select count(*)::int as n from resource_document_version');

      const saved = await update(headers, { resourceId: resource.id, expectedVersion: resource.version, content });
      assert.equal(saved.body.errors, undefined);
      assert.deepEqual(saved.body.data.updateResource.userErrors, []);
      assert.equal(saved.body.data.updateResource.resource.version, resource.version + 1);
      assert.deepEqual(saved.body.data.updateResource.resource.content, content, 'the saved draft equals the loaded one');
      const reloaded = await load(headers, provider, code);
      assert.deepEqual(reloaded.body.data.resource.content, content);
      assert.deepEqual(await sql('select count(*)::int as n from resource_document_version'), before, 'documents keep their versions');

      // A second save of the same content records a revision with no changed field.
      const again = await update(headers, { resourceId: resource.id, expectedVersion: resource.version + 1, content });
      assert.deepEqual(again.body.data.updateResource.userErrors, []);
      const [revision] = await sql(`select rr.changes from resource_revision rr join resource r on r.id = rr.resource_id
        join provider p on p.id = r.provider_id where p.slug = ? and r.code = ? order by rr.version desc limit 1`, [provider, code]);
      assert.deepEqual(revision.changes, []);
    });
  }

  it('serves the working draft even where the public version is served, and the check of that draft', async () => {
    const headers = await api.as(DIBA_EDITOR);
    const draft = (await load(headers, 'diba', '111219')).body.data.resource;
    const translations = draft.content.translations.map((t: Record<string, unknown>) => (t.locale === 'ES' ? { ...t, title: 'Título nuevo del borrador' } : t));
    const saved = await update(headers, { resourceId: draft.id, expectedVersion: draft.version, content: { ...draft.content, translations } });
    assert.deepEqual(saved.body.data.updateResource.userErrors, []);

    const published = (await load(headers, 'diba', '111219', { preview: false, locale: 'ES' })).body.data.resource;
    assert.equal(published.status, 'PUBLISHED');
    assert.notEqual(published.title, 'Título nuevo del borrador', 'the public still sees the published title');
    assert.equal(published.content.translations.find((t: { locale: string }) => t.locale === 'ES').title, 'Título nuevo del borrador');
    assert.equal(published.publicationCheck.publishable, true);
  });

  it('returns only the translations that exist: no Spanish entry filled in from Catalan', async () => {
    const headers = await api.as(DIBA_EDITOR);
    const { body } = await create(headers, {
      provider: 'diba', code: 'CONTENT-CA',
      content: { kind: 'TECHNICAL', translations: [{ locale: 'CA', title: 'Només en català' }], modality: [{ locale: 'CA', text: 'Modalitat' }] },
    });
    assert.deepEqual(body.data.createResource.userErrors, []);
    assert.deepEqual(body.data.createResource.resource.content.translations, [{ locale: 'CA', title: 'Només en català' }]);
    const spanish = (await load(headers, 'diba', 'CONTENT-CA', { locale: 'ES' })).body.data.resource;
    assert.equal(spanish.locale, 'CA', 'the page falls back to Catalan and says so');
    assert.deepEqual(spanish.content.translations.map((t: { locale: string }) => t.locale), ['CA']);
    assert.deepEqual(spanish.content.modality, [{ locale: 'CA', text: 'Modalitat' }]);
  });

  it('shows what publishResource then answers: the same errors for an incomplete draft, the same warnings once complete', async () => {
    const headers = await api.as(DIBA_EDITOR);
    const created = await create(headers, {
      provider: 'diba', code: 'CONTENT-CHECK', content: { kind: 'TECHNICAL', translations: [{ locale: 'CA', title: 'Incompleta' }] },
    });
    const { id } = created.body.data.createResource.resource;
    const check = created.body.data.createResource.resource.publicationCheck;
    assert.equal(check.publishable, false);
    assert.ok(check.errors.some((e: { code: string; field: string[] }) => e.code === 'REQUIRED' && e.field.join('.') === 'input.content.translations.CA.summary'));
    assert.deepEqual(check.warnings.map((w: { field: string[] }) => w.field.join('.')), ['input.content.translations.ES', 'input.content.translations.EN', 'input.content.translations.OC']);

    const refused = await publish(headers, id);
    assert.deepEqual(refused.body.data.publishResource.userErrors, check.errors);
    assert.equal((await load(headers, 'diba', 'CONTENT-CHECK')).body.data.resource.status, 'DRAFT', 'nothing was published');

    // Complete it from the content it reads back, as a form would, plus the missing Catalan fields.
    const current = (await load(headers, 'diba', 'CONTENT-CHECK')).body.data.resource;
    const unit = (await sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' order by u.code limit 1`))[0].code;
    const complete = {
      ...current.content, audience: ['AJUNTAMENT'], unitCode: unit, resolutionTerm: { amount: 3, unit: 'MONTHS' },
      translations: [{ ...current.content.translations[0], summary: 'Resum', description: 'Descripció' }, { locale: 'ES', title: 'Completa' }],
    };
    const saved = await update(headers, { resourceId: id, expectedVersion: current.version, content: complete });
    assert.deepEqual(saved.body.data.updateResource.userErrors, []);
    const ready = (await load(headers, 'diba', 'CONTENT-CHECK')).body.data.resource.publicationCheck;
    assert.deepEqual(ready.errors, []);
    assert.equal(ready.publishable, true);
    assert.deepEqual(ready.warnings.map((w: { field: string[] }) => w.field.join('.')), ['input.content.translations.EN', 'input.content.translations.OC']);
    const published = await publish(headers, id);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    assert.deepEqual(published.body.data.publishResource.warnings, ready.warnings);

    // Archived: publishing is refused for its status, and the check says the same.
    assert.deepEqual((await archive(headers, id)).body.data.archiveResource.userErrors, []);
    const archived = (await load(headers, 'diba', 'CONTENT-CHECK')).body.data.resource.publicationCheck;
    assert.equal(archived.publishable, false);
    assert.deepEqual(archived.errors, (await publish(headers, id)).body.data.publishResource.userErrors);
    assert.equal(archived.errors[0].code, 'INVALID_STATUS');
  });

  it('is for the staff of the provider only: null for anyone else, by any way in', async () => {
    const query = (headers: Record<string, string>) => load(headers, 'diba', '111219', { preview: false });
    const denied = [{}, await api.as(LLEIDA_EDITOR), await api.as(DIBA_REVIEWER), await api.as({ nif: '33333333P', name: 'Ningú' })];
    for (const headers of denied) {
      const { body } = await query(headers);
      assert.equal(body.errors, undefined);
      assert.equal(body.data.resource.content, null);
      assert.equal(body.data.resource.publicationCheck, null);
    }
    const admin = (await query(await api.as(DIBA_ADMIN))).body.data.resource;
    assert.equal(admin.content.translations[0].locale, 'CA', "the provider's admins see it too");
    assert.equal(admin.publicationCheck.publishable, true);

    // Through node(id) too: another provider's editor gets the public fitxa and no draft.
    const { id } = admin;
    const node = await api.graphql('query($id: ID!) { node(id: $id) { ... on Resource { code content { kind } publicationCheck { publishable } } } }',
      { id }, await api.as(LLEIDA_EDITOR));
    assert.deepEqual(node.body.data.node, { code: '111219', content: null, publicationCheck: null });
    const own = await api.graphql('query($id: ID!) { node(id: $id) { ... on Resource { content { kind } } } }', { id }, await api.as(DIBA_EDITOR));
    assert.ok(own.body.data.node.content.kind);
  });

  it('answers bad input without a fault: unknown or other providers, unknown fitxes, locales and over-long values', async () => {
    const headers = await api.as(LLEIDA_EDITOR);
    // Lleida's editor asking for DiBa's draft with preview gets the public version, without content.
    const other = (await load(headers, 'diba', '111219')).body.data.resource;
    assert.equal(other.content, null);
    for (const [provider, code] of [['nope', '111219'], ['diba', 'NOPE'], ['diba', 'x'.repeat(5000)], ['x'.repeat(5000), 'NNTT-EG']]) {
      const { status, body } = await load(headers, provider, code);
      assert.equal(status, 200);
      assert.equal(body.errors, undefined);
      assert.equal(body.data.resource, null);
    }
    const badLocale = await load(headers, 'diputacio-lleida', 'NNTT-EG', { locale: 'FR' });
    assert.equal(badLocale.status, 400);
    assert.equal(badLocale.body.data, undefined);
    assert.match(JSON.stringify(badLocale.body.errors), /Locale/);

    // What a form sends back is checked as any save: an over-long title is a user error, nothing is written.
    const own = (await load(headers, 'diputacio-lleida', 'NNTT-EG')).body.data.resource;
    const translations = own.content.translations.map((t: Record<string, unknown>, i: number) => (i === 0 ? { ...t, title: 't'.repeat(301) } : t));
    const { body } = await update(headers, { resourceId: own.id, expectedVersion: own.version, content: { ...own.content, translations } });
    assert.equal(body.data.updateResource.userErrors[0].code, 'TOO_LONG');
    assert.equal((await load(headers, 'diputacio-lleida', 'NNTT-EG')).body.data.resource.version, own.version);
    // Saving DiBa's content into Lleida's fitxa id is refused, not written.
    const foreign = await update(headers, { resourceId: toGlobalId('Resource', '00000000-0000-0000-0000-000000000000'), expectedVersion: 1, content: own.content });
    assert.ok(foreign.body.errors || foreign.body.data.updateResource.userErrors.length);
  });
});
