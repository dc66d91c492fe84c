import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config';
import { createDownloadUrls, DownloadUrls } from '../../src/files/download-urls';

const NOW = new Date('2026-11-23T10:00:00Z');
const signer = (secret = 'a'.repeat(32), ttl = 300) => new DownloadUrls(Buffer.from(secret), ttl, 'https://api.example.cat');
const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('signed download links', () => {
  it('binds the path and the expiry, and holds until the expiry on the given clock', () => {
    const urls = signer();
    const url = urls.sign('/files/abc', NOW);
    assert.match(url, /^https:\/\/api\.example\.cat\/files\/abc\?expires=\d+&signature=[A-Za-z0-9_-]{43}$/);
    assert.equal(Number(query(url).expires), NOW.getTime() / 1000 + 300);
    assert.equal(urls.check('/files/abc', query(url), NOW), 'valid');
    assert.equal(urls.check('/files/abc', query(url), new Date(NOW.getTime() + 300_000)), 'valid', 'the last second still counts');
    assert.equal(urls.check('/files/abc', query(url), new Date(NOW.getTime() + 301_000)), 'invalid');
    assert.equal(urls.check('/files/abd', query(url), NOW), 'invalid', 'another path');
    assert.equal(urls.check('/documents/abc', query(url), NOW), 'invalid', 'another route');
    assert.equal(signer('b'.repeat(32)).check('/files/abc', query(url), NOW), 'invalid', 'another secret');
    assert.equal(urls.check('/files/abc', { ...query(url), expires: String(Number(query(url).expires) + 1) }, NOW), 'invalid');
  });

  it('tells a request without a signature from a malformed one', () => {
    const urls = signer();
    const { signature, expires } = query(urls.sign('/files/abc', NOW));
    assert.equal(urls.check('/files/abc', {}, NOW), 'absent');
    assert.equal(urls.check('/files/abc', undefined, NOW), 'absent');
    for (const bad of [{ expires }, { signature }, { expires: [expires, expires], signature }, { expires: '1e12', signature },
      { expires, signature: signature.slice(1) }, { expires, signature: `${signature}=` }, { expires, signature: 'x'.repeat(10_000) }]) {
      assert.equal(urls.check('/files/abc', bad, NOW), 'invalid', JSON.stringify(bad).slice(0, 80));
    }
  });

  it('outside production keeps one random secret under the data folder, shared by every start', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'download-urls-'));
    try {
      const config = loadConfig({ DATA_DIR: dataDir });
      const first = createDownloadUrls(config).sign('/files/abc', NOW);
      const file = path.join(dataDir, 'download-urls', 'secret');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      assert.ok(readFileSync(file, 'utf8').trim().length >= 32);
      assert.equal(createDownloadUrls(config).check('/files/abc', query(first), NOW), 'valid');
      const other = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'download-urls-')) });
      assert.equal(createDownloadUrls(other).check('/files/abc', query(first), NOW), 'invalid');
      rmSync(other.dataDir, { recursive: true, force: true });
      const configured = loadConfig({ DATA_DIR: dataDir, DOWNLOAD_URL_SECRET: 'z'.repeat(40) });
      assert.equal(createDownloadUrls(configured).check('/files/abc', query(first), NOW), 'invalid', 'DOWNLOAD_URL_SECRET wins');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
