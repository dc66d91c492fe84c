import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { isDay } from '../calendar/days';
import { InvalidInputValue } from '../errors/error-mapping';

/**
 * Days and instants a client may send. PostgreSQL has no year 0 and day arithmetic past 9999
 * cannot be written back as YYYY-MM-DD, so `openOn: "0000-01-01"` and a deadline counted from
 * 9999-12-31 were 500s; no procedure of this service is dated outside these years.
 */
export const FIRST_INPUT_YEAR = 1900;
export const LAST_INPUT_YEAR = 2999;
const RANGE = `between ${FIRST_INPUT_YEAR}-01-01 and ${LAST_INPUT_YEAR}-12-31`;
const inRange = (year: number) => year >= FIRST_INPUT_YEAR && year <= LAST_INPUT_YEAR;

const notADay = () => new InvalidInputValue(`A \`Date\` is a calendar day written YYYY-MM-DD ${RANGE}, e.g. "2026-11-23".`);
const dayInRange = (value: unknown): string => {
  if (typeof value !== 'string' || !isDay(value) || !inRange(Number(value.slice(0, 4)))) throw notADay();
  return value;
};

/**
 * `Date` is a calendar day (YYYY-MM-DD), parsed into the day string the domain uses everywhere
 * (calendar/days.ts), never into a JavaScript Date at some midnight. "2026-02-30" is refused.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `A calendar day, YYYY-MM-DD (RFC 3339 full-date), without time or time zone; as input, ${RANGE}.`,
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize(value) {
    const day = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : null;
    if (day == null || !isDay(day)) throw new GraphQLError('Not a calendar day');
    return day;
  },
  parseValue: dayInRange,
  parseLiteral: (ast) => dayInRange(ast.kind === Kind.STRING ? ast.value : undefined),
});

const notAnInstant = () => new InvalidInputValue(`A \`DateTime\` is an instant written as RFC 3339 with an offset ${RANGE}, e.g. "2026-11-23T10:00:00+01:00".`);
const instantInRange = (parse: () => unknown): Date => {
  let instant: unknown;
  try {
    instant = parse();
  } catch {
    throw notAnInstant();
  }
  if (!(instant instanceof Date) || !inRange(instant.getUTCFullYear())) throw notAnInstant();
  return instant;
};

/** An instant with offset (RFC 3339): graphql-scalars' DateTime, refusing years out of range without quoting the value. */
export const DateTimeScalar = new GraphQLScalarType<Date, Date>({
  ...GraphQLDateTime.toConfig(),
  parseValue: (value) => instantInRange(() => GraphQLDateTime.parseValue(value)),
  parseLiteral: (ast: ValueNode) => instantInRange(() => GraphQLDateTime.parseLiteral(ast)),
});
export const JSONObjectScalar = GraphQLJSONObject;

/** A `Date` input as the day string; accepts the Date objects older callers may still pass. */
export function toDayString(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
