import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DEVELOPMENT_ISSUER, developmentKeyPaths, loadOrCreateDevelopmentKeys, mintDevelopmentToken } from '../../src/identity/development-keys';
import { loadIdentityConfig } from '../../src/identity/identity-config';
import { createTokenVerifier } from '../../src/identity/token-verifier';
import { createLogger } from '../../src/logger';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'identity-dev-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

const developmentVerifier = () => createTokenVerifier(loadIdentityConfig({}, { isProduction: false, dataDir }), createLogger('silent'));

/** Runs the compiled token command with only the variables given (no AUTH_* from the caller). */
function runTokenCommand(args: string[], env: Record<string, string> = {}) {
  const script = path.resolve(__dirname, '../../src/identity/mint-token.js');
  return spawnSync(process.execPath, [script, ...args], { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, ...env }, encoding: 'utf8' });
}

describe('development keys', () => {
  it('creates an ES256 key pair once, the private key readable by its owner only', () => {
    const first = loadOrCreateDevelopmentKeys(dataDir);
    const second = loadOrCreateDevelopmentKeys(dataDir);
    const { privateKeyPath, publicJwksPath } = developmentKeyPaths(dataDir);
    assert.equal(second.kid, first.kid);
    assert.equal(second.created, false);
    assert.match(first.kid, /^dev-/);
    assert.equal(statSync(privateKeyPath).mode & 0o777, 0o600);
    const published = JSON.parse(readFileSync(publicJwksPath, 'utf8'));
    assert.equal(published.keys[0].kid, first.kid);
    assert.equal(published.keys[0].d, undefined);
  });

  it('mints tokens the development verifier accepts', async () => {
    const token = await mintDevelopmentToken({
      sub: 'dev:12345678Z', name: 'Maria Puig Soler', nif: '12345678Z',
      certificate: { type: 'REPRESENTATIVE', assurance: 'HIGH' }, represents: { nif: 'P2512000A', name: 'Ajuntament de Lleida' }, roles: ['editor:diba'],
    }, { dataDir, expiresIn: '5m' });
    const actor = await developmentVerifier().verify(`Bearer ${token}`);
    assert.equal(actor?.represents?.nif, 'P2512000A');
    assert.deepEqual(actor?.roles, [{ role: 'editor', provider: 'diba' }]);
    assert.equal(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).iss, DEVELOPMENT_ISSUER);
  });
});

describe('token command', () => {
  it('prints a token for the development key', async () => {
    const result = runTokenCommand(['--nif', '12345678Z', '--name', 'Maria Puig Soler', '--represents', 'P2512000A', '--represents-name', 'Ajuntament de Lleida', '--role', 'editor:diba', '--role', 'reviewer:diba', '--expires', '1h']);
    assert.equal(result.status, 0, result.stderr);
    const actor = await developmentVerifier().verify(`Bearer ${result.stdout.trim()}`);
    assert.deepEqual(actor, {
      subject: 'dev:12345678Z', name: 'Maria Puig Soler', nif: '12345678Z',
      certificate: { type: 'REPRESENTATIVE', assurance: 'HIGH' },
      represents: { nif: 'P2512000A', name: 'Ajuntament de Lleida' },
      roles: [{ role: 'editor', provider: 'diba' }, { role: 'reviewer', provider: 'diba' }],
    });
  });

  it('defaults to an individual certificate without --represents', async () => {
    const result = runTokenCommand(['--nif', 'X1234567L', '--name', 'Anna']);
    assert.equal(result.status, 0, result.stderr);
    const actor = await developmentVerifier().verify(`Bearer ${result.stdout.trim()}`);
    assert.equal(actor?.certificate.type, 'INDIVIDUAL');
    assert.equal(actor?.represents, null);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['no --nif', ['--name', 'Anna'], /--nif is required/],
    ['a bad NIF', ['--nif', '12345678A', '--name', 'Anna'], /not a valid NIF/],
    ['an unknown role', ['--nif', '12345678Z', '--name', 'Anna', '--role', 'owner:diba'], /--role must be/],
    ['a representative without an entity', ['--nif', '12345678Z', '--name', 'Anna', '--certificate', 'REPRESENTATIVE'], /represents/],
    ['an unknown option', ['--nif', '12345678Z', '--name', 'Anna', '--colour', 'red'], /Unknown option/],
    ['a bad expiry', ['--nif', '12345678Z', '--name', 'Anna', '--expires', 'tomorrow'], /--expires/],
  ];
  for (const [label, args, message] of usageErrors) {
    it(`exits with status 2 on ${label}`, () => {
      const result = runTokenCommand(args);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage: npm run token/);
    });
  }

  it('refuses to run in production or when a real identity provider is configured', () => {
    const production = runTokenCommand(['--nif', '12345678Z', '--name', 'Anna'], { NODE_ENV: 'production' });
    assert.equal(production.status, 2);
    assert.match(production.stderr, /NODE_ENV=production/);
    const configured = runTokenCommand(['--nif', '12345678Z', '--name', 'Anna'], { AUTH_JWKS_URL: 'https://idp.example.test/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' });
    assert.equal(configured.status, 2);
    assert.match(configured.stderr, /AUTH_JWKS_URL or AUTH_JWKS_FILE is set/);
  });
});
