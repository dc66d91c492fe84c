import { EntityManager } from '@mikro-orm/postgresql';
import { HolidayEntity } from '../src/calendar/holiday.entity';
import { HolidayScope } from '../src/calendar/holiday-scope';
import { assignChanged } from './assign-changed';
import { HolidaySeed } from './data/holidays';
import { UpsertCounts } from './provider-seeding';

const naturalKey = (date: string, scope: string, municipalityCode: string | null | undefined) => `${date}\u0000${scope}\u0000${municipalityCode ?? ''}`;
/** The unit `setHolidays` replaces: one year of the general calendar, or of one municipality. */
const groupKey = (date: string, scope: string, municipalityCode: string | null | undefined) =>
  `${date.slice(0, 4)}\u0000${scope === HolidayScope.LOCAL ? municipalityCode : 'general'}`;

export interface HolidaySeedingCounts extends UpsertCounts {
  /** Year-and-place sets left alone because an admin has set them with `setHolidays`. */
  keptFromAdmins: number;
}

/**
 * Upserts holidays by their natural key (date, scope, municipality); rows that already match are
 * not written. Admins own the data once they touch it: a year-and-place set that holds any row
 * with a source the seed does not use was set with `setHolidays`, and is left exactly as it is
 * (not updated, nothing re-created), so a restart never undoes an admin's correction. Rows that are
 * not in the seed are never deleted.
 */
export async function seedHolidays(em: EntityManager, seeds: HolidaySeed[]): Promise<HolidaySeedingCounts> {
  const counts: HolidaySeedingCounts = { created: 0, updated: 0, unchanged: 0, keptFromAdmins: 0 };
  if (!seeds.length) return counts;
  const seedSources = new Set(seeds.map((seed) => seed.source));
  const dates = seeds.map((seed) => seed.date).sort();
  const existing = await em.find(HolidayEntity, { date: { $gte: `${dates[0].slice(0, 4)}-01-01`, $lte: `${dates[dates.length - 1].slice(0, 4)}-12-31` } });
  const byKey = new Map(existing.map((row) => [naturalKey(row.date, row.scope, row.municipalityCode), row]));
  const adminGroups = new Set(existing.filter((row) => !seedSources.has(row.source)).map((row) => groupKey(row.date, row.scope, row.municipalityCode)));
  const skippedGroups = new Set<string>();
  for (const seed of seeds) {
    const group = groupKey(seed.date, seed.scope, seed.municipalityCode);
    if (adminGroups.has(group)) {
      skippedGroups.add(group);
      continue;
    }
    const key = naturalKey(seed.date, seed.scope, seed.municipalityCode);
    const row = byKey.get(key);
    if (row) {
      if (assignChanged(row, { name: seed.name, source: seed.source, replaces: seed.replaces })) counts.updated++;
      else counts.unchanged++;
    } else {
      byKey.set(key, em.create(HolidayEntity, { ...seed }));
      counts.created++;
    }
  }
  counts.keptFromAdmins = skippedGroups.size;
  await em.flush();
  return counts;
}
