import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadJose } from '../../src/identity/jose';
import {
  PRIVATE_JWK_MEMBERS, RECEIPT_TYPE, developmentSealKeyPath, loadOrCreateDevelopmentSealKeys, loadSealKeyFile, loadSealKeyring, providerIssuer, verifySeal,
} from '../../src/registry/seal/seal-keys';
import { writeOnce } from '../../src/write-once';
import { ConfigError } from '../../src/config-error';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'seal-keys-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

type Jwk = Record<string, unknown>;
const ecKey = (extra: Jwk = {}): Jwk => ({ ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), ...extra });
const rsaKey = (alg: string): Jwk => ({ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), alg });
const ed25519Key = (): Jwk => generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as Jwk;

let fileCount = 0;
function keyFile(content: unknown) {
  const file = path.join(workDir, `keys-${fileCount++}.json`);
  writeFileSync(file, JSON.stringify(content), { mode: 0o600 });
  return loadSealKeyFile(file);
}

function decodePart(jws: string, index: 0 | 1) {
  return JSON.parse(Buffer.from(jws.split('.')[index], 'base64url').toString('utf8'));
}

const issuedAt = new Date('2025-03-14T09:26:53.589Z');
const claims = { receipt: 'REG-2025-000123', applicant: { nif: 'P0801900B' }, resource: 'diba/111219' };

