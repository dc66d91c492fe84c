import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { Logger } from '../logger';

/** The top-level error codes front ends can rely on (DESIGN.md, GraphQL conventions). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Authentication required') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const badUserInput = (message: string, field?: string[]) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** Codes Apollo and graphql-js give to malformed requests; they reach the client as BAD_USER_INPUT. */
const CLIENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** graphql-armor's rejections all read "<what> limit of N exceeded". */
const LIMIT_EXCEEDED = / limit of \d+ exceeded/;

/**
 * The one place where errors become responses. Expected errors keep their message and code;
 * anything unexpected (a bug, a database error) is logged in full and answered with a bare
 * INTERNAL_SERVER_ERROR, so no stack trace, SQL or internal detail ever leaves the service.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (LIMIT_EXCEEDED.test(formatted.message)) {
      return { ...base, message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    if (original instanceof ArgumentValidationError) {
      const field = original.extensions?.validationErrors;
      return { ...base, message: 'Argument validation failed', extensions: { code: ErrorCode.BAD_USER_INPUT, validationErrors: field } };
    }
    if (original instanceof AppError || KNOWN_CODES.has(code)) {
      if (code !== ErrorCode.INTERNAL_SERVER_ERROR) {
        const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
        return { ...base, extensions };
      }
    }
    if (CLIENT_ERROR_CODES.has(code)) {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL request');
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
