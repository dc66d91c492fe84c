import { createPublicKey, KeyObject } from 'node:crypto';
import { allowsDocumentSignatures, basicConstraints, isIssuedBy, isValidAt, ParsedCertificate } from '../../signature/certificate';

/** The digest a seal key signs with: SHA-256, except SHA-384 for a P-384 key (a curve is paired with its hash). */
export type SealDigest = 'sha256' | 'sha384';

/**
 * A provider's electronic seal for documents (PAdES): a private key and the certificate that says
 * whose it is, followed by the intermediates up to its root. Distinct from the JWS seal keys of
 * receipts (seal-jwk.ts), which are bare keys published as a JWKS.
 */
export interface SealCertificate {
  readonly privateKey: KeyObject;
  /** The provider's certificate first, then each issuer in turn (a root, if given, last). */
  readonly chain: readonly ParsedCertificate[];
  readonly digest: SealDigest;
}

const MINIMUM_RSA_BITS = 2048;

function digestFor(privateKey: KeyObject, fail: (problem: string) => never): SealDigest {
  const details = privateKey.asymmetricKeyDetails ?? {};
  if (privateKey.asymmetricKeyType === 'rsa') {
    if ((details.modulusLength ?? 0) < MINIMUM_RSA_BITS) fail(`the RSA key has ${details.modulusLength} bits; use at least ${MINIMUM_RSA_BITS}`);
    return 'sha256';
  }
  if (privateKey.asymmetricKeyType === 'ec') {
    if (details.namedCurve === 'prime256v1') return 'sha256';
    if (details.namedCurve === 'secp384r1') return 'sha384';
    return fail(`the EC curve ${details.namedCurve} is not supported; use P-256 or P-384`);
  }
  // PDF readers verify RSA and ECDSA seals; Ed25519 and RSA-PSS-only keys are not widely supported.
  return fail(`a ${privateKey.asymmetricKeyType} key cannot seal PDFs that readers verify; use RSA (at least ${MINIMUM_RSA_BITS} bits) or EC P-256/P-384`);
}

const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });

/**
 * Checks a key and its certificates and puts the chain in order. `where` names the file and
 * provider, so the message alone tells an operator what to fix; `at` is the start-up instant: a
 * seal certificate that is not valid now would produce seals every reader flags.
 */
export function sealCertificateFrom(privateKey: KeyObject, certificates: readonly ParsedCertificate[], where: string, at: Date): SealCertificate {
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`);
  };
  if (privateKey.type !== 'private') fail('holds no private key');
  const digest = digestFor(privateKey, fail);
  if (certificates.length === 0) fail('holds no certificate');

  const publicKey = spki(createPublicKey(privateKey));
  const leaf = certificates.find((certificate) => spki(certificate.node.publicKey).equals(publicKey));
  if (!leaf) fail(`none of its ${certificates.length} certificate(s) belongs to its private key (the key and the certificate do not match)`);
  const subject = `"${leaf!.details.subject}"`;
  if (basicConstraints(leaf!).ca) fail(`the certificate of the key, ${subject}, is a certification authority, not a seal certificate`);
  if (!allowsDocumentSignatures(leaf!)) fail(`the certificate ${subject} does not allow signatures (key usage digitalSignature or nonRepudiation)`);
  if (!isValidAt(leaf!, at)) {
    fail(at < leaf!.details.notBefore
      ? `the certificate ${subject} is not valid until ${leaf!.details.notBefore.toISOString()}`
      : `the certificate ${subject} expired on ${leaf!.details.notAfter.toISOString()}`);
  }

  // From the leaf, each next certificate is the issuer of the one before; anything left over is a mistake.
  const chain = [leaf!];
  const unique = new Map(certificates.map((certificate) => [certificate.sha256Fingerprint, certificate]));
  unique.delete(leaf!.sha256Fingerprint);
  const rest = [...unique.values()];
  for (;;) {
    const current = chain[chain.length - 1];
    if (current.details.subject === current.details.issuer && isIssuedBy(current, current)) break;
    const index = rest.findIndex((candidate) => isIssuedBy(current, candidate));
    if (index < 0) break;
    chain.push(...rest.splice(index, 1));
  }
  if (rest.length > 0) fail(`the certificate "${rest[0].details.subject}" is not an issuer in the chain of ${subject}`);
  return { privateKey, chain, digest };
}
