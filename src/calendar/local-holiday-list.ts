import { InputPath } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { formatDay, isDay, yearOf } from './days';

/**
 * The Generalitat's yearly list of the local holidays of every municipality, as CSV with four
 * columns: year, INE code, date, name. Pure: the whole file is read and checked before anything
 * is written, so one bad line leaves the table as it was.
 * - Separator: a comma, or a semicolon when the first line has one (as spreadsheets export in
 *   Catalan and Spanish locales). Fields may be quoted ("Sant Pere, patró"), with "" for a quote.
 * - An optional header line (its first field is not a year).
 * - The INE code has 5 digits, or 6 as Idescat writes it (the INE code and a check digit).
 * - Dates as YYYY-MM-DD or DD/MM/YYYY, in the year of the line.
 * - At most two local holidays per municipality and year (RD 2001/1983 art. 46), each day once.
 */
export interface LocalHolidayListRow {
  /** 1-based line of the file, for error paths. */
  line: number;
  year: number;
  municipality: string;
  date: string;
  name: string;
}

export const MAX_LOCAL_HOLIDAYS_PER_YEAR = 2;
export const MAX_LIST_LINES = 20_000;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const MAX_NAME = 200;

/** Splits one CSV line into fields (RFC 4180 quoting; no line breaks inside fields). Null when a quote is left open. */
export function splitCsvLine(line: string, separator: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (char === separator) {
      fields.push(wasQuoted ? field : field.trim());
      field = '';
      wasQuoted = false;
    } else {
      field += char;
    }
  }
  if (quoted) return null;
  fields.push(wasQuoted ? field : field.trim());
  return fields;
}

function parseDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const european = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const day = iso ? value : european ? formatDay(Number(european[3]), Number(european[2]), Number(european[1])) : null;
  return day && isDay(day) ? day : null;
}

export function parseLocalHolidayList(text: string): { rows: LocalHolidayListRow[]; errors: UserError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: UserError[] = [];
  const rows: LocalHolidayListRow[] = [];
  if (lines.length > MAX_LIST_LINES) return { rows, errors: [userError(UserErrorCode.TOO_MANY, ['input', 'csv'], { max: MAX_LIST_LINES })] };
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const separator = firstLine.includes(';') ? ';' : ',';
  const seen = new Set<string>();
  const perYear = new Map<string, number>();
  let headerSkipped = false;

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === '') return;
    const at = (column?: string): InputPath => ['input', 'csv', String(lineNumber), ...(column ? [column] : [])];
    const fields = splitCsvLine(raw, separator);
    if (!headerSkipped && fields && !/^\d+$/.test(fields[0] ?? '')) {
      headerSkipped = true; // the header names the columns; it is never data
      return;
    }
    headerSkipped = true;
    if (!fields || fields.length !== 4) {
      errors.push(userError(UserErrorCode.INVALID_FORMAT, at()));
      return;
    }
    const [yearText, codeText, dateText, nameText] = fields;
    const lineErrors = errors.length;
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    const yearValid = year >= FIRST_YEAR && year <= LAST_YEAR;
    if (!yearValid) errors.push(userError(UserErrorCode.INVALID_YEAR, at('year'), { min: FIRST_YEAR, max: LAST_YEAR }));
    const municipality = /^\d{5}$/.test(codeText) ? codeText : /^\d{6}$/.test(codeText) ? codeText.slice(0, 5) : null;
    if (!municipality) errors.push(userError(UserErrorCode.INVALID_MUNICIPALITY, at('municipality')));
    const date = parseDate(dateText);
    if (!date) errors.push(userError(UserErrorCode.INVALID_DATE, at('date')));
    else if (yearValid && yearOf(date) !== year) errors.push(userError(UserErrorCode.DATE_OUTSIDE_YEAR, at('date')));
    const name = nameText.trim();
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, at('name')));
    else if (name.length > MAX_NAME) errors.push(userError(UserErrorCode.TOO_LONG, at('name'), { max: MAX_NAME }));
    if (errors.length > lineErrors) return;

    const key = `${municipality}|${date}`;
    if (seen.has(key)) {
      errors.push(userError(UserErrorCode.DUPLICATE_DATE, at('date')));
      return;
    }
    seen.add(key);
    const yearKey = `${municipality}|${year}`;
    const count = (perYear.get(yearKey) ?? 0) + 1;
    perYear.set(yearKey, count);
    if (count > MAX_LOCAL_HOLIDAYS_PER_YEAR) {
      errors.push(userError(UserErrorCode.TOO_MANY, at(), { max: MAX_LOCAL_HOLIDAYS_PER_YEAR }));
      return;
    }
    rows.push({ line: lineNumber, year, municipality: municipality!, date: date!, name });
  });
  if (!errors.length && !rows.length) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'csv']));
  return { rows, errors };
}
