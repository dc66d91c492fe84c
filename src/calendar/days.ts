/**
 * Calendar days as 'YYYY-MM-DD' strings, with arithmetic on whole days counted in UTC, so that no
 * time zone or daylight-saving change can shift a day. Pure: no clock, no database.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parts(day: string): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match || !isDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(year: number, month: number, dayOfMonth: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** Days since 1970-01-01. */
function toEpochDay(day: string): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): string {
  const date = new Date(epochDay * MS_PER_DAY);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: string, amount: number): string {
  return fromEpochDay(toEpochDay(day) + amount);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday … 6 = Saturday, as in JavaScript. */
export function weekday(day: string): number {
  return (((toEpochDay(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const isWeekend = (day: string): boolean => weekday(day) === 0 || weekday(day) === 6;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export const yearOf = (day: string): number => parts(day)[0];

/**
 * The same day number `months` months later; when the target month is shorter, its last day
 * (2025-11-30 + 3 months = 2026-02-28; 2027-11-29 + 3 months = 2028-02-29).
 */
export function addMonthsClamped(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDay(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
 * Good Friday is two days before, Easter Monday (Dilluns de Pasqua Florida) the day after and
 * Whit Monday (Dilluns de Pasqua Granada) fifty days after.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDay(year, month, dayOfMonth);
}

export const goodFriday = (year: number): string => addDays(easterSunday(year), -2);
export const easterMonday = (year: number): string => addDays(easterSunday(year), 1);
export const whitMonday = (year: number): string => addDays(easterSunday(year), 50);

const WEEKDAYS_CA = ['diumenge', 'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte'];
const MONTHS_CA = ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'];

export const weekdayNameCa = (day: string): string => WEEKDAYS_CA[weekday(day)];

/** "dilluns 6 d'abril de 2026": the day as Catalan prose, with the elision before a vowel. */
export function formatDayCa(day: string): string {
  const [y, m, d] = parts(day);
  const month = MONTHS_CA[m - 1];
  const of = /^[aeiou]/.test(month) ? "d'" : 'de ';
  return `${weekdayNameCa(day)} ${d} ${of}${month} de ${y}`;
}
