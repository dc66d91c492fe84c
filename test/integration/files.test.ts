import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../src/graphql/global-id';
import { sampleDocx, sampleExe, sampleOdt, samplePdf, samplePng } from '../support/file-samples';
import { startTestService, TestService } from '../support/test-service';

const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
/** Valid DNIs (control letters checked). */
const PEOPLE = { maria: '12345678Z', jordi: '87654321X', anna: '11111111H', pere: '22222222J' };
const MAX_BYTES = 2048;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('files: upload and download', () => {
  let api: TestService;
  let filesDir: string;
  before(async () => {
    filesDir = mkdtempSync(path.join(tmpdir(), 'cataleg-files-test-'));
    api = await startTestService({ env: { FILES_MAX_BYTES: String(MAX_BYTES), FILES_DIR: filesDir } });
  });
  after(async () => {
    await api?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  const rows = async () => Number((await api.service.database.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from stored_file'))[0].n);
  /** Every file in the storage folder, temporary ones included. */
  const storedFiles = () => readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();

  const upload = async (headers: Record<string, string>, files: { bytes: Buffer; name: string; type?: string }[], fields: Record<string, string> = {}) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const file of files) form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
    const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
    return { status: response.status, headers: response.headers, body: await response.json() as any };
  };
  const download = (id: string, headers: Record<string, string> = {}) => fetch(`${api.url}/files/${id}`, { headers });

  const representative = () => api.as({ nif: PEOPLE.maria, represents: BARCELONA });
  const staff = () => api.as({ nif: PEOPLE.anna, roles: ['editor:diba'] });

  it('stores a file from an applicant and serves it back to them with its hash as ETag', async () => {
    const pdf = samplePdf();
    const headers = await representative();
    const created = await upload(headers, [{ bytes: pdf, name: 'Sol·licitud signada.pdf', type: 'application/pdf' }]);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(Object.keys(created.body).sort(), ['downloadUrl', 'filename', 'id', 'mediaType', 'sha256', 'size']);
    assert.equal(created.body.sha256, sha256(pdf));
    assert.equal(created.body.size, pdf.length);
    assert.equal(created.body.mediaType, 'application/pdf');
    assert.equal(created.body.filename, 'Sol·licitud signada.pdf');
    assert.equal(created.headers.get('location'), `/files/${created.body.id}`);
    assert.match(Buffer.from(created.body.id, 'base64url').toString(), /^StoredFile:[0-9a-f-]{36}$/);
    assert.ok(storedFiles().includes(sha256(pdf)));

    const response = await download(created.body.id, headers);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('etag'), `"${sha256(pdf)}"`);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-length'), String(pdf.length));
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="Sol_licitud signada.pdf"; filename*=UTF-8''Sol%C2%B7licitud%20signada.pdf`);
    assert.match(response.headers.get('cache-control') ?? '', /private/);
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(pdf));

    const notModified = await download(created.body.id, { ...headers, 'if-none-match': `W/"other", "${sha256(pdf)}"` });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.headers.get('etag'), `"${sha256(pdf)}"`);
    assert.equal((await notModified.arrayBuffer()).byteLength, 0);
    const modified = await download(created.body.id, { ...headers, 'if-none-match': '"something-else"' });
    assert.equal(modified.status, 200);
    await modified.arrayBuffer();

    const head = await fetch(`${api.url}/files/${created.body.id}`, { method: 'HEAD', headers });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(pdf.length));

    const [row] = await api.service.database.orm.em.getConnection().execute(`select * from stored_file where sha256 = '${sha256(pdf)}'`);
    assert.equal(row.uploader_nif, PEOPLE.maria);
    assert.equal(row.uploader_subject, `test:${PEOPLE.maria}`);
    assert.equal(row.media_type, 'application/pdf');
  });

  it('stores files from provider staff and from people an entity authorized; detects the type from the content', async () => {
    const png = samplePng();
    const byStaff = await upload(await staff(), [{ bytes: png, name: 'logo.jpg', type: 'image/jpeg' }]);
    assert.equal(byStaff.status, 201, JSON.stringify(byStaff.body));
    assert.equal(byStaff.body.mediaType, 'image/png', 'the bytes win over the name and the declared type');
    assert.equal(byStaff.body.sha256, sha256(png));

    const person = await api.as({ nif: PEOPLE.jordi });
    const refused = await upload(person, [{ bytes: samplePdf(), name: 'a.pdf' }]);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.errors[0].extensions.code, 'FORBIDDEN');

    const { body } = await api.graphql(`{ localEntities(filter: { nif: "${BARCELONA.nif}" }) { nodes { id } } }`);
    const granted = await api.graphql(`mutation($input: GrantEntityAuthorizationInput!) { grantEntityAuthorization(input: $input) { userErrors { code } } }`,
      { input: { localEntityId: body.data.localEntities.nodes[0].id, granteeNif: PEOPLE.jordi, granteeName: 'Jordi Vila' } }, await representative());
    assert.deepEqual(granted.body.data.grantEntityAuthorization.userErrors, []);
    for (const [bytes, mediaType] of [[sampleOdt(), 'application/vnd.oasis.opendocument.text'],
      [sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']] as const) {
      const created = await upload(person, [{ bytes, name: 'document' }]);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.mediaType, mediaType);
      assert.equal(created.body.filename, 'document');
    }
  });

  it('answers 401 to anonymous and badly authenticated callers', async () => {
    const anonymous = await upload({}, [{ bytes: samplePdf(), name: 'a.pdf' }]);
    assert.equal(anonymous.status, 401);
    assert.deepEqual(anonymous.body, { errors: [{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }] });
    const badToken = await upload({ authorization: 'Bearer not.a.token' }, [{ bytes: samplePdf(), name: 'a.pdf' }]);
    assert.equal(badToken.status, 401);
    assert.equal(badToken.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    assert.equal(badToken.body.errors[0].extensions.reason, 'MALFORMED_TOKEN');
    assert.equal(badToken.body.errors[0].extensions.http, undefined);
    const created = await upload(await representative(), [{ bytes: samplePdf(), name: 'a.pdf' }]);
    const download401 = await download(created.body.id);
    assert.equal(download401.status, 401);
    assert.equal((await download401.json() as any).errors[0].extensions.code, 'UNAUTHENTICATED');
  });

  it('refuses files over the size limit with 413 and keeps nothing', async () => {
    const rowsBefore = await rows();
    const filesBefore = storedFiles();
    const justOver = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES + 1 - samplePdf().length, 0x20)]);
    const refused = await upload(await representative(), [{ bytes: justOver, name: 'big.pdf' }]);
    assert.equal(refused.status, 413);
    assert.equal(refused.body.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.equal(refused.body.errors[0].extensions.maxBytes, MAX_BYTES);
    assert.match(refused.body.errors[0].message, /larger than the limit of 2 KiB/);
    // Far larger than the limit: refused without reading the file into storage.
    const huge = Buffer.concat([samplePdf(), Buffer.alloc(5 * 1024 * 1024, 0x20)]);
    const hugeRefused = await upload(await representative(), [{ bytes: huge, name: 'huge.pdf' }]);
    assert.equal(hugeRefused.status, 413);
    const exactly = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES - samplePdf().length, 0x20)]);
    const accepted = await upload(await representative(), [{ bytes: exactly, name: 'exact.pdf' }]);
    assert.equal(accepted.status, 201, 'a file of exactly the limit is accepted');
    assert.equal(await rows(), rowsBefore + 1);
    assert.deepEqual(storedFiles(), [...filesBefore, sha256(exactly)].sort());
  });

  it('refuses files that are not PDF, DOCX, ODT, PNG or JPEG with 415, whatever their name says', async () => {
    const rowsBefore = await rows();
    const filesBefore = storedFiles();
    for (const bytes of [sampleExe(), Buffer.from('Només text, encara que es digui .pdf\n')]) {
      const refused = await upload(await representative(), [{ bytes, name: 'factura.pdf', type: 'application/pdf' }]);
      assert.equal(refused.status, 415);
      assert.equal(refused.body.errors[0].extensions.code, 'BAD_USER_INPUT');
      assert.match(refused.body.errors[0].message, /PDF, DOCX, ODT, PNG, JPEG/);
      assert.ok(refused.body.errors[0].extensions.allowedMediaTypes.includes('application/pdf'));
    }
    assert.equal(await rows(), rowsBefore);
    assert.deepEqual(storedFiles(), filesBefore);
  });

  it('refuses requests without exactly one file with 400', async () => {
    const headers = await representative();
    const rowsBefore = await rows();
    const noFile = await upload(headers, [], { note: 'hola' });
    assert.equal(noFile.status, 400);
    assert.match(noFile.body.errors[0].message, /no file part/);
    const two = await upload(headers, [{ bytes: samplePdf(), name: 'a.pdf' }, { bytes: samplePng(), name: 'b.png' }]);
    assert.equal(two.status, 400);
    assert.match(two.body.errors[0].message, /exactly one file/);
    const json = await fetch(`${api.url}/files`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(json.status, 400);
    assert.equal((await json.json() as any).errors[0].extensions.code, 'BAD_USER_INPUT');
    const broken = await fetch(`${api.url}/files`, {
      method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut short',
    });
    assert.equal(broken.status, 400);
    assert.match((await broken.json() as any).errors[0].message, /Malformed/);
    assert.equal(await rows(), rowsBefore);
    assert.equal(storedFiles().filter((name) => name.endsWith('.part')).length, 0);
  });

  it('lets only the uploader read a file and hides it from everyone else, staff of another provider included, as if it did not exist', async () => {
    const pdf = Buffer.concat([samplePdf(), Buffer.from('% private\n')]);
    const created = await upload(await representative(), [{ bytes: pdf, name: 'privat.pdf' }]);
    assert.equal(created.status, 201);

    const byUploader = await download(created.body.id, await representative());
    assert.equal(byUploader.status, 200);
    assert.ok(Buffer.from(await byUploader.arrayBuffer()).equals(pdf));

    const other = await api.as({ nif: PEOPLE.jordi });
    const otherRepresentative = await api.as({ nif: PEOPLE.pere, represents: BARCELONA });
    const cases: [string, Record<string, string>][] = [
      [created.body.id, await api.as({ nif: PEOPLE.pere, roles: ['reviewer:ddgi', 'admin:ddgi', 'editor:diba'] })],
      [created.body.id, other],
      [created.body.id, otherRepresentative],
      ['garbage', other],
      [toGlobalId('StoredFile', '00000000-0000-4000-8000-000000000000'), other],
      [toGlobalId('Resource', Buffer.from(created.body.id, 'base64url').toString().split(':')[1]), await representative()],
    ];
    for (const [id, headers] of cases) {
      const response = await download(id, headers);
      assert.equal(response.status, 404, id);
      const body = await response.json() as any;
      assert.deepEqual(body, { errors: [{ message: 'No existeix o no el podeu veure.', extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['id'] } }] });
      assert.equal(response.headers.get('etag'), null);
    }
    const conditional = await download(created.body.id, { ...other, 'if-none-match': '*' });
    assert.equal(conditional.status, 404, 'a conditional request reveals nothing either');
  });
});
