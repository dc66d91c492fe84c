import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { after, describe, it } from 'node:test';
import { LocalFileStorage } from '../../src/files/file-storage';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const write = (stream: NodeJS.WritableStream, data: string) => new Promise<void>((resolve, reject) => {
  stream.once('error', reject);
  stream.end(data, () => resolve());
});
/** Every file under a folder, relative, sorted. */
const filesUnder = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))).sort();

describe('local file storage', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cataleg-files-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('stores content under its hash, only once committed', async () => {
    const storage = new LocalFileStorage(root);
    const content = 'Acta del ple';
    const hash = sha256(content);
    const upload = await storage.createUpload();
    await write(upload.stream, content);
    assert.equal(await storage.read(hash), null, 'not visible before commit');
    assert.equal(filesUnder(root).length, 1);
    assert.match(filesUnder(root)[0], /^tmp\/[0-9a-f-]+\.part$/);
    await upload.commit(hash);
    assert.deepEqual(filesUnder(root), [`${hash.slice(0, 2)}/${hash}`]);
    assert.equal(readFileSync(storage.pathOf(hash), 'utf8'), content);
    const read = await storage.read(hash);
    assert.equal(read?.size, Buffer.byteLength(content));
    assert.equal(await text(read!.stream), content);
    await upload.discard();
    const again = await storage.read(hash);
    assert.ok(again, 'discard after commit changes nothing');
    again.stream.destroy();
  });

  it('stores identical content once', async () => {
    const storage = new LocalFileStorage(root);
    const content = 'duplicated';
    for (let i = 0; i < 2; i++) {
      const upload = await storage.createUpload();
      await write(upload.stream, content);
      await upload.commit(sha256(content));
    }
    assert.equal(filesUnder(root).filter((name) => name.endsWith(sha256(content))).length, 1);
    assert.equal(filesUnder(root).filter((name) => name.startsWith('tmp/')).length, 0);
  });

  it('leaves nothing behind when an upload is discarded, finished or not', async () => {
    const storage = new LocalFileStorage(root);
    const before = filesUnder(root);
    const finished = await storage.createUpload();
    await write(finished.stream, 'complete');
    await finished.discard();
    const halfway = await storage.createUpload();
    halfway.stream.write('half');
    await halfway.discard();
    await halfway.discard();
    const untouched = await storage.createUpload();
    await untouched.discard();
    assert.deepEqual(filesUnder(root), before);
    await assert.rejects(finished.commit(sha256('complete')), /discarded/);
  });

  it('refuses anything but a hexadecimal SHA-256 as a name', async () => {
    const storage = new LocalFileStorage(root);
    assert.throws(() => storage.pathOf('../../etc/passwd'), /SHA-256/);
    await assert.rejects(storage.read('ABC'), /SHA-256/);
    const upload = await storage.createUpload();
    await write(upload.stream, 'x');
    await assert.rejects(upload.commit('x'.repeat(64)), /SHA-256/);
    await upload.discard();
    assert.equal(await storage.read('0'.repeat(64)), null);
  });
});
