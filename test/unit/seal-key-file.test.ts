import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadJose } from '../../src/identity/jose';
import { loadSealKeyFile } from '../../src/registry/seal/seal-keys';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'seal-key-file-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

type Jwk = Record<string, unknown>;
const ecKey = (extra: Jwk = {}): Jwk => ({ ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), ...extra });

let fileCount = 0;
function writeKeyFile(text: string): string {
  const file = path.join(workDir, `keys-${fileCount++}.json`);
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

/** Loading must fail with a message that names the file and says what is wrong. */
function assertRejected(content: unknown, problem: RegExp) {
  const file = writeKeyFile(typeof content === 'string' ? content : JSON.stringify(content));
  assert.throws(() => loadSealKeyFile(file), (error: Error) => {
    assert.ok(error.message.startsWith(`seal key file ${file}: `), error.message);
    assert.match(error.message, problem);
    return true;
  });
}

describe('seal key file validation', () => {
  it('names an unreadable file', () => {
    const missing = path.join(workDir, 'missing.json');
    assert.throws(() => loadSealKeyFile(missing), new RegExp(`seal key file ${missing}: could not be read \\(ENOENT`));
  });

  it('rejects bad JSON', () => assertRejected('{"diba": [', /is not valid JSON/));

  it('rejects anything but an object of providers', () => {
    assertRejected([ecKey()], /must hold a JSON object mapping provider slugs/);
    assertRejected('null', /must hold a JSON object/);
    assertRejected({}, /names no provider/);
  });

  it('rejects a provider slug that is not one', () => assertRejected({ 'Diputació de Lleida': [ecKey()] }, /"Diputació de Lleida" is not a provider slug/));

  it('rejects a provider without keys', () => {
    assertRejected({ diba: [] }, /provider "diba" must have a non-empty list/);
    assertRejected({ diba: ecKey() }, /provider "diba" must have a non-empty list/);
  });

  it('rejects a public key (no "d")', () => {
    const { d: _private, ...publicOnly } = ecKey();
    assertRejected({ diba: [ecKey(), publicOnly] }, /provider "diba", key 1: has no "d"/);
  });

  it('rejects unsupported kty, crv and alg', () => {
    assertRejected({ diba: [{ kty: 'oct', k: 'c2VjcmV0' }] }, /provider "diba", key 0: symmetric keys \(kty "oct"\)/);
    assertRejected({ diba: [{ kty: 'AKP', d: 'x' }] }, /key 0: unsupported kty "AKP"/);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ format: 'jwk' });
    assertRejected({ diba: [p384] }, /key 0: unsupported EC curve "P-384"/);
    assertRejected({ diba: [ecKey({ alg: 'ES384' })] }, /key 0: unsupported alg "ES384" for an EC P-256 key/);
    const x25519 = generateKeyPairSync('x25519').privateKey.export({ format: 'jwk' });
    assertRejected({ diba: [x25519] }, /unsupported OKP curve "X25519"/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    assertRejected({ diba: [rsa] }, /an RSA key must state "alg": "RS256" or "PS256"/);
    assertRejected({ diba: [{ ...rsa, alg: 'HS256' }] }, /unsupported alg "HS256" for an RSA key/);
  });

  it('rejects a short RSA key, an encryption key, a broken key and public members of another key', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
    assertRejected({ diba: [{ ...small, alg: 'RS256' }] }, /an RSA modulus of 1024 bits is too small/);
    assertRejected({ diba: [ecKey({ use: 'enc' })] }, /"use" is "enc"/);
    const other = ecKey();
    assertRejected({ diba: [{ ...ecKey(), x: other.x, y: other.y }] }, /key 0: its public part \(x, y\) does not belong to its private part/);
    const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    assertRejected({ diba: [{ ...ed, x: generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }).x }] }, /its public part \(x\) does not belong/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    assertRejected({ diba: [{ ...rsa, alg: 'RS256', n: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }).n }] }, /its public part \(n, e\) does not belong|is not a valid RSA private key/);
    assertRejected({ diba: [ecKey({ x: 'AAAA' })] }, /key 0: is not a valid EC private key/);
    assertRejected({ diba: [ecKey({ d: 42 })] }, /key 0: "d" must be a non-empty base64url string/);
  });

  it('rejects duplicate kids, within a provider or across providers', () => {
    assertRejected({ diba: [ecKey({ kid: 'one' }), ecKey({ kid: 'one' })] }, /provider "diba", key 1: duplicate kid "one" \(already used by provider "diba", key 0\)/);
    assertRejected({ diba: [ecKey({ kid: 'one' })], 'diputacio-girona': [ecKey({ kid: 'one' })] }, /provider "diputacio-girona", key 0: duplicate kid "one"/);
  });

  it('rejects the same key listed twice, even under different kids', () => {
    const key = ecKey();
    assertRejected({ diba: [{ ...key, kid: 'a' }], 'diputacio-lleida': [{ ...key, kid: 'b' }] }, /provider "diputacio-lleida", key 0: the same key is already listed as provider "diba", key 0/);
  });

  it('rejects an empty kid and derives the RFC 7638 thumbprint when kid is missing', async () => {
    assertRejected({ diba: [ecKey({ kid: '' })] }, /"kid" must be a non-empty string/);
    const key = ecKey();
    const keyring = loadSealKeyFile(writeKeyFile(JSON.stringify({ diba: [key] })));
    const { calculateJwkThumbprint } = await loadJose();
    assert.equal(keyring.publicJwks('diba').keys[0].kid, await calculateJwkThumbprint(key as never));
  });
});
