import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { createTestPki } from '../support/test-pki';

describe('configuration', () => {
  it('has sensible defaults for a laptop', () => {
    const config = loadConfig({});
    assert.equal(config.port, 4000);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.isProduction, false);
    assert.equal(config.graphqlIntrospection, true);
  });

  const production = async () => ({
    NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@h/db', AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'cataleg',
    SIGNATURE_TRUST_ANCHORS: (await createTestPki()).trustAnchorsPem, PROVIDER_SEAL_KEYS: '/etc/cataleg/seal-keys.json',
    PROVIDER_SEAL_CERTIFICATES: '/etc/cataleg/seal-certificates.json',
    DOWNLOAD_URL_SECRET: 'x'.repeat(40),
  });

  it('turns introspection and demo data off in production', async () => {
    const config = loadConfig(await production());
    assert.equal(config.graphqlIntrospection, false);
    assert.equal(config.seedDemo, false);
  });

  it('requires trust anchors, seal keys and seal certificates in production, and refuses unusable anchors', async () => {
    for (const variable of ['SIGNATURE_TRUST_ANCHORS', 'PROVIDER_SEAL_KEYS', 'PROVIDER_SEAL_CERTIFICATES']) {
      const env: Record<string, string> = await production();
      delete env[variable];
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable);
    }
    for (const anchors of ['/no/such/bundle.pem', '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----']) {
      assert.throws(() => loadConfig({ SIGNATURE_TRUST_ANCHORS: anchors }), (error: unknown) => error instanceof ConfigError && error.variable === 'SIGNATURE_TRUST_ANCHORS');
    }
    const pem = (await createTestPki()).trustAnchorsPem;
    const folder = mkdtempSync(path.join(tmpdir(), 'anchors-'));
    writeFileSync(path.join(folder, 'ca.pem'), pem);
    assert.equal(loadConfig({ SIGNATURE_TRUST_ANCHORS: path.join(folder, 'ca.pem') }).signatures.trustAnchorsPem, pem, 'a path to a bundle works too');
    rmSync(folder, { recursive: true });
  });

  it('reads CORS_ORIGINS as exact origins: local pages by default outside production, none in production unless listed', async () => {
    assert.equal(loadConfig({}).corsOrigins, 'local');
    assert.equal(loadConfig({ NODE_ENV: 'test' }).corsOrigins, 'local');
    assert.deepEqual(loadConfig(await production()).corsOrigins, []);
    assert.deepEqual(loadConfig({ ...await production(), CORS_ORIGINS: 'https://cataleg.diba.cat' }).corsOrigins, ['https://cataleg.diba.cat']);
    assert.deepEqual(loadConfig({ CORS_ORIGINS: ' https://cataleg.diba.cat , http://localhost:3000,https://cataleg.diba.cat ' }).corsOrigins,
      ['https://cataleg.diba.cat', 'http://localhost:3000']);
    for (const bad of ['*', 'null', 'https://cataleg.diba.cat/', 'https://cataleg.diba.cat/cercador', 'cataleg.diba.cat', 'ftp://cataleg.diba.cat',
      'https://Cataleg.diba.cat', 'https://cataleg.diba.cat:443', 'https://a.cat,*']) {
      assert.throws(() => loadConfig({ CORS_ORIGINS: bad }), (error: unknown) => error instanceof ConfigError && error.variable === 'CORS_ORIGINS', bad);
    }
  });

  it('requires a long DOWNLOAD_URL_SECRET in production and keeps a development one otherwise', async () => {
    const env: Record<string, string> = await production();
    delete env.DOWNLOAD_URL_SECRET;
    assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === 'DOWNLOAD_URL_SECRET');
    assert.throws(() => loadConfig({ ...env, DOWNLOAD_URL_SECRET: 'short' }), (error: unknown) => error instanceof ConfigError && error.variable === 'DOWNLOAD_URL_SECRET');
    assert.throws(() => loadConfig({ DOWNLOAD_URL_SECRET: 'x'.repeat(31) }), (error: unknown) => error instanceof ConfigError && error.variable === 'DOWNLOAD_URL_SECRET');
    assert.equal(loadConfig({ ...env, DOWNLOAD_URL_SECRET: 's'.repeat(32) }).downloadUrls.secret, 's'.repeat(32));
    assert.deepEqual(loadConfig({}).downloadUrls, { secret: null, ttlSeconds: 300 });
    assert.equal(loadConfig({}).shutdownGraceMs, 20000);
    assert.equal(loadConfig({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs, 0);
    assert.equal(loadConfig({ DOWNLOAD_URL_TTL_SECONDS: '60' }).downloadUrls.ttlSeconds, 60);
    for (const ttl of ['0', '5', '86400', 'soon']) {
      assert.throws(() => loadConfig({ DOWNLOAD_URL_TTL_SECONDS: ttl }), (error: unknown) => error instanceof ConfigError && error.variable === 'DOWNLOAD_URL_TTL_SECONDS', ttl);
    }
  });

  for (const [variable, value] of [['PORT', 'eighty'], ['PORT', '70000'], ['DATABASE_URL', 'mysql://x'], ['DATABASE_URL', 'not a url'],
    ['NODE_ENV', 'staging'], ['SEED_ON_START', 'maybe'], ['GRAPHQL_MAX_DEPTH', '1'], ['PUBLIC_BASE_URL', 'ftp://x'],
    ['SHUTDOWN_GRACE_MS', '-1'], ['SHUTDOWN_GRACE_MS', '600001'], ['SHUTDOWN_GRACE_MS', '20s']]) {
    it(`stops on a bad ${variable} and names it`, () => {
      assert.throws(() => loadConfig({ [variable]: value }), (error: unknown) => error instanceof ConfigError && error.variable === variable && error.message.includes(variable));
    });
  }
});
