import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { samplePdf } from '../support/file-samples';
import { startTestService, TestService } from '../support/test-service';

const EDITOR = { nif: '12345678Z', name: 'Editora Diba', roles: ['editor:diba'] };
const OTHER_EDITOR = { nif: '87654321X', name: 'Editor Diba', roles: ['editor:diba'] };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Two different, valid PDFs. */
const pdf = (mark: string) => Buffer.concat([samplePdf(), Buffer.from(`% ${mark}\n`)]);

describe('documents of a fitxa bound to uploaded files', () => {
  let api: TestService;
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const ca = (text: string) => [{ locale: 'CA', text }];
  const DOCUMENT_FIELDS = 'id code version versionNumber sha256 url mediaType';

  const upload = async (headers: Record<string, string>, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
    const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
    assert.equal(response.status, 201);
    return (await response.json() as { id: string }).id;
  };
  const content = (document: Record<string, unknown>, title = 'Assessorament documental') => ({
    kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit, resolutionTerm: { amount: 3, unit: 'MONTHS' },
    translations: [{ locale: 'CA', title, summary: 'Resum', description: 'Descripció' }],
    requirements: [{ text: ca('Acceptar les condicions'), verification: 'DOCUMENT_ACCEPTANCE', documentCode: 'conditions' }],
    documents: [{ code: 'conditions', kind: 'CONDITIONS_OF_ACCESS', title: ca("Condicions d'accés i ús"), mustAccept: true, ...document }],
  });
  const create = (headers: Record<string, string>, code: string, document: Record<string, unknown>) => api.graphql(
    `mutation($input: CreateResourceInput!) { createResource(input: $input) {
      resource { id version documents { ${DOCUMENT_FIELDS} } } userErrors { code field message } } }`,
    { input: { provider: 'diba', code, content: content(document) } }, headers);
  const update = (headers: Record<string, string>, resourceId: string, expectedVersion: number, document: Record<string, unknown>, title?: string) => api.graphql(
    `mutation($input: UpdateResourceInput!) { updateResource(input: $input) {
      resource { id version documents { ${DOCUMENT_FIELDS} } } userErrors { code field message } } }`,
    { input: { resourceId, expectedVersion, content: content(document, title) } }, headers);
  const publish = (headers: Record<string, string>, resourceId: string) => api.graphql(
    'mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { resource { version } userErrors { code message } } }', { input: { resourceId } }, headers);
  const publicDocuments = async (code: string) =>
    (await api.graphql(`query($c: String!) { resource(provider: "diba", code: $c) { documents { ${DOCUMENT_FIELDS} } } }`, { c: code })).body.data.resource.documents;
  /** Addresses carry PUBLIC_BASE_URL; the test service listens elsewhere. */
  const download = (url: string, headers: Record<string, string> = {}) => fetch(`${api.url}${new URL(url).pathname}`, { headers });

  let unit: string;
  before(async () => {
    // These tests read public data right after publishing; cache invalidation (NOTIFY) is tested elsewhere.
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
    [{ code: unit }] = await sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' order by u.code limit 1`);
  });
  after(async () => {
    await api?.close();
  });

  it('takes hash, type and address from the upload, versions replaced content, and keeps published versions downloadable', async () => {
    const editor = await api.as(EDITOR);
    const first = pdf('v1');
    const firstFile = await upload(editor, first, "Condicions d'accés.pdf");
    const created = await create(editor, 'DOCS-1', { fileId: firstFile });
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const { id: resourceId, documents: [v1] } = created.body.data.createResource.resource;
    assert.equal(v1.sha256, sha256(first));
    assert.equal(v1.mediaType, 'application/pdf');
    assert.equal(v1.versionNumber, 1);
    assert.equal(v1.version, '1', 'the label defaults to the version number');
    assert.equal(new URL(v1.url).pathname, `/documents/${v1.id}`);

    // Not published yet: the provider's staff may preview it, nobody else.
    assert.equal((await download(v1.url)).status, 404);
    assert.equal((await download(v1.url, await api.as({ nif: '11111111H', roles: ['editor:diputacio-lleida'] }))).status, 404);
    const preview = await download(v1.url, editor);
    assert.equal(preview.status, 200);
    assert.deepEqual(Buffer.from(await preview.arrayBuffer()), first);

    const firstPublication = (await publish(editor, resourceId)).body.data.publishResource;
    assert.deepEqual(firstPublication.userErrors, []);
    const published = await download(v1.url);
    assert.equal(published.status, 200);
    assert.equal(published.headers.get('etag'), `"${sha256(first)}"`);
    assert.match(published.headers.get('cache-control') ?? '', /^public/);
    assert.deepEqual(Buffer.from(await published.arrayBuffer()), first);
    assert.equal((await download(v1.url, { 'if-none-match': `"${sha256(first)}"` })).status, 304);

    // Saving other fields keeps the version.
    const same = await update(editor, resourceId, firstPublication.resource.version, { fileId: firstFile }, 'Assessorament documental (2027)');
    assert.deepEqual(same.body.data.updateResource.userErrors, []);
    assert.deepEqual(same.body.data.updateResource.resource.documents, [v1]);

    // Another editor replaces the file: version 2, while the public still sees version 1.
    const other = await api.as(OTHER_EDITOR);
    const second = pdf('v2');
    const replaced = await update(other, resourceId, same.body.data.updateResource.resource.version, { fileId: await upload(other, second, 'Condicions 2027.pdf'), version: '2027' });
    assert.deepEqual(replaced.body.data.updateResource.userErrors, []);
    const [v2] = replaced.body.data.updateResource.resource.documents;
    assert.notEqual(v2.id, v1.id);
    assert.deepEqual([v2.versionNumber, v2.version, v2.sha256], [2, '2027', sha256(second)]);
    assert.deepEqual(await publicDocuments('DOCS-1'), [v1]);
    assert.equal((await download(v2.url)).status, 404, 'an unpublished version is not public');

    const secondPublication = (await publish(editor, resourceId)).body.data.publishResource;
    assert.deepEqual(secondPublication.userErrors, []);
    assert.deepEqual(await publicDocuments('DOCS-1'), [v2]);
    assert.deepEqual(Buffer.from(await (await download(v2.url)).arrayBuffer()), second);
    assert.deepEqual(Buffer.from(await (await download(v1.url)).arrayBuffer()), first, 'what applicants accepted stays available');

    // Going back to the first content is a new version of the document, not a rewrite of history.
    const back = await update(editor, resourceId, secondPublication.resource.version, { fileId: firstFile });
    const [v3] = back.body.data.updateResource.resource.documents;
    assert.deepEqual([v3.versionNumber, v3.sha256], [3, sha256(first)]);
    const versions = await sql(`select v.number, v.sha256, v.first_published_at is not null as public from resource_document_version v
      join resource r on r.id = v.resource_id where r.code = 'DOCS-1' order by v.number`);
    assert.deepEqual(versions, [
      { number: 1, sha256: sha256(first), public: true }, { number: 2, sha256: sha256(second), public: true }, { number: 3, sha256: sha256(first), public: false },
    ]);
  });

  it("refuses files that are unknown or someone else's, and documents with neither file nor hash, writing nothing", async () => {
    const editor = await api.as(EDITOR);
    const othersFile = await upload(await api.as({ nif: '22222222J', represents: { nif: 'P0801900B', name: 'Ajuntament de Barcelona' } }), pdf('other'), 'x.pdf');
    const before = await sql('select (select count(*) from resource)::int as resources, (select count(*) from resource_document_version)::int as versions');

    const foreign = await create(editor, 'DOCS-2', { fileId: othersFile });
    assert.deepEqual(foreign.body.data.createResource.userErrors.map((e: any) => [e.code, e.field]),
      [['UNKNOWN_FILE', ['input', 'content', 'documents', '0', 'fileId']]]);
    const forged = await create(editor, 'DOCS-2', { fileId: 'not-an-id' });
    assert.equal(forged.body.data.createResource.userErrors[0].code, 'UNKNOWN_FILE');
    const bare = await create(editor, 'DOCS-2', {});
    assert.deepEqual(bare.body.data.createResource.userErrors.map((e: any) => e.field.at(-1)).sort(), ['mediaType', 'sha256', 'url']);

    assert.deepEqual(await sql('select (select count(*) from resource)::int as resources, (select count(*) from resource_document_version)::int as versions'), before);
  });

  it('restores a revision whose file another editor uploaded', async () => {
    const editor = await api.as(EDITOR);
    const other = await api.as(OTHER_EDITOR);
    const created = await create(other, 'DOCS-3', { fileId: await upload(other, pdf('restore-1'), 'a.pdf') });
    const resource = created.body.data.createResource.resource;
    const updated = await update(editor, resource.id, resource.version, { fileId: await upload(editor, pdf('restore-2'), 'b.pdf') });
    assert.equal(updated.body.data.updateResource.resource.documents[0].versionNumber, 2);

    const revisions = await api.graphql('query($c: String!) { resource(provider: "diba", code: $c, preview: true) { revisions { nodes { id version } } } }', { c: 'DOCS-3' }, editor);
    const firstRevision = revisions.body.data.resource.revisions.nodes.find((r: any) => r.version === resource.version);
    const restored = await api.graphql(
      `mutation($input: RestoreResourceRevisionInput!) { restoreResourceRevision(input: $input) {
        resource { documents { ${DOCUMENT_FIELDS} } } userErrors { code field } } }`,
      { input: { resourceId: resource.id, revisionId: firstRevision.id, expectedVersion: updated.body.data.updateResource.resource.version } }, editor);
    assert.deepEqual(restored.body.data.restoreResourceRevision.userErrors, []);
    const [document] = restored.body.data.restoreResourceRevision.resource.documents;
    assert.deepEqual([document.versionNumber, document.sha256], [3, resource.documents[0].sha256]);
  });
});
