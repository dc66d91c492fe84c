import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { isDay } from '../calendar/days';

const notADay = () => new GraphQLError('A `Date` is a calendar day written YYYY-MM-DD, e.g. "2026-11-23"');

/**
 * `Date` is a calendar day (YYYY-MM-DD), parsed into the day string the domain uses everywhere
 * (calendar/days.ts), never into a JavaScript Date at some midnight. "2026-02-30" is refused.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD (RFC 3339 full-date), without time or time zone.',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize(value) {
    const day = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : null;
    if (day == null || !isDay(day)) throw new GraphQLError('Not a calendar day');
    return day;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isDay(value)) throw notADay();
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isDay(ast.value)) throw notADay();
    return ast.value;
  },
});
/** An instant with offset (RFC 3339). */
export const DateTimeScalar = GraphQLDateTime;
export const JSONObjectScalar = GraphQLJSONObject;

/** A `Date` input as the day string; accepts the Date objects older callers may still pass. */
export function toDayString(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
