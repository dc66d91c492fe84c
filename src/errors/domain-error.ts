import { UserErrorCode } from './user-error-code';

/**
 * Values a message template may show. Numbers and codes the service itself chose (a maximum, a
 * version, a step name), never what the caller typed: responses do not echo input values.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Where in the operation's arguments the fault lies. In a mutation it always starts with "input"
 * and uses the input's own field names: ["input", "content", "translations", "ES", "title"].
 */
export type InputPath = readonly ['input', ...string[]];

/**
 * An expected failure raised by a service or a pure rule. It knows nothing of GraphQL or HTTP:
 * a mutation returns it as a user error in its payload, a query or REST route answers it through
 * the one mapping in error-mapping.ts (NOT_FOUND 404, FORBIDDEN 403, anything else 400).
 */
export class DomainError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly field: readonly string[] | null = null,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** The caller must sign in first: never a user error, always a top-level UNAUTHENTICATED (401). */
export class AuthenticationRequired extends Error {
  constructor(readonly reason?: string) {
    super('Authentication required');
    this.name = 'AuthenticationRequired';
  }
}

/** Unknown ids and ids the caller may not see are the same answer, so nothing leaks their existence. */
export const notFound = (field: readonly string[] | null = null) => new DomainError(UserErrorCode.NOT_FOUND, field);
export const forbidden = (field: readonly string[] | null = null) => new DomainError(UserErrorCode.FORBIDDEN, field);
export const invalid = (code: UserErrorCode, field: readonly string[] | null = null, params: MessageParams = {}) =>
  new DomainError(code, field, params);
