import { Logger } from '../logger';
import { Actor, actorFromClaims } from './actor';
import { loadOrCreateDevelopmentKeys } from './development-keys';
import { IdentityConfig, KeySource } from './identity-config';
import { JoseModule, JWTVerifyGetKey, loadJose } from './jose';
import { describeRejection, KeysUnavailableError, printable, rejection, RejectionContext } from './token-rejection';

export interface TokenVerifier {
  /**
   * No header (or a blank one) → null, an anonymous request. Otherwise the actor of a valid
   * `Bearer <JWT>`, or an AppError with code UNAUTHENTICATED saying why. Never throws anything else.
   */
  verify(authorizationHeader: string | undefined): Promise<Actor | null>;
}

/** RFC 6750 b64token; the scheme name is case-insensitive (RFC 9110 §11.1). */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
/** Far above any real token; refuses to spend crypto work on a pasted document. */
const MAX_TOKEN_LENGTH = 8192;

/** jose's fetch, except that a non-200 answer says which status it was. */
async function fetchKeySet(url: string, init: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new KeysUnavailableError(`the key set endpoint answered HTTP ${response.status}`);
  }
  return response;
}

/** Why a remote key set could not be used, in words a client may read (no URL, no stack). */
function explainKeySetFailure(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: unknown }).code;
  if (error instanceof KeysUnavailableError) return error.message;
  if (code === 'ERR_JWKS_TIMEOUT') return `the key set endpoint did not answer within ${timeoutMs} ms`;
  if (code === 'ERR_JWKS_INVALID') return 'the key set endpoint returned something that is not a JSON Web Key Set';
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return `could not reach the key set endpoint (${cause?.code ?? cause?.message ?? 'network error'})`;
  }
  if (code === 'ERR_JOSE_GENERIC') return 'the key set endpoint did not return valid JSON';
  return 'the key set endpoint could not be read';
}

/** Errors about the token itself pass through; anything about getting the keys becomes KeysUnavailableError. */
const TOKEN_ERRORS = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'ERR_JOSE_NOT_SUPPORTED', 'ERR_JWK_INVALID']);

async function createJWTVerifyGetKey(jose: JoseModule, source: KeySource, logger: Logger): Promise<JWTVerifyGetKey> {
  if (source.kind === 'file') return jose.createLocalJWKSet(source.jwks as never);
  if (source.kind === 'development') return jose.createLocalJWKSet(loadOrCreateDevelopmentKeys(source.dataDir).publicJwks as never);
  // Cached for cacheMaxAge, refetched at once for an unknown kid unless fetched within the
  // cooldown: that is how the provider rotates keys without a restart here.
  const remote = jose.createRemoteJWKSet(source.url, {
    timeoutDuration: source.timeoutMs,
    cooldownDuration: source.cooldownMs,
    cacheMaxAge: source.cacheMaxAgeMs,
    [jose.customFetch]: fetchKeySet,
  });
  return (async (header: never, token: never) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (TOKEN_ERRORS.has(String((error as { code?: unknown }).code))) throw error;
      const reason = explainKeySetFailure(error, source.timeoutMs);
      logger.warn({ err: error, jwksUrl: source.url.href }, `Identity provider keys unavailable: ${reason}`);
      throw new KeysUnavailableError(reason);
    }
  }) as JWTVerifyGetKey;
}

export function createTokenVerifier(config: IdentityConfig, logger: Logger): TokenVerifier {
  if (config.keys.kind === 'development') {
    // Created now rather than on the first request, so a broken data folder stops start-up.
    const keys = loadOrCreateDevelopmentKeys(config.keys.dataDir);
    logger.warn({ publicJwks: keys.publicJwksPath, issuer: config.issuer, audience: config.audience, created: keys.created },
      'Development authentication is on: tokens signed with the development key are accepted (mint one with `npm run token -- --nif … --name …`)');
  }
  let resolver: Promise<{ jose: JoseModule; getKey: JWTVerifyGetKey }> | undefined;
  const prepare = () => {
    resolver ??= loadJose().then(async (jose) => ({ jose, getKey: await createJWTVerifyGetKey(jose, config.keys, logger) }));
    resolver.catch(() => { resolver = undefined; });
    return resolver;
  };
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.algorithms,
    clockTolerance: config.clockToleranceSeconds,
    // exp is mandatory (jose checks it only when present); sub is the actor's stable id.
    requiredClaims: ['exp', 'sub'],
  };

  async function verifyToken(token: string, context: RejectionContext): Promise<Actor> {
    const { jose, getKey } = await prepare();
    try {
      const header = jose.decodeProtectedHeader(token);
      if (header.alg !== undefined) context.alg = printable(header.alg, 32);
      if (header.kid !== undefined) context.kid = printable(header.kid);
    } catch {
      // jwtVerify reports the malformed header below; the context only improves messages.
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jose.jwtVerify(token, getKey, options));
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') throw error;
      payload = await verifyWithCandidates(jose, token, error as AsyncIterable<never>);
    }
    return actorFromClaims(payload, {
      onIgnoredRole: (entry) => logger.debug({ role: printable(entry), sub: payload.sub }, 'Ignored an unknown role in a token'),
    });
  }

  /** Without a kid several keys of one type may fit; jose leaves trying each to the caller. */
  async function verifyWithCandidates(jose: JoseModule, token: string, candidates: AsyncIterable<never>) {
    let lastError: unknown;
    for await (const key of candidates) {
      try {
        return (await jose.jwtVerify(token, key, options)).payload;
      } catch (error) {
        lastError = error;
        if ((error as { code?: unknown }).code !== 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') throw error;
      }
    }
    throw lastError ?? new KeysUnavailableError('no usable key matches the token');
  }

  return {
    async verify(authorizationHeader) {
      if (authorizationHeader === undefined || authorizationHeader === null) return null;
      // Typed as a string, but guarded anyway: this is the one place that must never throw a 500.
      if (typeof authorizationHeader !== 'string') throw rejection('INVALID_AUTHORIZATION_HEADER', 'Authorization header must be: Bearer <token>');
      if (authorizationHeader.trim() === '') return null;
      const match = BEARER.exec(authorizationHeader.trim());
      if (!match) throw rejection('INVALID_AUTHORIZATION_HEADER', 'Authorization header must be: Bearer <token>');
      const token = match[1];
      if (token.length > MAX_TOKEN_LENGTH) throw rejection('MALFORMED_TOKEN', `Malformed token: longer than ${MAX_TOKEN_LENGTH} characters`);
      const context: RejectionContext = { issuer: config.issuer, audience: config.audience };
      try {
        return await verifyToken(token, context);
      } catch (error) {
        const described = describeRejection(error, context);
        if (described) {
          logger.debug({ reason: described.extensions.reason, alg: context.alg, kid: context.kid }, described.message);
          throw described;
        }
        logger.error({ err: error }, 'Unexpected error while verifying a token');
        throw rejection('VERIFICATION_FAILED', 'Token could not be verified');
      }
    },
  };
}
