import type { CryptoKey, JSONWebKeySet } from '../../identity/jose';
import { loadJose } from '../../identity/jose';
import { SEAL_ALGORITHMS, type PublicJwk, type SealKey } from './seal-jwk';

/**
 * Receipts are JWTs with an explicit type (RFC 8725 §3.11): iss and iat keep their standard
 * meaning, and the typ header stops a receipt from ever passing for an identity token (or the
 * reverse) in a verifier that checks it, as verifySeal does.
 */
export const RECEIPT_TYPE = 'application-receipt+jwt';

const ISSUER_PREFIX = 'urn:cataleg-recursos:provider:';

/** The `iss` of every receipt a provider seals. */
export function providerIssuer(providerSlug: string): string {
  return `${ISSUER_PREFIX}${providerSlug}`;
}

/** Claims the keyring sets itself; a caller passing them would be overriding the seal's meaning. */
const RESERVED_CLAIMS = ['iss', 'iat'] as const;

export type SealedClaims = Record<string, unknown> & { iss: string; iat: number };

/** Each provider's seal keys, the first one signing, the rest published for older receipts. */
export class SealKeyring {
  private readonly signingKeys = new Map<string, Promise<CryptoKey>>();

  /** `source` says where the keys came from, for error messages ("seal key file /etc/…"). */
  constructor(
    private readonly keysByProvider: ReadonlyMap<string, readonly SealKey[]>,
    readonly source: string,
  ) {}

  has(providerSlug: string): boolean {
    return (this.keysByProvider.get(providerSlug)?.length ?? 0) > 0;
  }

  providers(): string[] {
    return [...this.keysByProvider.keys()].filter((slug) => this.has(slug));
  }

  /** A fresh copy every time, so no caller can change what is published or used to sign. An unknown provider has an empty set. */
  publicJwks(providerSlug: string): { keys: PublicJwk[] } {
    return { keys: (this.keysByProvider.get(providerSlug) ?? []).map((key) => ({ ...key.publicJwk })) };
  }

  /** Seals `claims` with the provider's active key; resolves to a compact JWS (a JWT). */
  async seal(providerSlug: string, claims: Record<string, unknown>, options: { issuedAt: Date }): Promise<string> {
    const active = this.keysByProvider.get(providerSlug)?.[0];
    if (!active) throw new Error(`No seal key for provider "${providerSlug}" in ${this.source}; its receipts cannot be sealed`);
    if (!(options.issuedAt instanceof Date) || Number.isNaN(options.issuedAt.getTime())) throw new Error('seal: issuedAt must be a valid Date');
    const reserved = RESERVED_CLAIMS.filter((claim) => claim in claims);
    if (reserved.length > 0) throw new Error(`seal: the claims may not set ${reserved.join(', ')}; the seal sets them from the provider and issuedAt`);

    const { SignJWT } = await loadJose();
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: active.alg, kid: active.kid, typ: RECEIPT_TYPE })
      .setIssuer(providerIssuer(providerSlug))
      .setIssuedAt(options.issuedAt)
      .sign(await this.signingKey(active));
  }

  /** Imported once per key: importing is async and the same key signs every receipt. */
  private signingKey(key: SealKey): Promise<CryptoKey> {
    let imported = this.signingKeys.get(key.kid);
    if (!imported) {
      imported = loadJose().then(({ importJWK }) => importJWK(key.privateJwk, key.alg) as Promise<CryptoKey>);
      // A failed import is not cached, so a later seal tries again and reports the real error.
      imported.catch(() => this.signingKeys.delete(key.kid));
      this.signingKeys.set(key.kid, imported);
    }
    return imported;
  }
}

/**
 * Verifies a receipt against a provider's published key set (what `provider.sealKeys` returns).
 * Resolves to the claims; rejects with jose's error when the signature, type, algorithm or issuer
 * is wrong (e.g. ERR_JWS_SIGNATURE_VERIFICATION_FAILED, ERR_JWKS_NO_MATCHING_KEY).
 * Pass `provider` to also require the receipt to be that provider's (its `iss`).
 */
export async function verifySeal(jws: string, jwks: { keys: readonly PublicJwk[] } | JSONWebKeySet, options: { provider?: string } = {}): Promise<SealedClaims> {
  const { createLocalJWKSet, jwtVerify } = await loadJose();
  const { payload } = await jwtVerify(jws, createLocalJWKSet(jwks as JSONWebKeySet), {
    algorithms: [...SEAL_ALGORITHMS],
    typ: RECEIPT_TYPE,
    requiredClaims: ['iss', 'iat'],
    ...(options.provider === undefined ? {} : { issuer: providerIssuer(options.provider) }),
  });
  if (!payload.iss?.startsWith(ISSUER_PREFIX)) throw new Error(`receipt issuer ${JSON.stringify(payload.iss)} is not a provider of this catalogue`);
  return payload as SealedClaims;
}
