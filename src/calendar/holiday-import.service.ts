import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '../graphql/context';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { requireActor } from '../identity/representation.service';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { HolidayEntity } from './holiday.entity';
import { canSetMunicipalHolidays } from './holiday.policy';
import { HolidayScope } from './holiday-scope';
import { parseLocalHolidayList } from './local-holiday-list';

/** What an import did, counted in holidays except where it says municipalities. */
export interface LocalHolidayImportReport {
  /** Data lines read. */
  rows: number;
  /** Municipalities of the file found among the ajuntaments (by INE code) and imported. */
  matched: number;
  /** Holidays written that were not there. */
  added: number;
  /** Holidays on the same day whose name changed. */
  updated: number;
  /** Holidays already there exactly as in the file. */
  unchanged: number;
  /** Holidays of an imported municipality and year that the file no longer lists. */
  removed: number;
  /** INE codes of the file that match no municipality; their lines are left out. */
  unmatched: string[];
  /** Municipalities outside the territories of the provinces the caller administers; left as they were. */
  outsideTerritory: number;
}

export interface LocalHolidayImportOptions {
  text: string;
  /** Where the dates come from, stored on every row written. */
  source: string;
  /** Whether the caller may write this province's municipalities; everyone when absent (the command line). */
  mayWriteProvince?: (providerSlug: string) => boolean;
  /** Progress, one line at a time, for the command line. */
  onProgress?: (message: string) => void;
}

export type LocalHolidayImportResult = { report: LocalHolidayImportReport | null; userErrors: UserError[] };

const MAX_SOURCE = 500;

/**
 * Imports the Generalitat's yearly list of local holidays (see local-holiday-list.ts) so that art.
 * 30.6 works for every municipality, not only the four seats. The whole file is checked first; then,
 * in one transaction, each municipality and year in the file gets exactly the file's holidays (as
 * `setHolidays` would set them), so importing the same file twice changes nothing.
 */
export async function importLocalHolidayList(em: EntityManager, options: LocalHolidayImportOptions): Promise<LocalHolidayImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const source = options.source.trim();
  const { rows, errors } = parseLocalHolidayList(options.text);
  if (!source) errors.unshift(userError(UserErrorCode.REQUIRED, ['input', 'source']));
  else if (source.length > MAX_SOURCE) errors.unshift(userError(UserErrorCode.TOO_LONG, ['input', 'source'], { max: MAX_SOURCE }));
  if (errors.length) {
    progress(`${errors.length} errors: nothing imported.`);
    return { report: null, userErrors: errors };
  }
  progress(`${rows.length} lines checked.`);

  const codes = [...new Set(rows.map((row) => row.municipality))];
  const entities = await em.find(LocalEntityEntity, { ineCode: { $in: codes }, type: LocalEntityType.AJUNTAMENT }, { populate: ['provider'] });
  const provinceOf = new Map(entities.map((entity) => [entity.ineCode!, entity.provider.slug]));
  const unmatched = codes.filter((code) => !provinceOf.has(code)).sort();
  const allowed = new Set(codes.filter((code) => provinceOf.has(code) && (options.mayWriteProvince?.(provinceOf.get(code)!) ?? true)));
  const outsideTerritory = codes.length - unmatched.length - allowed.size;
  const imported = rows.filter((row) => allowed.has(row.municipality));
  progress(`${allowed.size} municipalities matched, ${unmatched.length} unmatched, ${outsideTerritory} outside the caller's territory.`);

  const report: LocalHolidayImportReport = {
    rows: rows.length, matched: allowed.size, added: 0, updated: 0, unchanged: 0, removed: 0, unmatched, outsideTerritory,
  };
  if (!imported.length) return { report, userErrors: [] };

  const years = imported.map((row) => row.year);
  await em.transactional(async (tx) => {
    const existing = await tx.find(HolidayEntity, {
      scope: HolidayScope.LOCAL, municipalityCode: { $in: [...allowed] },
      date: { $gte: `${Math.min(...years)}-01-01`, $lte: `${Math.max(...years)}-12-31` },
    });
    const groups = new Set(imported.map((row) => `${row.municipality}|${row.year}`));
    const byKey = new Map(existing.map((row) => [`${row.municipalityCode}|${row.date}`, row]));
    const wanted = new Set(imported.map((row) => `${row.municipality}|${row.date}`));
    for (const row of existing) {
      // Only the municipality-years the file lists are replaced; other years stay as they are.
      if (groups.has(`${row.municipalityCode}|${row.date.slice(0, 4)}`) && !wanted.has(`${row.municipalityCode}|${row.date}`)) {
        tx.remove(row);
        report.removed += 1;
      }
    }
    imported.forEach((row, index) => {
      const current = byKey.get(`${row.municipality}|${row.date}`);
      if (!current) {
        tx.create(HolidayEntity, { date: row.date, name: row.name, scope: HolidayScope.LOCAL, municipalityCode: row.municipality, source, replaces: null });
        report.added += 1;
      } else {
        // A new source on the same holiday is recorded, but the holiday itself is unchanged.
        if (current.name !== row.name) report.updated += 1;
        else report.unchanged += 1;
        if (current.name !== row.name || current.source !== source) Object.assign(current, { name: row.name, source });
      }
      if ((index + 1) % 500 === 0) progress(`${index + 1}/${imported.length} holidays prepared.`);
    });
    progress('Writing…');
    // Cached anonymous answers (holidays, computeDeadline) are dropped at commit by the table's trigger.
    await tx.flush();
  });
  progress(`Done: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.removed} removed.`);
  return { report, userErrors: [] };
}

/**
 * `importLocalHolidays`: admins import the list for the municipalities of the provinces they
 * administer (the same rule as `setHolidays` for one municipality); the rest of the file is counted
 * as outside their territory. The command line (`npm run holidays:import`) imports every province.
 */
export async function importLocalHolidays(context: RequestContext, input: { csv: string; source: string }): Promise<LocalHolidayImportResult> {
  const actor = requireActor(context);
  const result = await importLocalHolidayList(context.em, {
    text: input.csv, source: input.source, mayWriteProvince: (slug) => canSetMunicipalHolidays(actor, slug),
  });
  if (result.report) {
    const { matched, added, updated, removed } = result.report;
    context.logger.info({ matched, added, updated, removed, subject: actor.subject }, 'Local holidays imported');
  }
  return result;
}
