import { invalid } from '../errors/domain-error';
import { UserErrorCode } from '../errors/user-error-code';
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';

/**
 * Quarters of the calendar year: the period diputacions publish their quality figures for. Pure
 * rules, unit-tested without a database (test/unit/quality-publication.test.ts).
 */
export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

/** Inclusive Catalan days, as 'YYYY-MM-DD' (the shape the quality report takes). */
export interface QuarterPeriod {
  from: string;
  to: string;
}

/** How many quarters the PDF's charts show: the one asked for and the three before it, a year. */
export const CHART_QUARTERS = 4;

/** The first and last day of a quarter: 2026 Q4 is 2026-10-01 to 2026-12-31. */
export function quarterPeriod({ year, quarter }: Quarter): QuarterPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  // Day 0 of the month after the quarter is its last day (UTC, so no time zone moves it).
  const last = new Date(Date.UTC(year, firstMonth + 2, 0));
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 2)}-${pad(last.getUTCDate())}` };
}

/** The quarter before: 2026 Q1 → 2025 Q4. */
export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as QuarterNumber };
}

/** `count` quarters ending with `last`, oldest first (the order of a chart's axis). */
export function quartersUpTo(last: Quarter, count = CHART_QUARTERS): Quarter[] {
  const quarters = [last];
  while (quarters.length < count) quarters.unshift(previousQuarter(quarters[0]));
  return quarters;
}

/** The quarter a Catalan day ('YYYY-MM-DD') falls in. */
export function quarterOf(day: string): Quarter {
  const [year, month] = day.split('-').map(Number);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber };
}

/** Quarters compare by year, then number. */
export const quarterIndex = ({ year, quarter }: Quarter) => year * 4 + quarter - 1;

/** The years a quarterly report may be asked for: the quality figures start with this service's data. */
export const FIRST_REPORT_YEAR = 2000;

/**
 * `?year=2026&quarter=4` of the quarterly report, as the query string gives them. Refused (a
 * DomainError, answered 400 through the one error mapping): a missing or repeated parameter,
 * anything but digits, a quarter other than 1–4, a year before FIRST_REPORT_YEAR, and a quarter
 * that has not started on `today` (there is nothing to report yet). The quarter in course is
 * allowed: its figures so far.
 */
export function parseReportQuarter(year: unknown, quarter: unknown, today: string): Quarter {
  const number = (value: unknown) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : null);
  const parsedYear = number(year);
  const current = quarterOf(today);
  if (parsedYear === null) throw invalid(UserErrorCode.INVALID_VALUE, ['year']);
  if (parsedYear < FIRST_REPORT_YEAR || parsedYear > current.year) {
    throw invalid(UserErrorCode.INVALID_YEAR, ['year'], { min: FIRST_REPORT_YEAR, max: current.year });
  }
  const parsedQuarter = number(quarter);
  if (parsedQuarter === null || parsedQuarter < 1 || parsedQuarter > 4) throw invalid(UserErrorCode.INVALID_VALUE, ['quarter']);
  const asked: Quarter = { year: parsedYear, quarter: parsedQuarter as QuarterNumber };
  if (quarterIndex(asked) > quarterIndex(current)) throw invalid(UserErrorCode.DATE_IN_FUTURE, ['quarter']);
  return asked;
}

const QUARTER_NAMES = {
  long: { CA: '{n}{ordinal} trimestre de {year}', ES: '{n}.º trimestre de {year}', EN: 'Q{n} {year}' },
  short: { CA: 'T{n} {year}', ES: 'T{n} {year}', EN: 'Q{n} {year}' },
} as const satisfies Record<string, Label>;

/** Catalan ordinals of 1–4 differ ("1r, 2n, 3r, 4t"); Occitan reads Catalan, like every label. */
const CATALAN_ORDINAL_SUFFIX: Record<QuarterNumber, string> = { 1: 'r', 2: 'n', 3: 'r', 4: 't' };

/** "4t trimestre de 2026" (long, titles) or "T4 2026" (short, a chart's axis), in the locale. */
export function quarterName({ year, quarter }: Quarter, locale: Locale, form: 'long' | 'short' = 'long'): string {
  return labelOf(QUARTER_NAMES, form, locale)
    .replace('{n}', String(quarter)).replace('{ordinal}', CATALAN_ORDINAL_SUFFIX[quarter]).replace('{year}', String(year));
}