describe('sealing receipts', () => {
  for (const [name, key] of [['ES256', ecKey()], ['RS256', rsaKey('RS256')], ['PS256', rsaKey('PS256')], ['EdDSA', ed25519Key()]] as const) {
    it(`seals with ${name} and verifies with the published key set`, async () => {
      const keyring = keyFile({ diba: [{ ...key, kid: `diba-${name}` }] });
      const jws = await keyring.seal('diba', claims, { issuedAt });
      assert.deepEqual(decodePart(jws, 0), { alg: name, kid: `diba-${name}`, typ: RECEIPT_TYPE });
      const verified = await verifySeal(jws, keyring.publicJwks('diba'), { provider: 'diba' });
      assert.deepEqual(verified, { ...claims, iss: 'urn:cataleg-recursos:provider:diba', iat: Math.floor(issuedAt.getTime() / 1000) });
    });
  }

  it('publishes only public members, whatever the key type', () => {
    const keyring = keyFile({ diba: [ecKey({ kid: 'ec' }), { ...rsaKey('PS256'), kid: 'rsa' }, { ...ed25519Key(), kid: 'ed' }] });
    const { keys } = keyring.publicJwks('diba');
    assert.equal(keys.length, 3);
    for (const jwk of keys) {
      for (const member of PRIVATE_JWK_MEMBERS) assert.equal(member in jwk, false, `${jwk.kid} publishes "${member}"`);
      assert.equal(jwk.use, 'sig');
    }
    assert.deepEqual(Object.keys(keys[1]).sort(), ['alg', 'e', 'kid', 'kty', 'n', 'use']);
    assert.deepEqual(keyring.publicJwks('ddgi'), { keys: [] });
  });

  it('hands out copies, so a caller cannot change the published keys', () => {
    const keyring = keyFile({ diba: [ecKey({ kid: 'only' })] });
    (keyring.publicJwks('diba').keys[0] as Jwk).d = 'leak';
    assert.equal('d' in keyring.publicJwks('diba').keys[0], false);
  });

  it('keeps older receipts verifiable after rotation and seals new ones with the first key', async () => {
    const oldKey = ecKey({ kid: 'diba-2024' });
    const newKey = ecKey({ kid: 'diba-2025' });
    const oldReceipt = await keyFile({ diba: [oldKey] }).seal('diba', claims, { issuedAt });
    const rotated = keyFile({ diba: [newKey, oldKey] });
    assert.deepEqual(rotated.publicJwks('diba').keys.map((key) => key.kid), ['diba-2025', 'diba-2024']);
    assert.equal((await verifySeal(oldReceipt, rotated.publicJwks('diba'))).receipt, claims.receipt);
    const newReceipt = await rotated.seal('diba', claims, { issuedAt });
    assert.equal(decodePart(newReceipt, 0).kid, 'diba-2025');
    await verifySeal(newReceipt, rotated.publicJwks('diba'));
  });

  it('rejects a receipt altered after sealing', async () => {
    const keyring = keyFile({ diba: [ecKey()] });
    const [header, , signature] = (await keyring.seal('diba', claims, { issuedAt })).split('.');
    const altered = Buffer.from(JSON.stringify({ ...claims, resource: 'diba/999999', iss: providerIssuer('diba'), iat: 1 })).toString('base64url');
    await assert.rejects(verifySeal(`${header}.${altered}.${signature}`, keyring.publicJwks('diba')), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it("rejects a receipt checked against another provider's keys or claimed for another provider", async () => {
    const keyring = keyFile({ diba: [ecKey()], 'diputacio-lleida': [ecKey()] });
    const jws = await keyring.seal('diba', claims, { issuedAt });
    await assert.rejects(verifySeal(jws, keyring.publicJwks('diputacio-lleida')), { code: 'ERR_JWKS_NO_MATCHING_KEY' });
    await assert.rejects(verifySeal(jws, keyring.publicJwks('diba'), { provider: 'diputacio-lleida' }), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
  });

  it('rejects a JWT of another type signed with the same key', async () => {
    const key = ecKey({ kid: 'shared' });
    const keyring = keyFile({ diba: [key] });
    const { SignJWT, importJWK } = await loadJose();
    const token = await new SignJWT({ iss: providerIssuer('diba') }).setProtectedHeader({ alg: 'ES256', kid: 'shared', typ: 'JWT' }).setIssuedAt().sign(await importJWK(key, 'ES256'));
    await assert.rejects(verifySeal(token, keyring.publicJwks('diba')), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', message: /typ/ });
  });

  it('refuses to seal for a provider without key, or claims that would override iss/iat', async () => {
    const keyring = keyFile({ diba: [ecKey()] });
    assert.equal(keyring.has('diba'), true);
    assert.equal(keyring.has('ddgi'), false);
    await assert.rejects(keyring.seal('ddgi', claims, { issuedAt }), /No seal key for provider "ddgi" in seal key file .*keys-\d+\.json/);
    await assert.rejects(keyring.seal('diba', { ...claims, iss: 'someone-else' }, { issuedAt }), /may not set iss/);
    await assert.rejects(keyring.seal('diba', claims, { issuedAt: new Date('not a date') }), /issuedAt must be a valid Date/);
  });
});

describe('development seal keys', () => {
  const providers = ['diba', 'diputacio-lleida', 'diputacio-girona', 'diputacio-tarragona'];

  it('creates one ES256 key per provider once, readable by its owner only', async () => {
    const dataDir = path.join(workDir, 'dev-data');
    const first = loadOrCreateDevelopmentSealKeys(dataDir, providers);
    const second = loadOrCreateDevelopmentSealKeys(dataDir, providers);
    for (const slug of providers) {
      const [kid] = first.publicJwks(slug).keys.map((key) => key.kid);
      assert.match(kid, /^dev-seal-[\w-]{43}$/);
      assert.equal(second.publicJwks(slug).keys[0].kid, kid);
      assert.equal(statSync(developmentSealKeyPath(dataDir, slug)).mode & 0o777, 0o600);
    }
    assert.equal(statSync(path.join(dataDir, 'seal')).mode & 0o777, 0o700);
    assert.notEqual(first.publicJwks('diba').keys[0].kid, first.publicJwks('diputacio-lleida').keys[0].kid);
    // A receipt sealed before a restart still verifies after it.
    const jws = await first.seal('diba', claims, { issuedAt });
    await verifySeal(jws, second.publicJwks('diba'), { provider: 'diba' });
  });

  it('keeps the first key when several processes create it at once', async () => {
    const dataDir = path.join(workDir, 'dev-race');
    const modulePath = path.resolve(__dirname, '../../src/registry/seal/development-seal-keys.js');
    const script = `const k = require(${JSON.stringify(modulePath)}).loadOrCreateDevelopmentSealKeys(${JSON.stringify(dataDir)}, ['diba']); process.stdout.write(k.publicJwks('diba').keys[0].kid);`;
    const run = () => new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', script]);
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(output))));
    });
    const kids = await Promise.all(Array.from({ length: 6 }, run));
    assert.equal(new Set(kids).size, 1, kids.join(', '));
    assert.equal(loadOrCreateDevelopmentSealKeys(dataDir, ['diba']).publicJwks('diba').keys[0].kid, kids[0]);
  });

  it('never replaces a key file another process wrote first', () => {
    const file = path.join(workDir, 'write-once.json');
    assert.equal(writeOnce(file, 'first', 0o600), true);
    assert.equal(writeOnce(file, 'second', 0o600), false);
    assert.equal(readFileSync(file, 'utf8'), 'first');
    assert.deepEqual(readdirSync(workDir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('refuses a slug that is not a file-safe provider slug', () => {
    assert.throws(() => loadOrCreateDevelopmentSealKeys(path.join(workDir, 'dev-bad'), ['../escape']), /"\.\.\/escape" is not a provider slug/);
  });

  it('names the damaged development key file', () => {
    const dataDir = path.join(workDir, 'dev-damaged');
    loadOrCreateDevelopmentSealKeys(dataDir, ['diba']);
    writeFileSync(developmentSealKeyPath(dataDir, 'diba'), '{"kty":"EC"');
    assert.throws(() => loadOrCreateDevelopmentSealKeys(dataDir, ['diba']), /seal\/diba\.json is not a development seal key .*delete it/);
  });
});

describe('PROVIDER_SEAL_KEYS', () => {
  it('is required in production', () => {
    assert.throws(() => loadSealKeyring({}, { isProduction: true, dataDir: workDir, providerSlugs: ['diba'] }), (error) => error instanceof ConfigError && /PROVIDER_SEAL_KEYS must name/.test(error.message));
  });

  it('falls back to development keys outside production', () => {
    const keyring = loadSealKeyring({}, { isProduction: false, dataDir: path.join(workDir, 'dev-config'), providerSlugs: ['diba'] });
    assert.match(keyring.publicJwks('diba').keys[0].kid, /^dev-seal-/);
  });

  it('loads the file it names and reports its problems as configuration errors', () => {
    const file = path.join(workDir, 'configured.json');
    writeFileSync(file, JSON.stringify({ diba: [ecKey({ kid: 'configured' })] }));
    const keyring = loadSealKeyring({ PROVIDER_SEAL_KEYS: file }, { isProduction: true, dataDir: workDir, providerSlugs: [] });
    assert.equal(keyring.publicJwks('diba').keys[0].kid, 'configured');
    writeFileSync(file, '[]');
    assert.throws(() => loadSealKeyring({ PROVIDER_SEAL_KEYS: file }, { isProduction: true, dataDir: workDir, providerSlugs: [] }),
      (error) => error instanceof ConfigError && error.message.includes(`PROVIDER_SEAL_KEYS is unusable: seal key file ${file}`));
  });
});

// Keeps the published receipt issuer stable: verifiers outside the service compare it literally.
it('names the issuer after the provider slug', () => {
  assert.equal(providerIssuer('diputacio-tarragona'), 'urn:cataleg-recursos:provider:diputacio-tarragona');
});
