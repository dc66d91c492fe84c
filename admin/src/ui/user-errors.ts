/** A mutation's user error as the API returns it (DESIGN.md, GraphQL conventions). */
export interface UserErrorLike {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

/**
 * The id of the control a `field` path points at: the path itself, dot-joined
 * (["input", "content", "translations", "ES", "title"] → "input.content.translations.ES.title").
 * Forms give their controls these ids, so an error lands next to its field without a mapping table.
 */
export const fieldId = (path: readonly (string | number)[]): string => path.join('.');

/** The errors that belong to one control (its path or anything below it). */
export function errorsAt(errors: readonly UserErrorLike[], path: readonly (string | number)[]): UserErrorLike[] {
  const id = fieldId(path);
  return errors.filter((error) => error.field && (fieldId(error.field) === id || fieldId(error.field).startsWith(`${id}.`)));
}

/** Errors no control on the page shows (no field, or a field the form has no control for). */
export function unplacedErrors(errors: readonly UserErrorLike[], placed: (id: string) => boolean): UserErrorLike[] {
  return errors.filter((error) => !error.field || !placed(fieldId(error.field)));
}
