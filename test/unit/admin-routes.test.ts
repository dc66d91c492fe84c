import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import express from 'express';
import { registerAdminRoutes } from '../../src/admin/admin.routes';
import { Config, ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestPki } from '../support/test-pki';

/** The back office's routes alone, on a one-purpose app, under a given configuration. */
async function withAdmin(config: Config, run: (url: string) => Promise<void>): Promise<void> {
  const app = express();
  const buildDir = mkdtempSync(path.join(tmpdir(), 'admin-build-'));
  registerAdminRoutes(app, { config, logger: createLogger('silent'), buildDir });
  app.use((_request, response) => { response.status(404).json({ error: 'Not found' }); });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(buildDir, { recursive: true, force: true });
  }
}

const production = async (extra: Record<string, string> = {}) => loadConfig({
  NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@h/db', AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'cataleg',
  SIGNATURE_TRUST_ANCHORS: (await createTestPki()).trustAnchorsPem, PROVIDER_SEAL_KEYS: '/etc/cataleg/seal-keys.json',
  PROVIDER_SEAL_CERTIFICATES: '/etc/cataleg/seal-certificates.json', DOWNLOAD_URL_SECRET: 'x'.repeat(40),
  PUBLIC_BASE_URL: 'https://cataleg.diba.cat', ...extra,
});

const person = JSON.stringify({ nif: '12345678Z', name: 'Maria Puig Soler', roles: ['admin:diba'] });
const mint = (url: string) => fetch(`${url}/admin/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: person });

describe('back office routes', () => {
  it('refuse the development sign-in in production: 404, as if it did not exist, and config.json says so', async () => {
    const config = await production({ ADMIN_OIDC_ISSUER: 'https://login.diba.cat/realms/staff', ADMIN_OIDC_CLIENT_ID: 'backoffice' });
    await withAdmin(config, async (url) => {
      const refused = await mint(url);
      assert.equal(refused.status, 404);
      assert.deepEqual(await refused.json(), { error: 'Not found' });
      assert.deepEqual(await (await fetch(`${url}/admin/config.json`)).json(), {
        oidc: { issuer: 'https://login.diba.cat/realms/staff', clientId: 'backoffice' }, developmentSignIn: false,
      });
      // The issuer is the one other origin the app may call; behind TLS, insecure requests are upgraded.
      const csp = (await fetch(`${url}/admin/config.json`)).headers.get('content-security-policy') ?? '';
      assert.match(csp, /connect-src 'self' https:\/\/login\.diba\.cat;/);
      assert.match(csp, /upgrade-insecure-requests/);
    });
  });

  it('refuse it too outside production when the service trusts a real identity provider', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'admin-routes-'));
    try {
      const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'cataleg' });
      await withAdmin(config, async (url) => assert.equal((await mint(url)).status, 404));
      // The same service with the development key: the form works.
      await withAdmin(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }), async (url) => {
        const minted = await mint(url);
        assert.equal(minted.status, 200);
        assert.match((await minted.json() as { token: string }).token, /^ey[\w-]+\.[\w-]+\.[\w-]+$/);
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('say plainly when the app was not built, instead of a blank page', async () => {
    await withAdmin(loadConfig({ NODE_ENV: 'test' }), async (url) => {
      const response = await fetch(`${url}/admin/`);
      assert.equal(response.status, 503);
      assert.match(await response.text(), /npm run build/);
    });
  });
});

describe('ADMIN_OIDC_* configuration', () => {
  it('takes both or neither, an https issuer (http only on this machine) and a plain client id', () => {
    assert.equal(loadConfig({}).admin.oidc, null);
    assert.deepEqual(loadConfig({ ADMIN_OIDC_ISSUER: 'https://login.diba.cat/', ADMIN_OIDC_CLIENT_ID: 'backoffice' }).admin.oidc,
      { issuer: 'https://login.diba.cat/', clientId: 'backoffice' }, 'the issuer is kept exactly, as the discovery document must match it');
    assert.deepEqual(loadConfig({ ADMIN_OIDC_ISSUER: 'http://localhost:8080/realms/dev', ADMIN_OIDC_CLIENT_ID: 'admin' }).admin.oidc,
      { issuer: 'http://localhost:8080/realms/dev', clientId: 'admin' });
    for (const [env, variable] of [
      [{ ADMIN_OIDC_ISSUER: 'https://login.diba.cat' }, 'ADMIN_OIDC_CLIENT_ID'],
      [{ ADMIN_OIDC_CLIENT_ID: 'backoffice' }, 'ADMIN_OIDC_ISSUER'],
      [{ ADMIN_OIDC_ISSUER: 'http://login.diba.cat', ADMIN_OIDC_CLIENT_ID: 'backoffice' }, 'ADMIN_OIDC_ISSUER'],
      [{ ADMIN_OIDC_ISSUER: 'not a url', ADMIN_OIDC_CLIENT_ID: 'backoffice' }, 'ADMIN_OIDC_ISSUER'],
      [{ ADMIN_OIDC_ISSUER: 'https://login.diba.cat/?x=1', ADMIN_OIDC_CLIENT_ID: 'backoffice' }, 'ADMIN_OIDC_ISSUER'],
      [{ ADMIN_OIDC_ISSUER: 'https://login.diba.cat', ADMIN_OIDC_CLIENT_ID: 'back office' }, 'ADMIN_OIDC_CLIENT_ID'],
    ] as const) {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable, JSON.stringify(env));
    }
  });
});
