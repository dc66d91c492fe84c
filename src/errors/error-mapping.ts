import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DEFAULT_LOCALE, Locale } from '../i18n/locale';
import type { DatabaseAvailability } from '../database/database-availability';
import { CLIENT_SHARE_EXHAUSTED, CLIENT_SHARE_MESSAGE } from '../database/client-database-share';
import { Logger } from '../logger';
import { AuthenticationRequired, DomainError } from './domain-error';
import { UserErrorCode } from './user-error-code';
import { userErrorMessage } from './user-error-messages';
import { validationUserErrors } from './validation-errors';
import { withoutEchoedValues } from './echo-free-message';

/** The top-level error codes front ends can rely on (DESIGN.md, GraphQL conventions). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_REQUEST = 'BAD_REQUEST',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The HTTP status of each top-level code, for REST routes (GraphQL answers 200 unless Apollo decides otherwise). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** How long a client is asked to wait (Retry-After, in seconds) when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/** Network errors of a connection to PostgreSQL that never reached it or was cut. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATEs of a server that is shutting down, restarting or full (class 08 is every connection exception). */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/**
 * What pg, knex and its pool say, in their own words, when a connection is gone or cannot be had
 * (MikroORM prefixes the statement: "select … - Connection terminated unexpectedly").
 */
const UNAVAILABLE_MESSAGES = /(^| - )(Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|Client was closed and is not queryable|timeout expired|Knex: Timeout acquiring a connection)/;

/**
 * Why an error means "the database cannot be reached right now" (refused, cut, shutting down, the
 * pool out of connections), or null when it is anything else. The cause is a code the service
 * chose, safe to log: never the error's message, which may carry SQL.
 */
