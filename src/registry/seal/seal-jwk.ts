import { createHash, createPrivateKey, createPublicKey, sign, verify, type JsonWebKey } from 'node:crypto';

/** The algorithms a provider may seal receipts with; the same set verifiers accept. */
export const SEAL_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'] as const;
export type SealAlgorithm = (typeof SEAL_ALGORITHMS)[number];

/** What the API publishes: only the public members, plus kid, alg and use. */
export type PublicJwk =
  | { kty: 'EC'; crv: 'P-256'; x: string; y: string; kid: string; alg: 'ES256'; use: 'sig' }
  | { kty: 'RSA'; n: string; e: string; kid: string; alg: 'RS256' | 'PS256'; use: 'sig' }
  | { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' };

export interface SealKey {
  kid: string;
  alg: SealAlgorithm;
  /** RFC 7638 thumbprint of the public key: tells two keys apart whatever their kids say. */
  thumbprint: string;
  /** Only the members signing needs; anything else the file held is dropped. */
  privateJwk: Record<string, string>;
  publicJwk: PublicJwk;
}

/** JWK members that reveal a private or symmetric key; none may ever be published. */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

const RSA_PRIVATE_MEMBERS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;
const MINIMUM_RSA_BITS = 2048;

/** RFC 7638: the required public members, in lexicographic order, hashed with SHA-256. */
export function jwkThumbprint(jwk: Record<string, unknown>): string {
  const required =
    jwk.kty === 'RSA' ? { e: jwk.e, kty: jwk.kty, n: jwk.n }
    : jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
    : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  return createHash('sha256').update(JSON.stringify(required)).digest('base64url');
}

type Raw = Record<string, unknown>;

function requireStrings(raw: Raw, members: readonly string[], fail: (problem: string) => never): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const member of members) {
    const value = raw[member];
    if (typeof value !== 'string' || value === '') fail(`"${member}" must be a non-empty base64url string`);
    picked[member] = value;
  }
  return picked;
}

/** Works out kty/crv/alg and the members to keep, refusing anything a verifier could not check. */
function shapeOf(raw: Raw, fail: (problem: string) => never): { alg: SealAlgorithm; privateJwk: Record<string, string> } {
  const { kty, crv, alg } = raw;
  if (kty === 'EC') {
    if (crv !== 'P-256') fail(`unsupported EC curve ${JSON.stringify(crv)}; use P-256 (ES256)`);
    if (alg !== undefined && alg !== 'ES256') fail(`unsupported alg ${JSON.stringify(alg)} for an EC P-256 key; use ES256`);
    return { alg: 'ES256', privateJwk: { kty, crv, ...requireStrings(raw, ['x', 'y', 'd'], fail) } };
  }
  if (kty === 'OKP') {
    if (crv !== 'Ed25519') fail(`unsupported OKP curve ${JSON.stringify(crv)}; use Ed25519 (EdDSA)`);
    if (alg !== undefined && alg !== 'EdDSA') fail(`unsupported alg ${JSON.stringify(alg)} for an Ed25519 key; use EdDSA`);
    return { alg: 'EdDSA', privateJwk: { kty, crv, ...requireStrings(raw, ['x', 'd'], fail) } };
  }
  if (kty === 'RSA') {
    // The same RSA key could sign RS256 or PS256; verifiers must know which, so the file says it.
    if (alg !== 'RS256' && alg !== 'PS256') fail(`unsupported alg ${JSON.stringify(alg)} for an RSA key; an RSA key must state "alg": "RS256" or "PS256"`);
    if ('oth' in raw) fail('multi-prime RSA keys ("oth") are not supported');
    const members = requireStrings(raw, RSA_PRIVATE_MEMBERS, fail);
    const modulusHex = Buffer.from(members.n, 'base64url').toString('hex');
    const bits = modulusHex === '' ? 0 : BigInt(`0x${modulusHex}`).toString(2).length;
    if (bits < MINIMUM_RSA_BITS) fail(`an RSA modulus of ${bits} bits is too small; use at least ${MINIMUM_RSA_BITS}`);
    return { alg, privateJwk: { kty, ...members } };
  }
  if (kty === 'oct') fail('symmetric keys (kty "oct") cannot seal receipts that others verify; use EC P-256, RSA or Ed25519');
  return fail(`unsupported kty ${JSON.stringify(kty)}; use EC (P-256), RSA or OKP (Ed25519)`);
}

/**
 * Checks that the public members belong to the private ones by signing a probe with the private
 * key and verifying it with the public members alone: Node accepts an EC JWK whose x/y belong to
 * another key, and such a key would publish a JWKS that verifies none of its receipts.
 */
function publicMembersOf(privateJwk: Record<string, string>, fail: (problem: string) => never): Record<string, string> {
  const names = privateJwk.kty === 'RSA' ? ['n', 'e'] : privateJwk.kty === 'EC' ? ['x', 'y'] : ['x'];
  const members = Object.fromEntries(names.map((name) => [name, privateJwk[name]]));
  const publicJwk = { kty: privateJwk.kty, ...(privateJwk.crv ? { crv: privateJwk.crv } : {}), ...members };
  let matches: boolean;
  try {
    const privateKey = createPrivateKey({ key: privateJwk as JsonWebKey, format: 'jwk' });
    const publicKey = createPublicKey({ key: publicJwk as JsonWebKey, format: 'jwk' });
    const digest = privateJwk.kty === 'OKP' ? null : 'sha256';
    const probe = Buffer.from('seal key check');
    matches = verify(digest, probe, publicKey, sign(digest, probe, privateKey));
  } catch (error) {
    return fail(`is not a valid ${privateJwk.kty} private key (${(error as Error).message})`);
  }
  if (!matches) fail(`its public part (${names.join(', ')}) does not belong to its private part`);
  return members;
}

/**
 * Validates one private JWK for sealing. `where` names the file, provider and key so the message
 * alone tells an operator what to fix. A key without kid gets its RFC 7638 thumbprint
 * (prefixed by `kidPrefix`), so the kid changes whenever the key does.
 */
export function parseSealJwk(raw: unknown, where: string, kidPrefix = ''): SealKey {
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('must be a JSON Web Key object');
  const jwk = raw as Raw;
  if (!['EC', 'RSA', 'OKP', 'oct'].includes(String(jwk.kty))) fail(`unsupported kty ${JSON.stringify(jwk.kty)}; use EC (P-256), RSA or OKP (Ed25519)`);
  if (jwk.kty !== 'oct' && jwk.d === undefined) fail('has no "d": it is a public key, and sealing needs the private key');
  if (jwk.use !== undefined && jwk.use !== 'sig') fail(`"use" is ${JSON.stringify(jwk.use)}; a seal key must be for signatures ("sig")`);
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes('sign'))) fail('"key_ops" does not allow "sign"');
  if (jwk.kid !== undefined && (typeof jwk.kid !== 'string' || jwk.kid.trim() === '')) fail('"kid" must be a non-empty string (or absent, to use the key thumbprint)');

  const { alg, privateJwk } = shapeOf(jwk, fail);
  const publicMembers = publicMembersOf(privateJwk, fail);
  const thumbprint = jwkThumbprint(privateJwk);
  const kid = (jwk.kid as string | undefined) ?? `${kidPrefix}${thumbprint}`;
  const publicJwk = { kty: privateJwk.kty, ...(privateJwk.crv ? { crv: privateJwk.crv } : {}), ...publicMembers, kid, alg, use: 'sig' } as PublicJwk;
  return { kid, alg, thumbprint, privateJwk, publicJwk };
}
