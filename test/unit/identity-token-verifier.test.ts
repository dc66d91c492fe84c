import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../../src/errors/error-mapping';
import { loadIdentityConfig } from '../../src/identity/identity-config';
import { CryptoKey, JoseModule, loadJose } from '../../src/identity/jose';
import { createTokenVerifier, TokenVerifier } from '../../src/identity/token-verifier';
import { createLogger } from '../../src/logger';

const ISSUER = 'https://idp.example.test';
const AUDIENCE = 'cataleg-recursos';
const logger = createLogger('silent');
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const CLAIMS = {
  name: 'Maria Puig Soler',
  nif: '12345678Z',
  certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' },
  roles: ['editor:diba', 'reviewer:diputacio-lleida', 'superuser:diba'],
};

interface SigningKey { alg: string; kid: string; privateKey: CryptoKey; publicJwk: Record<string, unknown> }

let jose: JoseModule;

async function createSigningKey(alg: string, kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true });
  return { alg, kid, privateKey, publicJwk: { ...(await jose.exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

interface MintOptions {
  key: SigningKey;
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  sub?: string | null;
  /** Seconds from now; null leaves exp out. */
  expiresIn?: number | null;
  notBefore?: number;
  kid?: string | null;
}

/** Mints a token the way an identity provider would, with each part overridable to misbehave. */
function mint(options: MintOptions): Promise<string> {
  const { key } = options;
  const jwt = new jose.SignJWT({ ...CLAIMS, ...options.claims })
    .setProtectedHeader(options.kid === null ? { alg: key.alg, typ: 'JWT' } : { alg: key.alg, kid: options.kid ?? key.kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt();
  if (options.sub !== null) jwt.setSubject(options.sub ?? 'idp|maria');
  if (options.expiresIn !== null) jwt.setExpirationTime(now() + (options.expiresIn ?? 600));
  if (options.notBefore !== undefined) jwt.setNotBefore(now() + options.notBefore);
  return jwt.sign(key.privateKey);
}

/** Asserts an UNAUTHENTICATED AppError whose message matches and whose reason is the one given. */
function unauthenticated(message: RegExp, reason?: string) {
  return (error: unknown) => {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.equal(error.extensions.code, 'UNAUTHENTICATED');
    assert.match(error.message, message);
    if (reason) assert.equal(error.extensions.reason, reason);
    assert.deepEqual(error.extensions.http, { status: 401 }, 'Apollo must answer 401, not 500, when the context throws this');
    return true;
  };
}

const temporaryDirs: string[] = [];
function writeJwksFile(keys: SigningKey[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'identity-test-'));
  temporaryDirs.push(dir);
  const file = path.join(dir, 'jwks.json');
  writeFileSync(file, JSON.stringify({ keys: keys.map((key) => key.publicJwk) }));
  return file;
}

function fileVerifier(keys: SigningKey[], env: Record<string, string> = {}): TokenVerifier {
  const config = loadIdentityConfig({ AUTH_JWKS_FILE: writeJwksFile(keys), AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, ...env },
    { isProduction: true, dataDir: '/nonexistent' });
  return createTokenVerifier(config, logger);
}

let es256: SigningKey;
let es256Other: SigningKey;
let rs256: SigningKey;
let ps256: SigningKey;
let eddsa: SigningKey;
let verifier: TokenVerifier;

before(async () => {
  jose = await loadJose();
  [es256, es256Other, rs256, ps256, eddsa] = await Promise.all([
    createSigningKey('ES256', 'key-a'), createSigningKey('ES256', 'key-b'), createSigningKey('RS256', 'rsa-1'),
    createSigningKey('PS256', 'rsa-pss-1'), createSigningKey('EdDSA', 'ed-1'),
  ]);
  verifier = fileVerifier([es256, rs256, ps256, eddsa]);
});

after(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('token verifier: valid tokens', () => {
  it('treats a request without an Authorization header (or a blank one) as anonymous', async () => {
    assert.equal(await verifier.verify(undefined), null);
    assert.equal(await verifier.verify('   '), null);
  });

  it('turns a valid ES256 token into an actor, ignoring unknown roles', async () => {
    const actor = await verifier.verify(`Bearer ${await mint({ key: es256 })}`);
    assert.deepEqual(actor, {
      subject: 'idp|maria',
      name: 'Maria Puig Soler',
      nif: '12345678Z',
      certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' },
      represents: null,
      roles: [{ role: 'editor', provider: 'diba' }, { role: 'reviewer', provider: 'diputacio-lleida' }],
    });
  });

  for (const name of ['RS256', 'PS256', 'EdDSA']) {
    it(`accepts a valid ${name} token`, async () => {
      const key = { RS256: rs256, PS256: ps256, EdDSA: eddsa }[name]!;
      const actor = await verifier.verify(`Bearer ${await mint({ key })}`);
      assert.equal(actor?.nif, '12345678Z');
    });
  }

  it('accepts a representative of an entity, and the scheme in any case', async () => {
    const token = await mint({ key: es256, claims: { certificate: { type: 'REPRESENTATIVE', assurance: 'SUBSTANTIAL' }, represents: { nif: 'P2512000A', name: 'Ajuntament de Lleida' } } });
    const actor = await verifier.verify(`bearer ${token}`);
    assert.deepEqual(actor?.represents, { nif: 'P2512000A', name: 'Ajuntament de Lleida' });
  });

  it('accepts a token without kid when exactly one key fits its algorithm', async () => {
    assert.equal((await verifier.verify(`Bearer ${await mint({ key: es256, kid: null })}`))?.subject, 'idp|maria');
  });

  it('tries each key when a token without kid fits several', async () => {
    const both = fileVerifier([es256, es256Other]);
    assert.equal((await both.verify(`Bearer ${await mint({ key: es256Other, kid: null })}`))?.subject, 'idp|maria');
  });
});

describe('token verifier: rejections', () => {
  it('rejects alg "none" (an unsecured JWT built by hand)', async () => {
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...CLAIMS, sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: now() + 600 })}.`;
    await assert.rejects(verifier.verify(`Bearer ${token}`), unauthenticated(/^Token algorithm none is not allowed$/, 'ALGORITHM_NOT_ALLOWED'));
  });

  it('rejects an HS256 token whose secret is the public key (algorithm confusion)', async () => {
    const publicPem = createPublicKey({ key: rs256.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    const token = await new jose.SignJWT({ ...CLAIMS }).setProtectedHeader({ alg: 'HS256', kid: rs256.kid })
      .setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('x').setExpirationTime('10m')
      .sign(new TextEncoder().encode(String(publicPem)));
    await assert.rejects(verifier.verify(`Bearer ${token}`), unauthenticated(/^Token algorithm HS256 is not allowed$/, 'ALGORITHM_NOT_ALLOWED'));
  });

  it('rejects an algorithm left out of AUTH_ALGORITHMS', async () => {
    const esOnly = fileVerifier([es256, rs256], { AUTH_ALGORITHMS: 'ES256' });
    await assert.rejects(esOnly.verify(`Bearer ${await mint({ key: rs256 })}`), unauthenticated(/^Token algorithm RS256 is not allowed$/));
  });

  it('rejects a tampered payload', async () => {
    const [header, payload, signature] = (await mint({ key: es256 })).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${header}.${b64({ ...claims, roles: ['admin:diba'] })}.${signature}`;
    await assert.rejects(verifier.verify(`Bearer ${forged}`), unauthenticated(/^Token signature is invalid$/, 'INVALID_SIGNATURE'));
  });

  it('rejects a token signed by another key under a trusted kid', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256Other, kid: es256.kid })}`), unauthenticated(/^Token signature is invalid$/));
  });

  it('rejects an expired token, beyond the 30 s tolerance only', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, expiresIn: -120 })}`), unauthenticated(/^Token expired at \d{4}-/, 'TOKEN_EXPIRED'));
    assert.ok(await verifier.verify(`Bearer ${await mint({ key: es256, expiresIn: -10 })}`));
  });

  it('rejects a token not valid yet, beyond the tolerance only', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, notBefore: 120 })}`), unauthenticated(/^Token is not valid yet/, 'TOKEN_NOT_YET_VALID'));
    assert.ok(await verifier.verify(`Bearer ${await mint({ key: es256, notBefore: 10 })}`));
  });

  it('honours AUTH_CLOCK_TOLERANCE_SECONDS', async () => {
    const strict = fileVerifier([es256], { AUTH_CLOCK_TOLERANCE_SECONDS: '0' });
    await assert.rejects(strict.verify(`Bearer ${await mint({ key: es256, expiresIn: -10 })}`), unauthenticated(/^Token expired/));
  });

  it('rejects a wrong issuer', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, issuer: 'https://evil.example' })}`),
      unauthenticated(new RegExp(`^Token issuer is not ${ISSUER}$`), 'WRONG_ISSUER'));
  });

  it('rejects a wrong audience', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, audience: 'another-service' })}`),
      unauthenticated(new RegExp(`^Token audience is not ${AUDIENCE}$`), 'WRONG_AUDIENCE'));
  });

  it('rejects a token without exp, and one without sub', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, expiresIn: null })}`), unauthenticated(/^Token is missing the required "exp" claim$/, 'MISSING_CLAIM'));
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, sub: null })}`), unauthenticated(/^Token is missing the required "sub" claim$/, 'MISSING_CLAIM'));
  });

  it('rejects an unknown kid', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256Other })}`), unauthenticated(/^No key matches the token's kid "key-b"$/, 'UNKNOWN_KEY'));
  });

  it('rejects malformed tokens: garbage, two parts, a header that is not JSON', async () => {
    const valid = await mint({ key: es256 });
    const [, payload, signature] = valid.split('.');
    for (const token of ['garbage', valid.split('.').slice(0, 2).join('.'), `${b64('not json')}.${payload}.${signature}`]) {
      await assert.rejects(verifier.verify(`Bearer ${token}`), unauthenticated(/^Malformed token: /, 'MALFORMED_TOKEN'));
    }
  });

  it('rejects an Authorization header that is not "Bearer <token>"', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'Token abc.def.ghi', `Bearer ${'a'.repeat(10)}"`]) {
      await assert.rejects(verifier.verify(header), unauthenticated(/^Authorization header must be: Bearer <token>$/, 'INVALID_AUTHORIZATION_HEADER'));
    }
  });

  it('rejects a bad NIF and a representative certificate without represents', async () => {
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, claims: { nif: '12345678A' } })}`),
      unauthenticated(/^Token claim "nif" is not a valid NIF/, 'INVALID_CLAIM'));
    await assert.rejects(verifier.verify(`Bearer ${await mint({ key: es256, claims: { certificate: { type: 'REPRESENTATIVE', assurance: 'HIGH' } } })}`),
      unauthenticated(/^Token claim "represents" is required with a REPRESENTATIVE certificate$/, 'INVALID_CLAIM'));
  });
});

/** A JWKS endpoint whose keys and behaviour the tests change while the verifier runs. */
async function startKeyServer() {
  const state = { mode: 'ok' as 'ok' | 'error' | 'hang' | 'not-json', keys: [] as SigningKey[], fetches: 0 };
  const server = http.createServer((request, response) => {
    state.fetches += 1;
    if (state.mode === 'hang') return;
    if (state.mode === 'error') return void response.writeHead(500).end('boom');
    if (state.mode === 'not-json') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: state.keys.map((key) => key.publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  const stop = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { state, url, stop };
}

function remoteVerifier(url: string, env: Record<string, string> = {}): TokenVerifier {
  const config = loadIdentityConfig({ AUTH_JWKS_URL: url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, ...env }, { isProduction: true, dataDir: '/nonexistent' });
  return createTokenVerifier(config, logger);
}

describe('token verifier: remote key set', () => {
  it('fetches the key set once and caches it', async () => {
    const keys = await startKeyServer();
    try {
      keys.state.keys = [es256];
      const remote = remoteVerifier(keys.url);
      assert.ok(await remote.verify(`Bearer ${await mint({ key: es256 })}`));
      assert.ok(await remote.verify(`Bearer ${await mint({ key: es256 })}`));
      assert.equal(keys.state.fetches, 1);
    } finally {
      await keys.stop();
    }
  });

  it('follows a key rotation without a restart: an unknown kid refetches the set', async () => {
    const keys = await startKeyServer();
    try {
      keys.state.keys = [es256];
      const remote = remoteVerifier(keys.url, { AUTH_JWKS_COOLDOWN_MS: '0' });
      assert.ok(await remote.verify(`Bearer ${await mint({ key: es256 })}`));
      keys.state.keys = [es256Other];
      assert.equal((await remote.verify(`Bearer ${await mint({ key: es256Other })}`))?.nif, '12345678Z');
      assert.equal(keys.state.fetches, 2);
    } finally {
      await keys.stop();
    }
  });

  it('does not refetch within the cooldown, so unknown kids cannot hammer the provider', async () => {
    const keys = await startKeyServer();
    try {
      keys.state.keys = [es256];
      const remote = remoteVerifier(keys.url, { AUTH_JWKS_COOLDOWN_MS: '60000' });
      assert.ok(await remote.verify(`Bearer ${await mint({ key: es256 })}`));
      keys.state.keys = [es256Other];
      await assert.rejects(remote.verify(`Bearer ${await mint({ key: es256Other })}`), unauthenticated(/^No key matches the token's kid "key-b"$/));
      assert.equal(keys.state.fetches, 1);
    } finally {
      await keys.stop();
    }
  });

  it('reports an endpoint that answers 500, keeps serving anonymous requests, and recovers', async () => {
    const keys = await startKeyServer();
    try {
      keys.state.keys = [es256];
      keys.state.mode = 'error';
      const remote = remoteVerifier(keys.url);
      const token = `Bearer ${await mint({ key: es256 })}`;
      await assert.rejects(remote.verify(token), unauthenticated(/^Identity provider keys unavailable: the key set endpoint answered HTTP 500$/, 'KEYS_UNAVAILABLE'));
      assert.equal(await remote.verify(undefined), null);
      keys.state.mode = 'ok';
      assert.ok(await remote.verify(token));
    } finally {
      await keys.stop();
    }
  });

  it('reports an endpoint that returns something other than JSON', async () => {
    const keys = await startKeyServer();
    try {
      keys.state.mode = 'not-json';
      await assert.rejects(remoteVerifier(keys.url).verify(`Bearer ${await mint({ key: es256 })}`),
        unauthenticated(/^Identity provider keys unavailable: the key set endpoint did not return valid JSON$/));
    } finally {
      await keys.stop();
    }
  });

  it('reports an endpoint that is not listening', async () => {
    const keys = await startKeyServer();
    await keys.stop();
    const remote = remoteVerifier(keys.url);
    await assert.rejects(remote.verify(`Bearer ${await mint({ key: es256 })}`),
      unauthenticated(/^Identity provider keys unavailable: could not reach the key set endpoint \(ECONNREFUSED\)$/, 'KEYS_UNAVAILABLE'));
    assert.equal(await remote.verify(undefined), null);
  });

  it('reports an endpoint that hangs, after AUTH_JWKS_TIMEOUT_MS', async () => {
    const keys = await startKeyServer();
    try {
      keys.state.mode = 'hang';
      const remote = remoteVerifier(keys.url, { AUTH_JWKS_TIMEOUT_MS: '200' });
      await assert.rejects(remote.verify(`Bearer ${await mint({ key: es256 })}`),
        unauthenticated(/^Identity provider keys unavailable: the key set endpoint did not answer within 200 ms$/, 'KEYS_UNAVAILABLE'));
      assert.equal(await remote.verify(undefined), null);
    } finally {
      await keys.stop();
    }
  });
});