export function databaseUnavailableCause(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 4) return null;
  const { code, name, message, errors, cause, previous, originalError } = error as {
    code?: unknown; name?: unknown; message?: unknown; errors?: unknown; cause?: unknown; previous?: unknown; originalError?: unknown;
  };
  if (name === 'ClientShareExhausted' || (typeof message === 'string' && message.includes(CLIENT_SHARE_MESSAGE))) return CLIENT_SHARE_EXHAUSTED;
  if (name === 'KnexTimeoutError' || (typeof message === 'string' && message.startsWith('Knex: Timeout acquiring'))) return 'POOL_EXHAUSTED';
  if (typeof code === 'string') {
    if (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return code;
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return 'CONNECTION_LOST';
  if (name === 'ConnectionException') return 'CONNECTION_LOST';
  // Node's AggregateError (every address of "localhost" refused), wrappers that keep the original.
  for (const inner of [...(Array.isArray(errors) ? errors : []), cause, previous, originalError]) {
    const found = databaseUnavailableCause(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A top-level error raised by the GraphQL layer itself (pagination arguments, token rejections). */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/**
 * A value refused by a scalar (a day out of range) or at the edge (a null byte), in a variable or
 * a literal: BAD_USER_INPUT with HTTP 400, and a message that says what is allowed without
 * quoting the value.
 */
export class InvalidInputValue extends AppError {
  constructor(message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { http: { status: 400 } });
  }
}

/** For the GraphQL layer's own argument checks (cursors, page sizes), which are not a service's. */
export const badUserInput = (message: string, field?: string[]) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** A domain code answered at the top level (queries, REST): who and what have their own codes, the rest is bad input. */
export function topLevelCode(code: UserErrorCode): ErrorCode {
  if (code === UserErrorCode.NOT_FOUND) return ErrorCode.NOT_FOUND;
  if (code === UserErrorCode.FORBIDDEN) return ErrorCode.FORBIDDEN;
  return ErrorCode.BAD_USER_INPUT;
}

/** What a client is told about an error: never a stack trace, SQL or an echoed input value. */
export interface ErrorAnswer {
  code: ErrorCode;
  status: number;
  message: string;
  extensions: Record<string, unknown>;
  /** True when nothing expected this error: the caller logs it in full and the client gets a bare 500. */
  unexpected: boolean;
}

/** Codes Apollo and graphql-js give to requests that are not a valid operation. */
const MALFORMED_REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** graphql-armor's rejections all read "<what> limit of N exceeded". */
const LIMIT_EXCEEDED = / limit of \d+ exceeded/;
/** graphql-js's own token limit (Apollo's parseOptions; graphql 16 writes "more that"), said the way graphql-armor says the others. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

const answer = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, status = HTTP_STATUS[code]): ErrorAnswer =>
  ({ code, status, message, extensions: { ...extensions, code }, unexpected: false });

const UNEXPECTED: ErrorAnswer = {
  code: ErrorCode.INTERNAL_SERVER_ERROR, status: 500, message: 'Internal server error',
  extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR }, unexpected: true,
};

const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; retry shortly';

/**
 * For a request that cannot start because the database is unavailable (its context could not be
 * built): Apollo answers such an error with the status and headers it carries.
 */
export const serviceUnavailable = () => new AppError(ErrorCode.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE, {
  retryAfterSeconds: RETRY_AFTER_SECONDS,
  http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
});

/**
 * For a client over its rate of heavy operations (GRAPHQL_HEAVY_QUERIES_PER_MINUTE,
 * heavy-query-admission.ts): 429, with Retry-After the seconds until it may start the next one.
 */
export const rateLimited = (retryAfterSeconds: number) => new AppError(ErrorCode.RATE_LIMITED,
  'Too many costly operations from this client; retry after the time given, or ask for less at once', {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });

/** Express and body-parser errors (a malformed JSON body, an upload refused) carry a 4xx `status` and a safe message. */
const clientHttpStatus = (error: unknown): number | null => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
};

/**
 * THE mapping: anything thrown, as a top-level code, HTTP status and message in the served locale.
 * Apollo's formatError and the Express routes both answer through it.
 */
export function describeError(error: unknown, locale: Locale = DEFAULT_LOCALE): ErrorAnswer {
  const unavailable = databaseUnavailableCause(error);
  if (unavailable) return answer(ErrorCode.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: RETRY_AFTER_SECONDS });
  if (error instanceof DomainError) {
    return answer(topLevelCode(error.code), userErrorMessage(error.code, locale, error.params), {
      reason: error.code, ...(error.field ? { field: error.field } : {}),
    });
  }
  if (error instanceof AuthenticationRequired) {
    return answer(ErrorCode.UNAUTHENTICATED, 'Authentication required', error.reason ? { reason: error.reason } : {});
  }
  if (error instanceof ArgumentValidationError) {
    // The validator's own report names the rejected values: only the first field and its code leave.
    const [first] = validationUserErrors(error.extensions.validationErrors as never);
    if (!first) return answer(ErrorCode.BAD_USER_INPUT, userErrorMessage(UserErrorCode.INVALID_VALUE, locale));
    return answer(ErrorCode.BAD_USER_INPUT, userErrorMessage(first.code, locale, first.params), { reason: first.code, field: first.field });
  }
  if (error instanceof GraphQLError) {
    const code = String(error.extensions?.code ?? '');
    // Apollo wraps a scalar's refusal (as a validation or a variable error); it keeps it as the original.
    const refusal = [error, error.originalError].find((e) => e instanceof InvalidInputValue);
    if (refusal) return answer(ErrorCode.BAD_USER_INPUT, refusal.message);
    const tokens = TOO_MANY_TOKENS.exec(error.message);
    if (tokens) return answer(ErrorCode.QUERY_TOO_COMPLEX, `Token limit of ${tokens[1]} exceeded.`);
    if (LIMIT_EXCEEDED.test(error.message)) return answer(ErrorCode.QUERY_TOO_COMPLEX, error.message.replace(/^Syntax Error: /, ''));
    if (MALFORMED_REQUEST_CODES.has(code)) return answer(ErrorCode.BAD_REQUEST, withoutEchoedValues(error.message), { reason: code });
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, http, code: _code, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status?: number } };
      // Our own messages are safe; Apollo's variable errors (BAD_USER_INPUT) quote the value.
      const message = error instanceof AppError ? error.message : withoutEchoedValues(error.message, error.originalError?.message);
      return answer(code as ErrorCode, message, extensions, http?.status ?? HTTP_STATUS[code as ErrorCode]);
    }
    return UNEXPECTED;
  }
  const status = clientHttpStatus(error);
  if (status !== null) {
    const parse = (error as { type?: string }).type === 'entity.parse.failed';
    const { extensions } = error as { extensions?: Record<string, unknown> };
    return parse
      ? answer(ErrorCode.BAD_REQUEST, 'Malformed JSON body', {}, 400)
      : answer(ErrorCode.BAD_USER_INPUT, (error as Error).message, extensions ?? {}, status);
  }
  return UNEXPECTED;
}

/**
 * Apollo's formatError. Errors thrown below a root field arrive here without the request's
 * locale (Apollo does not pass the context), so their messages are Catalan; root fields and
 * mutations are localized earlier, by the resolver wrapper in graphql-error-contract.ts.
 */
export function createErrorFormatter(logger: Logger, availability?: DatabaseAvailability) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Whatever a resolver threw (DomainError, AppError, a bug) or Apollo's own request error.
    const original = unwrapResolverError(error);
    const described = describeError(original);
    // An outage is logged once, when it starts, not once per request.
    const unavailable = databaseUnavailableCause(original);
    if (unavailable) availability?.failed(unavailable);
    const base = { locations: formatted.locations, path: formatted.path };
    if (described.unexpected) {
      logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL request');
    }
    return { ...base, message: described.message, extensions: described.extensions };
  };
}

/** The headers of an error answer outside GraphQL: when to retry, for a 503. */
export function errorHeaders(described: ErrorAnswer): Record<string, string> {
  return described.code === ErrorCode.SERVICE_UNAVAILABLE ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
}

/** The JSON body of an error answer outside GraphQL, in GraphQL's own shape. */
export function errorBody(described: ErrorAnswer) {
  return { errors: [{ message: described.message, extensions: described.extensions }] };
}
