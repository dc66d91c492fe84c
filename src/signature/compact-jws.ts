import { ParsedCertificate, parseCertificateDer } from './certificate';
import { failure, SignatureFailure } from './verification-result';

/** Asymmetric algorithms only: "none" and HMAC would let anyone holding the certificate forge a signature. */
export const ALLOWED_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'] as const;
export type AllowedAlgorithm = (typeof ALLOWED_ALGORITHMS)[number];

/** Far above any application's canonical JSON; refuses to spend work on an arbitrary upload. */
export const MAX_JWS_LENGTH = 4 * 1024 * 1024;
/** Leaf, a few intermediates and perhaps the root; real Spanish chains have two or three. */
export const MAX_CHAIN_LENGTH = 8;

export interface JwsEnvelope {
  /** The JWS without surrounding whitespace, ready for jose. */
  compact: string;
  algorithm: AllowedAlgorithm;
  /** x5c, leaf first, as the applicant sent it. */
  chain: ParsedCertificate[];
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** x5c is standard base64 (RFC 7515 §4.1.6), and Buffer.from() would silently skip stray characters. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const invalid = (message: string) => failure('SIGNATURE_INVALID', message);

function readProtectedHeader(encoded: string): Record<string, unknown> | null {
  try {
    const header: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return header !== null && typeof header === 'object' && !Array.isArray(header) ? (header as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function readChain(x5c: unknown): ParsedCertificate[] | SignatureFailure {
  if (x5c === undefined) return invalid('The signature header has no x5c: include the certificate chain, signer certificate first.');
  if (!Array.isArray(x5c) || x5c.length === 0) return invalid('The x5c header must be a non-empty array of base64 certificates.');
  if (x5c.length > MAX_CHAIN_LENGTH) return invalid(`The x5c header holds ${x5c.length} certificates; at most ${MAX_CHAIN_LENGTH} are accepted.`);
  const chain: ParsedCertificate[] = [];
  for (const [index, entry] of x5c.entries()) {
    if (typeof entry !== 'string' || entry.length % 4 !== 0 || !BASE64.test(entry)) {
      return invalid(`x5c[${index}] is not standard base64 (DER certificate, not PEM and not base64url).`);
    }
    try {
      chain.push(parseCertificateDer(Buffer.from(entry, 'base64')));
    } catch {
      return invalid(`x5c[${index}] is not a readable X.509 certificate.`);
    }
  }
  return chain;
}

/**
 * Checks the shape of a compact JWS and reads its header: what can be refused before any
 * cryptography. The signature itself is checked by the caller with the leaf's key.
 */
export function readJwsEnvelope(jws: unknown): JwsEnvelope | SignatureFailure {
  if (typeof jws !== 'string') return invalid('The signature must be a compact JWS string.');
  const compact = jws.trim();
  if (compact.length > MAX_JWS_LENGTH) return invalid(`The signature is longer than ${MAX_JWS_LENGTH} characters.`);
  const parts = compact.split('.');
  // The payload part may be empty only for detached payloads, which this service does not use.
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) {
    return invalid('The signature is not a compact JWS (three base64url parts separated by dots).');
  }
  const header = readProtectedHeader(parts[0]);
  if (!header) return invalid('The JWS protected header is not a JSON object.');
  const { alg } = header;
  if (typeof alg !== 'string' || !(ALLOWED_ALGORITHMS as readonly string[]).includes(alg)) {
    const allowed = ALLOWED_ALGORITHMS.join(', ');
    if (alg === undefined) return invalid(`The JWS header has no alg; use one of ${allowed}.`);
    return invalid(`The JWS algorithm ${JSON.stringify(alg)} is not accepted; use one of ${allowed}.`);
  }
  const chain = readChain(header.x5c);
  if (!Array.isArray(chain)) return chain;
  return { compact, algorithm: alg as AllowedAlgorithm, chain };
}
