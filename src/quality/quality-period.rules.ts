import { addDays, daysBetween, isDay } from '../calendar/days';
import { UserErrorCode } from '../errors/user-error-code';
import { MessageParams } from '../errors/domain-error';

/** The days a quality report covers: Catalan calendar days, both included ('YYYY-MM-DD'). */
export interface QualityPeriod {
  from: string;
  to: string;
}

/** Quality commitments are published by quarter or year; nothing older than the electronic procedure. */
export const QUALITY_PERIOD_FIRST_DAY = '2000-01-01';

/** The longest period a report may cover: five years (a catalogue's life), so a request stays bounded. */
export const QUALITY_PERIOD_MAX_YEARS = 5;

/** What is wrong with a period, at which of its two ends. */
export interface QualityPeriodFault {
  code: UserErrorCode;
  field: 'from' | 'to';
  params?: MessageParams;
}

/**
 * Checks a report's period, pure: both ends real days (malformed: INVALID_DATE), not before
 * 2000 (OUT_OF_RANGE), `to` not before `from` (a reversed or empty period: INVALID_RANGE; a
 * single day, from = to, is a period), and at most five years long (PERIOD_TOO_LONG: `to` no
 * later than the day before `from` five years on). Answers the first fault, or null.
 */
export function qualityPeriodFault(from: string, to: string): QualityPeriodFault | null {
  if (typeof from !== 'string' || !isDay(from)) return { code: UserErrorCode.INVALID_DATE, field: 'from' };
  if (typeof to !== 'string' || !isDay(to)) return { code: UserErrorCode.INVALID_DATE, field: 'to' };
  if (from < QUALITY_PERIOD_FIRST_DAY) return { code: UserErrorCode.OUT_OF_RANGE, field: 'from', params: { min: QUALITY_PERIOD_FIRST_DAY } };
  if (to < from) return { code: UserErrorCode.INVALID_RANGE, field: 'to' };
  if (to > lastDayOfLongestPeriod(from)) return { code: UserErrorCode.PERIOD_TOO_LONG, field: 'to', params: { years: QUALITY_PERIOD_MAX_YEARS } };
  return null;
}

/** The last day of a five-year period starting on `from` (from 2021-01-01: 2025-12-31; from 29 February: 28 February). */
export function lastDayOfLongestPeriod(from: string): string {
  const year = Number(from.slice(0, 4)) + QUALITY_PERIOD_MAX_YEARS;
  const sameDay = `${String(year).padStart(4, '0')}${from.slice(4)}`;
  // 29 February five years on does not exist: the period then ends on 28 February.
  return isDay(sameDay) ? addDays(sameDay, -1) : `${String(year).padStart(4, '0')}-02-28`;
}

/** Days in the period, both ends included. */
export const periodDays = (period: QualityPeriod): number => daysBetween(period.from, period.to) + 1;
