import { AppError, ErrorCode } from '../errors/error-mapping';
import { InvalidClaimError } from './actor';

/** Machine-readable `extensions.reason` next to `code: UNAUTHENTICATED`, e.g. to prompt a new login. */
export type RejectionReason =
  | 'INVALID_AUTHORIZATION_HEADER' | 'MALFORMED_TOKEN' | 'ALGORITHM_NOT_ALLOWED' | 'UNKNOWN_KEY'
  | 'INVALID_SIGNATURE' | 'TOKEN_EXPIRED' | 'TOKEN_NOT_YET_VALID' | 'WRONG_ISSUER' | 'WRONG_AUDIENCE'
  | 'MISSING_CLAIM' | 'INVALID_CLAIM' | 'KEYS_UNAVAILABLE' | 'VERIFICATION_FAILED';

/**
 * `http.status` makes Apollo answer 401 instead of its default 500 when this is thrown from the
 * context function; Apollo removes the `http` extension before the error reaches the client.
 */
export const rejection = (reason: RejectionReason, message: string) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, { reason, http: { status: 401 } });

/** The identity provider's keys could not be obtained; says why without naming internals. */
export class KeysUnavailableError extends Error {}

/** What the verifier knows when it explains a failure. */
export interface RejectionContext {
  issuer: string;
  audience: string;
  /** alg and kid from the token's header, when the header could be decoded. */
  alg?: string;
  kid?: string;
}

/** Header values are attacker-controlled: keep them short and printable before echoing them. */
export const printable = (value: unknown, max = 64) => String(value).slice(0, max).replace(/[^\x20-\x7E]/g, '?');

/** jose errors carry stable codes (ERR_JWT_EXPIRED…); comparing codes needs no import of jose. */
const errorCode = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

function describeClaimFailure(error: { claim?: string; reason?: string; payload?: Record<string, unknown> }, context: RejectionContext): AppError {
  const claim = error.claim ?? 'unknown';
  if (error.reason === 'missing') return rejection('MISSING_CLAIM', `Token is missing the required "${claim}" claim`);
  if (error.reason === 'invalid') return rejection('INVALID_CLAIM', `Token claim "${claim}" must be a number`);
  switch (claim) {
    case 'iss': return rejection('WRONG_ISSUER', `Token issuer is not ${context.issuer}`);
    case 'aud': return rejection('WRONG_AUDIENCE', `Token audience is not ${context.audience}`);
    case 'nbf': return rejection('TOKEN_NOT_YET_VALID', 'Token is not valid yet (its nbf is in the future)');
    default: return rejection('INVALID_CLAIM', `Token claim "${claim}" is not acceptable`);
  }
}

/**
 * Turns whatever verification threw into an UNAUTHENTICATED AppError with a message that says
 * why. Returns null for errors it does not recognise, which the verifier logs as a bug.
 */
export function describeRejection(error: unknown, context: RejectionContext): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof InvalidClaimError) return rejection('INVALID_CLAIM', error.message);
  if (error instanceof KeysUnavailableError) return rejection('KEYS_UNAVAILABLE', `Identity provider keys unavailable: ${error.message}`);
  const alg = context.alg === undefined ? 'of this token' : printable(context.alg, 32);
  switch (errorCode(error)) {
    case 'ERR_JWT_EXPIRED': {
      const exp = (error as { payload?: { exp?: unknown } }).payload?.exp;
      return rejection('TOKEN_EXPIRED', typeof exp === 'number' ? `Token expired at ${new Date(exp * 1000).toISOString()}` : 'Token expired');
    }
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED': return describeClaimFailure(error as never, context);
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED': return rejection('INVALID_SIGNATURE', 'Token signature is invalid');
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return rejection('UNKNOWN_KEY', context.kid === undefined
        ? `No key matches the token (it has no kid and no key fits algorithm ${alg})`
        : `No key matches the token's kid "${printable(context.kid)}"`);
    case 'ERR_JOSE_ALG_NOT_ALLOWED': return rejection('ALGORITHM_NOT_ALLOWED', `Token algorithm ${alg} is not allowed`);
    case 'ERR_JOSE_NOT_SUPPORTED':
      // Also thrown for an unknown critical ("crit") header extension, which is the token's fault too.
      return (error as Error).message.includes('"alg"')
        ? rejection('ALGORITHM_NOT_ALLOWED', `Token algorithm ${alg} is not supported`)
        : rejection('MALFORMED_TOKEN', `Malformed token: ${(error as Error).message}`);
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID': return rejection('MALFORMED_TOKEN', `Malformed token: ${(error as Error).message}`);
    case 'ERR_JWK_INVALID':
    case 'ERR_JWKS_INVALID': return rejection('KEYS_UNAVAILABLE', 'Identity provider keys unavailable: the key for this token cannot be used');
    default: return null;
  }
}
