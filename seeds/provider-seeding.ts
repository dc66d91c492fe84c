import { EntityManager } from '@mikro-orm/postgresql';
import { AreaEntity } from '../src/tenancy/area.entity';
import { CatalogueEntity } from '../src/tenancy/catalogue.entity';
import { ProgrammeEntity } from '../src/tenancy/programme.entity';
import { ProviderUnitEntity } from '../src/tenancy/provider-unit.entity';
import { ProviderEntity } from '../src/tenancy/provider.entity';
import { assignChanged } from './assign-changed';
import { ProviderSeed } from './data/types';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ProviderSeedingResult {
  providers: UpsertCounts;
  taxonomy: UpsertCounts;
}

const emptyCounts = (): UpsertCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Rows keyed by (provider, code), the natural key of every taxonomy table. */
type TaxonomyRow = { provider: ProviderEntity; code: string };

const taxonomyKey = (providerId: string, code: string) => `${providerId}\u0000${code}`;

/**
 * Upserts the diputacions by slug and their areas, programmes, catalogues and units by
 * (provider, code). Rows that already match are left untouched. Taxonomy rows that are not in the
 * seed are kept: editors may have added them.
 */
export async function seedProviders(em: EntityManager, seeds: ProviderSeed[]): Promise<ProviderSeedingResult> {
  assertProviderSeedsConsistent(seeds);
  const result: ProviderSeedingResult = { providers: emptyCounts(), taxonomy: emptyCounts() };

  const existing = await em.find(ProviderEntity, { slug: { $in: seeds.map((s) => s.slug) } });
  const bySlug = new Map(existing.map((provider) => [provider.slug, provider]));
  for (const seed of seeds) {
    const values: Partial<ProviderEntity> = {
      slug: seed.slug,
      name: seed.name,
      nif: seed.nif,
      provinceCode: seed.provinceCode,
      seatMunicipalityCode: seed.seatMunicipalityCode,
      website: seed.website,
      electronicOfficeUrl: seed.electronicOfficeUrl ?? null,
    };
    const provider = bySlug.get(seed.slug);
    if (provider) {
      count(result.providers, assignChanged(provider, values));
    } else {
      const created = Object.assign(new ProviderEntity(), values);
      em.persist(created);
      bySlug.set(seed.slug, created);
      result.providers.created++;
    }
  }

  const providers = seeds.map((seed) => bySlug.get(seed.slug)!);
  const where = { provider: { $in: providers.map((p) => p.id) } };
  // One after the other: inside a transaction they share a single connection anyway.
  const areas = await em.find(AreaEntity, where);
  const programmes = await em.find(ProgrammeEntity, where);
  const catalogues = await em.find(CatalogueEntity, where);
  const units = await em.find(ProviderUnitEntity, where);
  const index = <T extends TaxonomyRow>(rows: T[]) => new Map(rows.map((row) => [taxonomyKey(row.provider.id, row.code), row]));
  const areaIndex = index(areas);
  const programmeIndex = index(programmes);
  const catalogueIndex = index(catalogues);
  const unitIndex = index(units);

  /** Finds the row by natural key, then creates it or brings it up to date. */
  const upsert = <T extends TaxonomyRow>(rows: Map<string, T>, make: () => T, provider: ProviderEntity, code: string, values: Partial<T>) => {
    const key = taxonomyKey(provider.id, code);
    const row = rows.get(key);
    if (row) {
      count(result.taxonomy, assignChanged(row, values));
      return row;
    }
    const created = Object.assign(make(), { provider, code }, values);
    em.persist(created);
    rows.set(key, created);
    result.taxonomy.created++;
    return created;
  };

  for (const seed of seeds) {
    const provider = bySlug.get(seed.slug)!;
    for (const area of seed.areas) {
      upsert(areaIndex, () => new AreaEntity(), provider, area.code, { name: area.name });
    }
    for (const programme of seed.programmes) {
      const area = programme.area ? areaIndex.get(taxonomyKey(provider.id, programme.area))! : null;
      upsert(programmeIndex, () => new ProgrammeEntity(), provider, programme.code, { name: programme.name, area });
    }
    for (const catalogue of seed.catalogues) {
      upsert(catalogueIndex, () => new CatalogueEntity(), provider, catalogue.code, {
        name: catalogue.name,
        startDate: catalogue.startDate ?? null,
        endDate: catalogue.endDate ?? null,
      });
    }
    for (const unit of seed.units) {
      upsert(unitIndex, () => new ProviderUnitEntity(), provider, unit.code, {
        name: unit.name,
        acronym: unit.acronym ?? null,
        phone: unit.phone ?? null,
        email: unit.email ?? null,
        contactFormUrl: unit.contactFormUrl ?? null,
        website: unit.website ?? null,
      });
    }
  }
  await em.flush();
  return result;
}

function count(counts: UpsertCounts, changed: boolean): void {
  if (changed) counts.updated++;
  else counts.unchanged++;
}

/** Catches typos in the data before anything is written. */
function assertProviderSeedsConsistent(seeds: ProviderSeed[]): void {
  const problems: string[] = [];
  const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);
  for (const slug of duplicates(seeds.map((s) => s.slug))) problems.push(`provider slug "${slug}" appears twice`);
  for (const province of duplicates(seeds.map((s) => s.provinceCode))) problems.push(`province ${province} has two providers`);
  for (const seed of seeds) {
    if (!/^[A-Z]\d{7}[A-Z0-9]$/.test(seed.nif)) problems.push(`${seed.slug}: NIF "${seed.nif}" is not letter + 7 digits + control`);
    if (!/^\d{2}$/.test(seed.provinceCode)) problems.push(`${seed.slug}: province code "${seed.provinceCode}" is not 2 digits`);
    if (!seed.seatMunicipalityCode.startsWith(seed.provinceCode)) problems.push(`${seed.slug}: seat ${seed.seatMunicipalityCode} is outside province ${seed.provinceCode}`);
    const lists: [string, { code: string }[]][] = [['area', seed.areas], ['programme', seed.programmes], ['catalogue', seed.catalogues], ['unit', seed.units]];
    for (const [kind, items] of lists) {
      for (const code of duplicates(items.map((item) => item.code))) problems.push(`${seed.slug}: ${kind} code "${code}" appears twice`);
    }
    const areaCodes = new Set(seed.areas.map((area) => area.code));
    for (const programme of seed.programmes) {
      if (programme.area && !areaCodes.has(programme.area)) problems.push(`${seed.slug}: programme "${programme.code}" names unknown area "${programme.area}"`);
    }
    for (const catalogue of seed.catalogues) {
      if (catalogue.startDate && catalogue.endDate && catalogue.startDate > catalogue.endDate) {
        problems.push(`${seed.slug}: catalogue "${catalogue.code}" ends before it starts`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Invalid provider seed data:\n- ${problems.join('\n- ')}`);
}
