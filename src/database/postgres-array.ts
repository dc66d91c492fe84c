/**
 * One array parameter as a PostgreSQL array literal: knex would otherwise expand a JS array
 * into a list of parameters.
 */
export function postgresArray(values: readonly (string | number)[]): string {
  return `{${values.map((value) => `"${String(value).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
