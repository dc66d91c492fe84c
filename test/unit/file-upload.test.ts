import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config';
import { LocalFileStorage } from '../../src/files/file-storage';
import { receiveUpload, UploadRefusal } from '../../src/files/file-upload';
import { ALLOWED_MEDIA_TYPES } from '../../src/files/media-type';
import { sampleExe, samplePdf, samplePng } from '../support/file-samples';

/** A request as Node's HTTP server hands it over, with the body a browser's FormData makes. */
async function multipart(parts: [string, Blob | string, string?][], chunkSize = 1000): Promise<IncomingMessage> {
  const form = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, value, filename);
  }
  const encoded = new Request('http://localhost/files', { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const chunks = [];
  for (let at = 0; at < body.length; at += chunkSize) chunks.push(body.subarray(at, at + chunkSize));
  return Object.assign(Readable.from(chunks), {
    headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
  }) as unknown as IncomingMessage;
}
const raw = (contentType: string, body: string) => Object.assign(Readable.from([Buffer.from(body)]), {
  headers: { 'content-type': contentType },
}) as unknown as IncomingMessage;

describe('receiving an upload', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cataleg-upload-'));
  const storage = new LocalFileStorage(root);
  after(() => rmSync(root, { recursive: true, force: true }));
  const leftovers = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  const refusal = (status: number, message: RegExp) => (error: unknown) => {
    assert.ok(error instanceof UploadRefusal, String(error));
    assert.equal(error.status, status);
    assert.match(error.message, message);
    return true;
  };

  it('streams one file into storage with its hash, size, detected type and clean name', async () => {
    const pdf = samplePdf();
    const upload = await receiveUpload(await multipart([['note', 'ignored'], ['file', new Blob([pdf], { type: 'image/png' }), '../acta.pdf']], 7), { maxBytes: 2048, storage });
    assert.equal(upload.sha256, createHash('sha256').update(pdf).digest('hex'));
    assert.equal(upload.size, pdf.length);
    assert.equal(upload.mediaType, ALLOWED_MEDIA_TYPES.PDF, 'the client said image/png; the bytes say PDF');
    assert.equal(upload.filename, 'acta.pdf');
    await upload.pending.commit(upload.sha256);
    const stored = await storage.read(upload.sha256);
    assert.equal(stored?.size, pdf.length);
    stored?.stream.destroy();
  });

  it('accepts a file of exactly the limit and refuses one byte more, leaving nothing behind', async () => {
    const before = leftovers();
    const exact = Buffer.concat([samplePng(), Buffer.alloc(2048 - samplePng().length)]);
    const accepted = await receiveUpload(await multipart([['file', new Blob([exact]), 'a.png']]), { maxBytes: 2048, storage });
    assert.equal(accepted.size, 2048);
    await accepted.pending.discard();
    const over = Buffer.concat([exact, Buffer.alloc(1)]);
    await assert.rejects(receiveUpload(await multipart([['file', new Blob([over]), 'a.png']]), { maxBytes: 2048, storage }), refusal(413, /2 KiB/));
    const huge = Buffer.concat([samplePng(), Buffer.alloc(200_000)]);
    await assert.rejects(receiveUpload(await multipart([['file', new Blob([huge]), 'a.png']]), { maxBytes: 2048, storage }), refusal(413, /limit/));
    assert.equal(leftovers(), before);
  });

  it('refuses types that are not allowed, early and without leftovers', async () => {
    const before = leftovers();
    await assert.rejects(receiveUpload(await multipart([['file', new Blob([sampleExe()]), 'setup.pdf']]), { maxBytes: 4096, storage }),
      refusal(415, /PDF, DOCX, ODT, PNG, JPEG/));
    await assert.rejects(receiveUpload(await multipart([['file', new Blob(['%PDF']), 'tiny.pdf']]), { maxBytes: 4096, storage }), refusal(415, /not accepted/));
    assert.equal(leftovers(), before);
  });

  it('refuses requests without exactly one non-empty file', async () => {
    const before = leftovers();
    const options = { maxBytes: 4096, storage };
    await assert.rejects(receiveUpload(await multipart([['note', 'no file']]), options), refusal(400, /no file part/));
    await assert.rejects(receiveUpload(await multipart([['a', new Blob([samplePdf()]), 'a.pdf'], ['b', new Blob([samplePdf()]), 'b.pdf']]), options), refusal(400, /exactly one file/));
    await assert.rejects(receiveUpload(await multipart([['file', new Blob([]), 'empty.pdf']]), options), refusal(400, /empty/));
    await assert.rejects(receiveUpload(raw('application/json', '{}'), options), refusal(400, /multipart\/form-data/));
    await assert.rejects(receiveUpload(raw('multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut short'), options), refusal(400, /Malformed/));
    await assert.rejects(receiveUpload(raw('multipart/form-data; charset=utf-8', 'x'), options), refusal(400, /Malformed/));
    assert.equal(leftovers(), before);
  });
});

describe('file settings', () => {
  it('accepts 20 MiB by default, stores under the data folder, and stops on a limit outside 1 KiB – 1 GiB', () => {
    const config = loadConfig({ DATA_DIR: '/srv/cataleg' });
    assert.equal(config.files.maxBytes, 20 * 1024 * 1024);
    assert.equal(config.files.directory, path.resolve('/srv/cataleg/files'));
    assert.equal(loadConfig({ FILES_MAX_BYTES: '2048', FILES_DIR: '/mnt/files' }).files.maxBytes, 2048);
    assert.equal(loadConfig({ FILES_DIR: '/mnt/files' }).files.directory, '/mnt/files');
    for (const value of ['1023', String(1024 ** 3 + 1), '20MB']) {
      assert.throws(() => loadConfig({ FILES_MAX_BYTES: value }), (error: unknown) => error instanceof ConfigError && error.variable === 'FILES_MAX_BYTES');
    }
  });
});
