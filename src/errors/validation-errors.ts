import type { ValidationError } from 'class-validator';
import { InputPath, MessageParams } from './domain-error';
import { UserError } from './user-error';
import { UserErrorCode } from './user-error-code';

/** class-validator constraint names, as the codes a client can act on. */
const CODE_OF_CONSTRAINT: Record<string, UserErrorCode> = {
  isNotEmpty: UserErrorCode.REQUIRED,
  isDefined: UserErrorCode.REQUIRED,
  maxLength: UserErrorCode.TOO_LONG,
  minLength: UserErrorCode.TOO_SHORT,
  arrayMaxSize: UserErrorCode.TOO_MANY,
  arrayMinSize: UserErrorCode.REQUIRED,
  min: UserErrorCode.OUT_OF_RANGE,
  max: UserErrorCode.OUT_OF_RANGE,
  isEmail: UserErrorCode.INVALID_EMAIL,
  isUrl: UserErrorCode.INVALID_URL,
  matches: UserErrorCode.INVALID_FORMAT,
};

/** The limit a constraint's default message states ("… shorter than or equal to 300 characters"). */
function limitOf(constraint: string, text: string): MessageParams {
  const number = /(-?\d+)(?!.*\d)/.exec(text)?.[1];
  if (number === undefined) return {};
  if (constraint === 'maxLength' || constraint === 'arrayMaxSize' || constraint === 'max') return { max: Number(number) };
  if (constraint === 'minLength' || constraint === 'min') return { min: Number(number) };
  return {};
}

/**
 * type-graphql's argument validation (class-validator) as user errors: one per failed field, its
 * path from the argument's name, a code instead of the validator's English text. The rejected
 * value is never repeated.
 */
export function validationUserErrors(errors: readonly ValidationError[], argument = 'input'): UserError[] {
  const found: UserError[] = [];
  const walk = (error: ValidationError, path: string[]) => {
    const here = [...path, error.property];
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      const [constraint, text] = constraints[0];
      found.push({ code: CODE_OF_CONSTRAINT[constraint] ?? UserErrorCode.INVALID_VALUE, field: here as unknown as InputPath, params: limitOf(constraint, text) });
    }
    for (const child of error.children ?? []) walk(child, here);
  };
  for (const error of errors) walk(error, [argument]);
  return found;
}
