import { parse } from 'csv-parse/sync';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { entityNifHasValidControl, normalizeNif } from '../identity/nif';

/**
 * The official identifiers of local entities as admins load them: a CSV file with a header line
 * naming its columns (any order, case and surrounding spaces ignored; comma or semicolon):
 *
 *   ine_code     5-digit INE code of a municipality: its ajuntament (one of ine_code/entity_code)
 *   entity_code  the entity's code in the service (LocalEntity.code, e.g. "comarca:13")
 *   nif          the entity's NIF (required)
 *   dir3_code    its DIR3 code (optional; an empty cell leaves the recorded one as it is)
 *
 * The whole file is checked before anything is written: one bad line refuses the file.
 */
export const IMPORT_COLUMNS = ['ine_code', 'entity_code', 'nif', 'dir3_code'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];

/** More rows than every local entity of Spain (about 13,000 in the REL) is not a list of entities. */
export const MAX_IMPORT_ROWS = 20_000;

export interface IdentifierRow {
  /** Line of the file (1 is the header), for reports that point people at their own file. */
  line: number;
  /** The LocalEntity.externalKey the row names: "ine:25120" for an ine_code. */
  entityCode: string;
  nif: string;
  dir3Code: string | null;
}

export type ParsedImport = { rows: IdentifierRow[]; errors: [] } | { rows: null; errors: UserError[] };

/** DIR3 codes are nine letters and digits: L01251207 (an ajuntament), EA0000000… */
const DIR3 = /^[A-Z0-9]{9}$/;
const INE = /^\d{5}$/;
/** Codes of the service (seeds/data): lower-case words, a colon, digits or words. */
const ENTITY_CODE = /^[a-z0-9-]{1,20}:[a-z0-9-]{1,40}$/;

/** The errors of a refused file all point at the `csv` argument; the line says where in it. */
const problem = (field: readonly ['input', ...string[]], code: UserErrorCode, line?: number, params: Record<string, string | number> = {}) =>
  userError(code, field, line === undefined ? params : { line, ...params });

const MAX_ERRORS = 50;

/**
 * Reads and checks the whole file. Every problem comes back with its line (at most 50, so a wrong
 * file does not flood the answer), and then `rows` is null: the caller writes nothing.
 */
export function parseIdentifierCsv(text: string, field: readonly ['input', ...string[]] = ['input', 'csv']): ParsedImport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With info: true each record comes as { record, info }; csv-parse's types only describe that together with columns.
    records = parse(text, { bom: true, delimiter: [',', ';'], trim: true, skip_empty_lines: true, info: true, relax_column_count: false }) as unknown as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : undefined;
    return { rows: null, errors: [problem(field, UserErrorCode.CSV_MALFORMED, line)] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: null, errors: [problem(field, UserErrorCode.CSV_EMPTY)] };
  const names = header.record.map((name) => name.toLowerCase());
  const index = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
  const duplicated = names.some((name, i) => names.indexOf(name) !== i);
  if (duplicated || index.nif < 0 || (index.ine_code < 0 && index.entity_code < 0)) {
    return { rows: null, errors: [problem(field, UserErrorCode.CSV_COLUMNS, header.info.lines)] };
  }
  if (data.length === 0) return { rows: null, errors: [problem(field, UserErrorCode.CSV_EMPTY)] };
  if (data.length > MAX_IMPORT_ROWS) return { rows: null, errors: [problem(field, UserErrorCode.TOO_MANY, undefined, { max: MAX_IMPORT_ROWS })] };

  const errors: UserError[] = [];
  const rows: IdentifierRow[] = [];
  const firstLine = { entity: new Map<string, number>(), nif: new Map<string, number>(), dir3: new Map<string, number>() };
  const duplicate = (kind: keyof typeof firstLine, value: string, line: number) => {
    const first = firstLine[kind].get(value);
    if (first === undefined) firstLine[kind].set(value, line);
    else errors.push(problem(field, UserErrorCode.DUPLICATE_IN_FILE, line, { firstLine: first }));
  };
  for (const { record, info } of data) {
    const line = info.lines;
    const cell = (column: Column) => (index[column] < 0 ? '' : record[index[column]] ?? '');
    const ine = cell('ine_code');
    const code = cell('entity_code');
    const nif = normalizeNif(cell('nif'));
    const dir3 = cell('dir3_code').toUpperCase();
    let entityCode: string | null = null;
    if (Boolean(ine) === Boolean(code)) errors.push(problem(field, UserErrorCode.INVALID_ENTITY_CODE, line));
    else if (ine && !INE.test(ine)) errors.push(problem(field, UserErrorCode.INVALID_ENTITY_CODE, line));
    else if (code && !ENTITY_CODE.test(code)) errors.push(problem(field, UserErrorCode.INVALID_ENTITY_CODE, line));
    else entityCode = ine ? `ine:${ine}` : code;
    const validNif = entityNifHasValidControl(nif);
    if (!validNif) errors.push(problem(field, UserErrorCode.INVALID_ENTITY_NIF, line));
    const validDir3 = !dir3 || DIR3.test(dir3);
    if (!validDir3) errors.push(problem(field, UserErrorCode.INVALID_DIR3, line));
    if (entityCode) duplicate('entity', entityCode, line);
    if (validNif) duplicate('nif', nif, line);
    if (dir3 && validDir3) duplicate('dir3', dir3, line);
    if (entityCode && validNif && validDir3) rows.push({ line, entityCode, nif, dir3Code: dir3 || null });
  }
  return errors.length ? { rows: null, errors: errors.slice(0, MAX_ERRORS) } : { rows, errors: [] };
}
