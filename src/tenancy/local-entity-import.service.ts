import { EntityManager } from '@mikro-orm/postgresql';
import { AuthenticationRequired, InputPath, notFound } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { IdentifierRow, parseIdentifierCsv } from './local-entity-import.rules';
import { LocalEntityEntity } from './local-entity.entity';
import { ProviderEntity } from './provider.entity';

export type IdentifierField = 'NIF' | 'DIR3_CODE';

export interface ImportedLine {
  line: number;
  entity: LocalEntityEntity;
  /** What the line changes (empty when the entity already had these identifiers). */
  changedFields: IdentifierField[];
}

export interface ImportReport {
  /** Data lines in the file (the header not counted). */
  lineCount: number;
  changed: ImportedLine[];
  unchanged: ImportedLine[];
  /** Lines whose entity the service does not have (another territory's list, a dissolved entity…). */
  unmatchedLines: number[];
  /** False on a dry run: the report says what would happen. */
  written: boolean;
}

export type ImportResult = { report: ImportReport; userErrors: [] } | { report: null; userErrors: UserError[] };

export interface ImportOptions {
  /** Only entities of this provider's territory may be changed (the mutation); null: any (the operator's CLI). */
  providerId: string | null;
  dryRun: boolean;
  /** Where the problems of a refused file point (the mutation's ["input", "csv"]). */
  field: InputPath;
  progress?: (message: string) => void;
}

const refused = (userErrors: UserError[]): ImportResult => ({ report: null, userErrors });

/**
 * Loads the official NIF and DIR3 codes of local entities from a CSV file (local-entity-import.rules.ts).
 * All or nothing: the whole file is checked first (format, NIF control characters, duplicates,
 * territory, identifiers other entities hold), and the changes are written in one transaction.
 */
export async function importIdentifiers(em: EntityManager, csv: string, options: ImportOptions): Promise<ImportResult> {
  const progress = options.progress ?? (() => undefined);
  const parsed = parseIdentifierCsv(csv, options.field);
  if (!parsed.rows) return refused(parsed.errors);
  progress(`${parsed.rows.length} lines read and checked`);
  return em.transactional(async (tx) => {
    // Two imports at once would check against each other's stale state; one waits for the other.
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', ['local-entity-import'], 'all', tx.getTransactionContext());
    const planned = await plan(tx, parsed.rows, options);
    if (!planned.report) return planned;
    const { report } = planned;
    progress(`${report.changed.length + report.unchanged.length} lines matched an entity (${report.changed.length} to change, ` +
      `${report.unchanged.length} unchanged), ${report.unmatchedLines.length} matched none`);
    if (!options.dryRun && report.changed.length > 0) {
      await write(tx, parsed.rows, report.changed);
      progress(`${report.changed.length} entities updated`);
    }
    return { report: { ...report, written: !options.dryRun }, userErrors: [] };
  });
}

/** Matches each row to its entity and finds what would change, or every reason the file is refused. */
async function plan(em: EntityManager, rows: IdentifierRow[], options: ImportOptions): Promise<ImportResult> {
  const entities = await em.find(LocalEntityEntity, { externalKey: { $in: rows.map((row) => row.entityCode) } });
  const byCode = new Map(entities.map((entity) => [entity.externalKey, entity]));
  const errors: UserError[] = [];
  const report: ImportReport = { lineCount: rows.length, changed: [], unchanged: [], unmatchedLines: [], written: false };
  const rowOf = new Map<string, IdentifierRow>();
  for (const row of rows) {
    const entity = byCode.get(row.entityCode);
    if (!entity) {
      report.unmatchedLines.push(row.line);
      continue;
    }
    if (options.providerId && entity.provider.id !== options.providerId) {
      errors.push(userError(UserErrorCode.OUTSIDE_TERRITORY, options.field, { line: row.line }));
      continue;
    }
    rowOf.set(entity.id, row);
    const changedFields: IdentifierField[] = [];
    if (entity.nif !== row.nif) changedFields.push('NIF');
    if (row.dir3Code && entity.dir3Code !== row.dir3Code) changedFields.push('DIR3_CODE');
    (changedFields.length ? report.changed : report.unchanged).push({ line: row.line, entity, changedFields });
  }
  errors.push(...await takenIdentifiers(em, report.changed, rowOf, options.field));
  if (errors.length) return refused(errors.sort((a, b) => Number(a.params?.line) - Number(b.params?.line)).slice(0, 50));
  return { report, userErrors: [] };
}

/**
 * A NIF or DIR3 code the file gives one entity while another keeps it (the file does not name the
 * holder, or leaves its DIR3 cell empty) would break their uniqueness. Moving identifiers between
 * entities the file names is allowed: write() clears before it sets.
 */
async function takenIdentifiers(em: EntityManager, changed: ImportedLine[], rowOf: Map<string, IdentifierRow>, field: InputPath): Promise<UserError[]> {
  const rows = changed.map((line) => rowOf.get(line.entity.id)!);
  const nifs = rows.map((row) => row.nif);
  const dir3Codes = rows.flatMap((row) => (row.dir3Code ? [row.dir3Code] : []));
  const holders = await em.find(LocalEntityEntity, { $or: [{ nif: { $in: nifs } }, { dir3Code: { $in: dir3Codes } }] });
  const errors: UserError[] = [];
  for (const { entity } of changed) {
    const row = rowOf.get(entity.id)!;
    const keeps = (holder: LocalEntityEntity, which: 'nif' | 'dir3Code') => {
      const holderRow = rowOf.get(holder.id);
      if (!holderRow) return true;
      return which === 'nif' ? holderRow.nif === holder.nif : holderRow.dir3Code === null || holderRow.dir3Code === holder.dir3Code;
    };
    const taken = holders.some((holder) => holder.id !== entity.id && (
      (holder.nif === row.nif && keeps(holder, 'nif')) || (row.dir3Code !== null && holder.dir3Code === row.dir3Code && keeps(holder, 'dir3Code'))));
    if (taken) errors.push(userError(UserErrorCode.IDENTIFIER_TAKEN, field, { line: row.line }));
  }
  return errors;
}

/** Clears the identifiers that change, then sets them: a swap between two entities never collides mid-way. */
async function write(em: EntityManager, rows: IdentifierRow[], changed: ImportedLine[]): Promise<void> {
  const rowByLine = new Map(rows.map((row) => [row.line, row]));
  for (const { entity, changedFields } of changed) {
    if (changedFields.includes('NIF')) entity.nif = null;
    if (changedFields.includes('DIR3_CODE')) entity.dir3Code = null;
  }
  await em.flush();
  for (const { line, entity, changedFields } of changed) {
    const row = rowByLine.get(line)!;
    if (changedFields.includes('NIF')) entity.nif = row.nif;
    if (changedFields.includes('DIR3_CODE')) entity.dir3Code = row.dir3Code;
  }
  await em.flush();
}

/**
 * The mutation's import: the provider's admins (checked by the resolver through
 * local-entity.policy.ts) load the list of their territory's entities.
 */
export async function importLocalEntityIdentifiers(
  context: RequestContext, input: { provider: string; csv: string; dryRun: boolean },
): Promise<ImportResult> {
  if (!context.identity.actor) throw new AuthenticationRequired();
  const provider = await context.em.findOne(ProviderEntity, { slug: input.provider });
  if (!provider) throw notFound(['input', 'provider']);
  return importIdentifiers(context.em, input.csv, { providerId: provider.id, dryRun: input.dryRun, field: ['input', 'csv'] });
}
