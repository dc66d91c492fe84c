import { GraphQLDate, GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';

/** `Date` is a calendar day (YYYY-MM-DD); `DateTime` an instant with offset (RFC 3339). */
export const DateScalar = GraphQLDate;
export const DateTimeScalar = GraphQLDateTime;
export const JSONObjectScalar = GraphQLJSONObject;

/** graphql-scalars parses `Date` inputs into a Date at UTC midnight; the domain uses the day string. */
export function toDayString(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
