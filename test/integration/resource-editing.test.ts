import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };
const SHA = 'ab'.repeat(32);

const RESOURCE_FIELDS = `id code status version title summary kind modality provisionType audience sdgs availableLocales
  catalogue { code } area { code } programme { code } providerUnit { code }
  channel { kind name url } grantProcedure resolutionTerm { amount unit note } silenceEffect maxApplicationsPerEntity
  requirements { text verification documentCode }
  documents { code kind title version sha256 url mediaType mustAccept mustAttach signedCopyOnAcceptance }
  serviceOptions { code name recommended } applicationWindows { label opensOn closesOn }
  qualityCommitments { indicator text threshold thresholdUnit targetPercent hardLimit { amount unit } breachAction }
  legalReferences { title url eli } procedureSteps { position kind title } interlocutorRoles { code name required }`;

describe('editing fitxes', () => {
  let api: TestService;
  let taxonomy: { catalogue: string; area: string; programme: string; unit: string };
  const globalId = (id: string) => Buffer.from(`Resource:${id}`).toString('base64url');
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const ca = (text: string) => [{ locale: 'CA', text }];

  const fullContent = (title = 'Suport a la ciberseguretat') => ({
    kind: 'TECHNICAL',
    modality: [{ locale: 'CA', text: 'Realització de serveis' }, { locale: 'ES', text: 'Realización de servicios' }],
    provisionType: 'CONTINUOUS',
    audience: ['AJUNTAMENT', 'CONSELL_COMARCAL'],
    sdgs: [16, 9],
    catalogueCode: taxonomy.catalogue, areaCode: taxonomy.area, programmeCode: taxonomy.programme, unitCode: taxonomy.unit,
    channel: { kind: 'PROCESSING_PORTAL', name: ca('Portal de tramitació (PMT)'), url: 'https://pmt.diba.cat' },
    grantProcedure: 'DIRECT_WITH_CONCURRENCE',
    resolutionTerm: { amount: 3, unit: 'MONTHS' },
    silenceEffect: 'NEGATIVE',
    maxApplicationsPerEntity: 1,
    translations: [
      { locale: 'CA', title, summary: 'Resum', description: 'Descripció', resolutionTermNote: "a partir de l'endemà" },
      { locale: 'ES', title: 'Apoyo a la ciberseguridad', summary: 'Resumen' },
    ],
    requirements: [
      { text: ca('Ser ajuntament'), verification: 'ELIGIBILITY' },
      { text: ca('Acceptar les condicions'), verification: 'DOCUMENT_ACCEPTANCE', documentCode: 'conditions' },
    ],
    documents: [{
      code: 'conditions', kind: 'CONDITIONS_OF_ACCESS', title: ca("Condicions d'accés i ús"), version: '2026.1', sha256: SHA,
      url: 'https://example.org/conditions.pdf', mediaType: 'application/pdf', mustAccept: true, mustAttach: false, signedCopyOnAcceptance: true,
    }],
    serviceOptions: [{ code: 'audit', name: ca('Auditoria'), recommended: true }, { code: 'training', name: ca('Formació') }],
    applicationWindows: [{ label: '2026', opensOn: '2026-01-15', closesOn: '2026-03-31' }],
    qualityCommitments: [{
      indicator: 'DECISION_WITHIN_TERM', text: ca('Resoldre en 2 mesos'), threshold: 2, thresholdUnit: 'MONTHS', targetPercent: 90,
      hardLimitAmount: 3, hardLimitUnit: 'MONTHS', breachAction: ca('Comunicar les causes'),
    }],
    legalReferences: [{ title: ca('Llei 39/2015'), url: 'https://www.boe.es/eli/es/l/2015/10/01/39', eli: 'https://www.boe.es/eli/es/l/2015/10/01/39' }],
    procedureSteps: [{ kind: 'IDENTIFY', title: ca('Identificar-se') }, { kind: 'SIGN', title: ca('Signar') }],
    interlocutorRoles: [{ code: 'tech', name: ca('Responsable tècnic'), required: true }],
  });

  const create = (headers: Record<string, string>, input: Record<string, unknown>) =>
    api.graphql(`mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { ${RESOURCE_FIELDS} } userErrors { code field message } } }`, { input }, headers);
  const update = (headers: Record<string, string>, input: Record<string, unknown>) =>
    api.graphql(`mutation($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title version status } userErrors { code field message } } }`, { input }, headers);
  const remove = (headers: Record<string, string>, input: Record<string, unknown>) =>
    api.graphql(`mutation($input: DeleteResourceDraftInput!) { deleteResourceDraft(input: $input) { deletedResourceId userErrors { code field message } } }`, { input }, headers);
  const view = (code: string, headers: Record<string, string> = {}, preview = false) =>
    api.graphql('query($c: String!, $p: Boolean) { resource(provider: "diba", code: $c, preview: $p) { code title version status } }', { c: code, p: preview }, headers);
  const counts = async () => (await sql(`select (select count(*) from resource)::int as resources, (select count(*) from requirement)::int as requirements,
    (select count(*) from resource_translation)::int as translations, (select count(*) from audit_entry)::int as audit`))[0];

  before(async () => {
    api = await startTestService();
    const pick = async (table: string) => (await sql(`select t.code from ${table} t join provider p on p.id = t.provider_id where p.slug = 'diba' order by t.code limit 1`))[0].code;
    taxonomy = { catalogue: await pick('catalogue'), area: await pick('area'), programme: await pick('programme'), unit: await pick('provider_unit') };
  });
  after(async () => {
    await api?.close();
  });

  it('creates a complete draft, seen by editors in preview and by nobody else', async () => {
    const headers = await api.as(EDITOR);
    const { body } = await create(headers, { provider: 'diba', code: 'CIBER-1', content: fullContent() });
    assert.deepEqual(body.errors, undefined);
    assert.deepEqual(body.data.createResource.userErrors, []);
    const resource = body.data.createResource.resource;
    assert.equal(resource.status, 'DRAFT');
    assert.equal(resource.title, 'Suport a la ciberseguretat');
    assert.deepEqual(resource.availableLocales, ['CA', 'ES']);
    assert.deepEqual(resource.sdgs, [9, 16]);
    assert.deepEqual(resource.audience, ['AJUNTAMENT', 'CONSELL_COMARCAL']);
    assert.equal(resource.modality, 'Realització de serveis');
    assert.deepEqual([resource.catalogue.code, resource.area.code, resource.programme.code, resource.providerUnit.code],
      [taxonomy.catalogue, taxonomy.area, taxonomy.programme, taxonomy.unit]);
    assert.deepEqual(resource.channel, { kind: 'PROCESSING_PORTAL', name: 'Portal de tramitació (PMT)', url: 'https://pmt.diba.cat' });
    assert.deepEqual(resource.resolutionTerm, { amount: 3, unit: 'MONTHS', note: "a partir de l'endemà" });
    assert.deepEqual(resource.requirements.map((r: any) => [r.text, r.verification, r.documentCode]),
      [['Ser ajuntament', 'ELIGIBILITY', null], ['Acceptar les condicions', 'DOCUMENT_ACCEPTANCE', 'conditions']]);
    assert.deepEqual(resource.documents, [{
      code: 'conditions', kind: 'CONDITIONS_OF_ACCESS', title: "Condicions d'accés i ús", version: '2026.1', sha256: SHA,
      url: 'https://example.org/conditions.pdf', mediaType: 'application/pdf', mustAccept: true, mustAttach: false, signedCopyOnAcceptance: true,
    }]);
    assert.deepEqual(resource.serviceOptions, [{ code: 'audit', name: 'Auditoria', recommended: true }, { code: 'training', name: 'Formació', recommended: false }]);
    assert.deepEqual(resource.applicationWindows, [{ label: '2026', opensOn: '2026-01-15', closesOn: '2026-03-31' }]);
    assert.deepEqual(resource.qualityCommitments, [{
      indicator: 'DECISION_WITHIN_TERM', text: 'Resoldre en 2 mesos', threshold: 2, thresholdUnit: 'MONTHS', targetPercent: 90,
      hardLimit: { amount: 3, unit: 'MONTHS' }, breachAction: 'Comunicar les causes',
    }]);
    assert.deepEqual(resource.legalReferences, [{ title: 'Llei 39/2015', url: 'https://www.boe.es/eli/es/l/2015/10/01/39', eli: 'https://www.boe.es/eli/es/l/2015/10/01/39' }]);
    assert.deepEqual(resource.procedureSteps, [{ position: 1, kind: 'IDENTIFY', title: 'Identificar-se' }, { position: 2, kind: 'SIGN', title: 'Signar' }]);
    assert.deepEqual(resource.interlocutorRoles, [{ code: 'tech', name: 'Responsable tècnic', required: true }]);

    assert.equal((await view('CIBER-1')).body.data.resource, null, 'anonymous does not see a draft');
    assert.equal((await view('CIBER-1', {}, true)).body.data.resource, null, 'nor with preview');
    const preview = await view('CIBER-1', headers, true);
    assert.deepEqual(preview.body.data.resource, { code: 'CIBER-1', title: 'Suport a la ciberseguretat', version: resource.version, status: 'DRAFT' });

    const log = await api.graphql('{ auditLog(provider: "diba", first: 1) { nodes { action actorNif details } } }', {}, headers);
    assert.equal(log.body.data.auditLog.nodes[0].action, 'resource.create');
    assert.equal(log.body.data.auditLog.nodes[0].actorNif, EDITOR.nif);
  });

  it('reports every invalid field with its path and writes nothing', async () => {
    const headers = await api.as(EDITOR);
    const before = await counts();
    const content: any = fullContent();
    content.translations = [{ locale: 'ES', title: 'x'.repeat(301) }];
    content.requirements.push({ text: ca(''), verification: 'DECLARATION', documentCode: 'nope' });
    content.documents[0].sha256 = 'not-a-hash';
    content.serviceOptions[1].code = 'audit';
    content.applicationWindows[0].closesOn = '2026-01-01';
    content.sdgs = [18];
    content.qualityCommitments[0].targetPercent = 120;
    content.legalReferences[0].url = 'javascript:alert(1)';
    content.areaCode = 'no-such-area';
    const { body } = await create(headers, { provider: 'diba', code: 'bad code!', content });
    assert.equal(body.data.createResource.resource, null);
    const errors = body.data.createResource.userErrors.map((e: any) => [e.code, e.field]);
    for (const expected of [
      ['INVALID_FORMAT', ['input', 'code']],
      ['TOO_LONG', ['input', 'content', 'translations', 'ES', 'title']],
      ['REQUIRED', ['input', 'content', 'translations', 'CA']],
      ['OUT_OF_RANGE', ['input', 'content', 'sdgs', '0']],
      ['INVALID_FORMAT', ['input', 'content', 'documents', '0', 'sha256']],
      ['REQUIRED', ['input', 'content', 'requirements', '2', 'text', 'CA']],
      ['UNKNOWN_DOCUMENT', ['input', 'content', 'requirements', '2', 'documentCode']],
      ['DUPLICATE', ['input', 'content', 'serviceOptions', '1', 'code']],
      ['INVALID_RANGE', ['input', 'content', 'applicationWindows', '0', 'closesOn']],
      ['OUT_OF_RANGE', ['input', 'content', 'qualityCommitments', '0', 'targetPercent']],
      ['INVALID_URL', ['input', 'content', 'legalReferences', '0', 'url']],
      ['UNKNOWN_CODE', ['input', 'content', 'areaCode']],
    ]) assert.ok(errors.some((e: any) => JSON.stringify(e) === JSON.stringify(expected)), `${JSON.stringify(expected)} in ${JSON.stringify(errors)}`);
    assert.equal(errors.length, 12, JSON.stringify(errors));
    assert.deepEqual(await counts(), before);
  });

  it('refuses a code the provider already uses, writing nothing', async () => {
    const headers = await api.as(EDITOR);
    const before = await counts();
    const { body } = await create(headers, { provider: 'diba', code: '111219', content: fullContent() });
    assert.equal(body.data.createResource.resource, null);
    assert.deepEqual(body.data.createResource.userErrors.map((e: any) => [e.code, e.field]), [['DUPLICATE_CODE', ['input', 'code']]]);
    assert.deepEqual(await counts(), before);
  });

  it('updates the draft of a published fitxa without changing what the public sees', async () => {
    const headers = await api.as(EDITOR);
    const publicBefore = (await view('111219')).body.data.resource;
    assert.equal(publicBefore.status, 'PUBLISHED');
    const [fitxa] = await sql(`select r.id, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = '111219'`);
    const { body } = await update(headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version, content: fullContent('Títol nou del 111219') });
    assert.deepEqual(body.errors, undefined);
    assert.deepEqual(body.data.updateResource.userErrors, []);
    assert.equal(body.data.updateResource.resource.title, 'Títol nou del 111219');
    assert.equal(body.data.updateResource.resource.version, fitxa.version + 1);
    assert.equal(body.data.updateResource.resource.status, 'PUBLISHED');

    assert.deepEqual((await view('111219')).body.data.resource, publicBefore, 'the public still sees the published version');
    assert.equal((await view('111219', headers, true)).body.data.resource.title, 'Títol nou del 111219');
    const [row] = await sql(`select count(*)::int as n from requirement where resource_id = ?`, [fitxa.id]);
    assert.equal(row.n, 2, 'lists are replaced');

    const stale = await update(headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version, content: fullContent('Un altre') });
    const [error] = stale.body.data.updateResource.userErrors;
    assert.equal(error.code, 'STALE_VERSION');
    assert.match(error.message, new RegExp(`${fitxa.version + 1}`));

    const log = await api.graphql('{ auditLog(provider: "diba", first: 1) { nodes { action targetId } } }', {}, headers);
    assert.deepEqual(log.body.data.auditLog.nodes[0], { action: 'resource.update', targetId: fitxa.id });
  });

  it('of two concurrent updates from the same version exactly one wins', async () => {
    const headers = await api.as(EDITOR);
    const [fitxa] = await sql(`select r.id, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = 'CIBER-1'`);
    const results = await Promise.all(['A', 'B', 'C'].map((suffix) =>
      update(headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version, content: fullContent(`Versió ${suffix}`) })));
    const codes = results.map((r) => r.body.data?.updateResource.userErrors[0]?.code ?? (r.body.errors ? JSON.stringify(r.body.errors) : 'OK'));
    assert.equal(codes.filter((c) => c === 'OK').length, 1, JSON.stringify(codes));
    assert.ok(codes.every((c) => c === 'OK' || c === 'STALE_VERSION'), JSON.stringify(codes));
    const [after] = await sql(`select version from resource where id = ?`, [fitxa.id]);
    assert.equal(after.version, fitxa.version + 1);
  });

  it('lets only editors of the provider create, update and delete', async () => {
    const [fitxa] = await sql(`select r.id, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = 'CIBER-1'`);
    const before = await counts();
    const foreign = await api.as({ nif: '11111111H', roles: ['editor:ddgi', 'admin:ddgi', 'reviewer:ddgi'] });
    const reviewer = await api.as({ nif: '11111111H', roles: ['reviewer:diba', 'admin:diba'] });
    const cases: [Record<string, string>, string, string][] = [
      [{}, 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
      [foreign, 'FORBIDDEN', 'NOT_FOUND'],
      [reviewer, 'FORBIDDEN', 'FORBIDDEN'],
    ];
    const refusal = (body: any, name: string) => body.errors?.[0]?.extensions?.code ?? body.data?.[name]?.userErrors?.[0]?.code;
    for (const [headers, onCreate, onExisting] of cases) {
      const created = await create(headers, { provider: 'diba', code: 'INTRUS', content: fullContent() });
      assert.equal(refusal(created.body, 'createResource'), onCreate, 'create');
      const updated = await update(headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version, content: fullContent('Intrús') });
      assert.equal(refusal(updated.body, 'updateResource'), onExisting, 'update');
      const deleted = await remove(headers, { resourceId: globalId(fitxa.id), expectedVersion: fitxa.version });
      assert.equal(refusal(deleted.body, 'deleteResourceDraft'), onExisting, 'delete');
    }
    assert.deepEqual(await counts(), before);
  });

  it('deletes a never-published draft, and refuses a published fitxa', async () => {
    const headers = await api.as(EDITOR);
    const [published] = await sql(`select r.id, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = '111219'`);
    const refused = await remove(headers, { resourceId: globalId(published.id), expectedVersion: published.version });
    assert.deepEqual(refused.body.data.deleteResourceDraft.userErrors.map((e: any) => e.code), ['NOT_A_DRAFT']);
    assert.equal(refused.body.data.deleteResourceDraft.deletedResourceId, null);

    const [draft] = await sql(`select r.id, r.version from resource r join provider p on p.id = r.provider_id where p.slug = 'diba' and r.code = 'CIBER-1'`);
    const stale = await remove(headers, { resourceId: globalId(draft.id), expectedVersion: draft.version - 1 });
    assert.equal(stale.body.data.deleteResourceDraft.userErrors[0].code, 'STALE_VERSION');
    const { body } = await remove(headers, { resourceId: globalId(draft.id), expectedVersion: draft.version });
    assert.deepEqual(body.data.deleteResourceDraft, { deletedResourceId: globalId(draft.id), userErrors: [] });
    assert.deepEqual(await sql(`select id from resource where id = ?`, [draft.id]), []);
    assert.deepEqual(await sql(`select id from requirement where resource_id = ?`, [draft.id]), []);
    assert.equal((await view('CIBER-1', headers, true)).body.data.resource, null);
    const log = await api.graphql('{ auditLog(provider: "diba", first: 1) { nodes { action targetId } } }', {}, headers);
    assert.deepEqual(log.body.data.auditLog.nodes[0], { action: 'resource.delete-draft', targetId: draft.id });
  });

  it('keeps a revision per save with field-level changes, and restores an earlier one as a new revision', async () => {
    const headers = await api.as(EDITOR);
    const created = await create(headers, { provider: 'diba', code: 'REV-1', content: fullContent('Primer títol') });
    const { id, version: first } = created.body.data.createResource.resource;
    const updated = await update(headers, { resourceId: id, expectedVersion: first, content: fullContent('Segon títol') });
    const second = updated.body.data.updateResource.resource.version;
    const revisions = async () => (await api.graphql(`{ resource(provider: "diba", code: "REV-1", preview: true) {
      title version revisions { totalCount nodes { id version action actionLabel actorNif changes { field values } } } } }`, {}, headers)).body.data.resource;

    const afterUpdate = await revisions();
    assert.deepEqual(afterUpdate.revisions.nodes.map((r: { action: string; version: number }) => [r.action, r.version]), [['UPDATE', second], ['CREATE', first]]);
    assert.deepEqual(afterUpdate.revisions.nodes.map((r: { actionLabel: string }) => r.actionLabel), ['Desament', 'Creació']);
    assert.deepEqual(afterUpdate.revisions.nodes[0].changes, [{ field: ['translations', 'CA', 'title'], values: { before: 'Primer títol', after: 'Segon títol' } }]);
    assert.equal(afterUpdate.revisions.nodes[0].actorNif, EDITOR.nif);
    assert.ok(afterUpdate.revisions.nodes[1].changes.length > 5, 'the first revision lists every field it set');

    const restoreMutation = `mutation($input: RestoreResourceRevisionInput!) { restoreResourceRevision(input: $input) {
      resource { title version } userErrors { code } } }`;
    const stale = await api.graphql(restoreMutation, { input: { resourceId: id, revisionId: afterUpdate.revisions.nodes[1].id, expectedVersion: first } }, headers);
    assert.equal(stale.body.data.restoreResourceRevision.userErrors[0].code, 'STALE_VERSION');
    const restored = await api.graphql(restoreMutation, { input: { resourceId: id, revisionId: afterUpdate.revisions.nodes[1].id, expectedVersion: second } }, headers);
    assert.deepEqual(restored.body.data.restoreResourceRevision.userErrors, []);
    assert.equal(restored.body.data.restoreResourceRevision.resource.title, 'Primer títol');
    const afterRestore = await revisions();
    assert.equal(afterRestore.revisions.nodes[0].action, 'RESTORE');
    assert.deepEqual(afterRestore.revisions.nodes[0].changes, [{ field: ['translations', 'CA', 'title'], values: { before: 'Segon títol', after: 'Primer títol' } }]);

    const foreignRevision = await api.graphql(restoreMutation, { input: { resourceId: id, revisionId: afterUpdate.revisions.nodes[1].id, expectedVersion: afterRestore.version } },
      await api.as({ nif: '87654321X', roles: ['editor:ddgi'] }));
    assert.deepEqual(foreignRevision.body.data.restoreResourceRevision.userErrors, [{ code: 'NOT_FOUND' }]);
    for (const others of [{}, await api.as({ nif: '87654321X', roles: ['reviewer:diba', 'editor:ddgi'] })]) {
      const hidden = await api.graphql('{ resource(provider: "diba", code: "111219") { revisions { nodes { id } } } }', {}, others);
      assert.equal(hidden.body.data.resource.revisions, null, 'only editors and admins of the provider see revisions');
    }
  });
});
