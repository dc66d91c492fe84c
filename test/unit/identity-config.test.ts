import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError } from '../../src/config';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '../../src/identity/development-keys';
import { loadIdentityConfig } from '../../src/identity/identity-config';

const dir = mkdtempSync(path.join(os.tmpdir(), 'identity-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PUBLIC_KEY = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', kid: 'a' };
function jwksFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const REMOTE = { AUTH_JWKS_URL: 'https://idp.example.test/jwks.json', AUTH_ISSUER: 'https://idp.example.test', AUTH_AUDIENCE: 'cataleg-recursos' };
const load = (env: Record<string, string>, isProduction = false) => loadIdentityConfig(env, { isProduction, dataDir: dir });
const namesVariable = (variable: string, message?: RegExp) => (error: unknown) =>
  error instanceof ConfigError && error.variable === variable && error.message.includes(variable) && (!message || message.test(error.message));

describe('identity configuration', () => {
  it('stops production without a key set, naming AUTH_JWKS_URL', () => {
    assert.throws(() => load({}, true), namesVariable('AUTH_JWKS_URL', /required in production/));
  });

  it('uses the development key outside production, with development issuer and audience', () => {
    const config = load({});
    assert.deepEqual(config.keys, { kind: 'development', dataDir: dir });
    assert.equal(config.issuer, DEVELOPMENT_ISSUER);
    assert.equal(config.audience, DEVELOPMENT_AUDIENCE);
    assert.deepEqual(config.algorithms, ['ES256', 'RS256', 'PS256', 'EdDSA']);
    assert.equal(config.clockToleranceSeconds, 30);
  });

  it('reads a remote key set with its cache settings', () => {
    const config = load({ ...REMOTE, AUTH_ALGORITHMS: 'ES256, EdDSA', AUTH_CLOCK_TOLERANCE_SECONDS: '5', AUTH_JWKS_COOLDOWN_MS: '0' }, true);
    assert.equal(config.keys.kind, 'remote');
    assert.deepEqual(config.algorithms, ['ES256', 'EdDSA']);
    assert.equal(config.clockToleranceSeconds, 5);
    if (config.keys.kind === 'remote') {
      assert.equal(config.keys.url.href, REMOTE.AUTH_JWKS_URL);
      assert.deepEqual([config.keys.timeoutMs, config.keys.cooldownMs, config.keys.cacheMaxAgeMs], [5000, 0, 600000]);
    }
  });

  it('allows plain http for a provider on localhost only', () => {
    assert.equal(load({ ...REMOTE, AUTH_JWKS_URL: 'http://localhost:8080/jwks' }).keys.kind, 'remote');
    assert.equal(load({ ...REMOTE, AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks' }).keys.kind, 'remote');
    assert.throws(() => load({ ...REMOTE, AUTH_JWKS_URL: 'http://idp.example.test/jwks' }), namesVariable('AUTH_JWKS_URL', /https/));
    assert.throws(() => load({ ...REMOTE, AUTH_JWKS_URL: 'not a url' }), namesVariable('AUTH_JWKS_URL'));
  });

  it('requires issuer and audience once a key set is configured', () => {
    assert.throws(() => load({ ...REMOTE, AUTH_ISSUER: '' }), namesVariable('AUTH_ISSUER'));
    assert.throws(() => load({ ...REMOTE, AUTH_AUDIENCE: '' }), namesVariable('AUTH_AUDIENCE'));
  });

  for (const algorithm of ['HS256', 'hs512', 'none']) {
    it(`refuses ${algorithm} in AUTH_ALGORITHMS`, () => {
      assert.throws(() => load({ ...REMOTE, AUTH_ALGORITHMS: `ES256,${algorithm}` }), namesVariable('AUTH_ALGORITHMS', /must not include/));
    });
  }

  it('refuses unknown algorithms, an empty list, and a list without ES256 for the development key', () => {
    assert.throws(() => load({ ...REMOTE, AUTH_ALGORITHMS: 'ES512' }), namesVariable('AUTH_ALGORITHMS'));
    assert.throws(() => load({ ...REMOTE, AUTH_ALGORITHMS: ' , ' }), namesVariable('AUTH_ALGORITHMS'));
    assert.throws(() => load({ AUTH_ALGORITHMS: 'RS256' }), namesVariable('AUTH_ALGORITHMS', /ES256/));
  });

  it('bounds the clock tolerance and the key set timings', () => {
    assert.throws(() => load({ AUTH_CLOCK_TOLERANCE_SECONDS: '3600' }), namesVariable('AUTH_CLOCK_TOLERANCE_SECONDS'));
    assert.throws(() => load({ AUTH_CLOCK_TOLERANCE_SECONDS: '-1' }), namesVariable('AUTH_CLOCK_TOLERANCE_SECONDS'));
    assert.throws(() => load({ ...REMOTE, AUTH_JWKS_TIMEOUT_MS: 'soon' }), namesVariable('AUTH_JWKS_TIMEOUT_MS'));
  });

  it('reads a local key set file', () => {
    const file = jwksFile('good.json', { keys: [PUBLIC_KEY] });
    const config = load({ AUTH_JWKS_FILE: file, AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }, true);
    assert.deepEqual(config.keys, { kind: 'file', path: file, jwks: { keys: [PUBLIC_KEY] } });
  });

  it('refuses a key set file that is missing, not JSON, empty, private or symmetric', () => {
    const bad = [path.join(dir, 'missing.json'), jwksFile('text.json', 'hello'), jwksFile('empty.json', { keys: [] }),
      jwksFile('private.json', { keys: [{ ...PUBLIC_KEY, d: 'secret' }] }), jwksFile('oct.json', { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] })];
    for (const file of bad) {
      assert.throws(() => load({ AUTH_JWKS_FILE: file, AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }), namesVariable('AUTH_JWKS_FILE'), file);
    }
  });

  it('refuses both a URL and a file', () => {
    const file = jwksFile('both.json', { keys: [PUBLIC_KEY] });
    assert.throws(() => load({ ...REMOTE, AUTH_JWKS_FILE: file }), namesVariable('AUTH_JWKS_FILE', /together with AUTH_JWKS_URL/));
  });
});
