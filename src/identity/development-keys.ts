import { createHash, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeOnce } from '../write-once';
import { loadJose } from './jose';

/** Used when AUTH_ISSUER / AUTH_AUDIENCE are unset and the development key is in use. */
export const DEVELOPMENT_ISSUER = 'http://localhost/dev-identity-provider';
export const DEVELOPMENT_AUDIENCE = 'cataleg-recursos';

type EcJwk = { kty: 'EC'; crv: 'P-256'; x: string; y: string; d?: string; kid: string; alg: 'ES256'; use: 'sig' };

export interface DevelopmentKeys {
  kid: string;
  privateJwk: EcJwk;
  /** What the verifier trusts; also written next to the private key for other tools. */
  publicJwks: { keys: EcJwk[] };
  privateKeyPath: string;
  publicJwksPath: string;
}

export function developmentKeyPaths(dataDir: string) {
  const folder = path.join(dataDir, 'auth');
  return { folder, privateKeyPath: path.join(folder, 'dev-signing-key.json'), publicJwksPath: path.join(folder, 'dev-jwks.json') };
}

/** RFC 7638 thumbprint, so the kid changes whenever the key does. */
function thumbprint(jwk: { crv: string; x: string; y: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: 'EC', x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function createPrivateJwk(): EcJwk {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const exported = privateKey.export({ format: 'jwk' }) as { crv: 'P-256'; x: string; y: string; d: string };
  return { kty: 'EC', crv: 'P-256', x: exported.x, y: exported.y, d: exported.d, kid: `dev-${thumbprint(exported)}`, alg: 'ES256', use: 'sig' };
}

function readPrivateJwk(file: string): EcJwk {
  const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<EcJwk>;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y || !jwk.kid) {
    throw new Error(`${file} is not a development ES256 private key; delete it to create a new one`);
  }
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d, kid: jwk.kid, alg: 'ES256', use: 'sig' };
}

/**
 * Loads the development key pair, creating it the first time. Only for use outside production:
 * identity-config never selects the development key source when NODE_ENV is production.
 */
export function loadOrCreateDevelopmentKeys(dataDir: string): DevelopmentKeys & { created: boolean } {
  const { folder, privateKeyPath, publicJwksPath } = developmentKeyPaths(dataDir);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const created = !fs.existsSync(privateKeyPath) && writeOnce(privateKeyPath, `${JSON.stringify(createPrivateJwk(), null, 2)}\n`, 0o600);
  const privateJwk = readPrivateJwk(privateKeyPath);
  const { d: _private, ...publicJwk } = privateJwk;
  const publicJwks = { keys: [publicJwk as EcJwk] };
  if (created || !fs.existsSync(publicJwksPath)) {
    const temporary = `${publicJwksPath}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(publicJwks, null, 2)}\n`, { mode: 0o644 });
    fs.renameSync(temporary, publicJwksPath);
  }
  return { kid: privateJwk.kid, privateJwk, publicJwks, privateKeyPath, publicJwksPath, created };
}

/** The claims DESIGN.md (Identity) describes, as an identity provider would put them in a token. */
export interface DevelopmentTokenClaims {
  sub: string;
  name: string;
  nif: string;
  certificate: { type: string; assurance: string };
  represents?: { nif: string; name: string } | null;
  /** "<role>:<provider slug>", e.g. "editor:diba". */
  roles?: string[];
}

export interface MintOptions {
  dataDir: string;
  /** jose time span ("8h", "30m") or seconds. Default 8 hours, a working day. */
  expiresIn?: string | number;
  issuer?: string;
  audience?: string;
}

/** Signs a token with the development key, for the `token` command and for tests. */
export async function mintDevelopmentToken(claims: DevelopmentTokenClaims, options: MintOptions): Promise<string> {
  const { SignJWT, importJWK } = await loadJose();
  const keys = loadOrCreateDevelopmentKeys(options.dataDir);
  const signingKey = await importJWK(keys.privateJwk, 'ES256');
  const { sub, ...rest } = claims;
  const expiresIn = options.expiresIn ?? '8h';
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? DEVELOPMENT_ISSUER)
    .setAudience(options.audience ?? DEVELOPMENT_AUDIENCE)
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(typeof expiresIn === 'number' ? Math.floor(Date.now() / 1000) + expiresIn : expiresIn)
    .sign(signingKey);
}
