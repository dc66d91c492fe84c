import { DomainError, InputPath, MessageParams } from './domain-error';
import { UserErrorCode } from './user-error-code';

/**
 * A user error or warning as services return it. The GraphQL type (user-error.type.ts) renders
 * `message` from `code` and `params` in the served locale, so services never choose a language.
 */
export interface UserError {
  code: UserErrorCode;
  field: InputPath | null;
  params?: MessageParams;
}

export const userError = (code: UserErrorCode, field: InputPath | null = null, params?: MessageParams): UserError =>
  ({ code, field, params });

/** A DomainError raised inside a mutation, as the user error its payload returns. */
export function domainErrorAsUserError(error: DomainError): UserError {
  const field = error.field && error.field[0] === 'input' ? (error.field as InputPath) : null;
  return { code: error.code, field, params: error.params };
}
