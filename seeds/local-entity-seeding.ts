import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { LocalEntityType } from '../src/tenancy/local-entity-type';
import { LocalEntityEntity } from '../src/tenancy/local-entity.entity';
import { ProviderEntity } from '../src/tenancy/provider.entity';
import { assignChanged } from './assign-changed';
import { LocalEntitySeed } from './data/types';
import { loadMunicipalities } from './municipalities';
import { UpsertCounts } from './provider-seeding';

/** The diputació of each province: an entity belongs to the provider whose demarcació holds it. */
export async function providersByProvince(em: EntityManager): Promise<Map<string, ProviderEntity>> {
  const providers = await em.find(ProviderEntity, {});
  return new Map(providers.map((provider) => [provider.provinceCode, provider]));
}

function providerFor(provinces: Map<string, ProviderEntity>, provinceCode: string, what: string): ProviderEntity {
  const provider = provinces.get(provinceCode);
  if (!provider) throw new Error(`No provider is seeded for province ${provinceCode} (needed by ${what})`);
  return provider;
}

/**
 * Upserts the hand-written local entities by externalKey. NIF, INE code and comarca are written
 * only when the seed knows them, so a value an administrator recorded is never erased.
 */
export async function seedLocalEntities(em: EntityManager, seeds: LocalEntitySeed[], provinces: Map<string, ProviderEntity>): Promise<UpsertCounts> {
  assertLocalEntitySeedsConsistent(seeds);
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const existing = await em.find(LocalEntityEntity, { externalKey: { $in: seeds.map((s) => s.externalKey) } });
  const byKey = new Map(existing.map((entity) => [entity.externalKey, entity]));
  for (const seed of seeds) {
    const values: Partial<LocalEntityEntity> = {
      externalKey: seed.externalKey,
      name: seed.name,
      type: seed.type,
      provinceCode: seed.provinceCode,
      provider: providerFor(provinces, seed.provinceCode, seed.externalKey),
      ...(seed.nif ? { nif: seed.nif } : {}),
      ...(seed.ineCode ? { ineCode: seed.ineCode } : {}),
      ...(seed.comarcaCode ? { comarcaCode: seed.comarcaCode } : {}),
    };
    const entity = byKey.get(seed.externalKey);
    if (!entity) {
      em.persist(Object.assign(new LocalEntityEntity(), values));
      counts.created++;
    } else if (assignChanged(entity, values)) {
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  await em.flush();
  return counts;
}

/**
 * Inserts or corrects the 947 ajuntaments in one statement. A row is rewritten only when its
 * name, province or provider differ, or when the seed knows a NIF the row lacks, so a second run
 * writes nothing and updated_at stays put.
 */
export async function seedMunicipalities(em: EntityManager, provinces: Map<string, ProviderEntity>): Promise<UpsertCounts & { total: number }> {
  const rows = loadMunicipalities().map((municipality) => ({
    id: randomUUID(),
    name: municipality.name,
    nif: municipality.nif,
    ine_code: municipality.ineCode,
    external_key: municipality.externalKey,
    province_code: municipality.provinceCode,
    provider_id: providerFor(provinces, municipality.provinceCode, municipality.externalKey).id,
  }));
  // jsonb_to_recordset turns one JSON parameter into rows: one round trip, whatever the count.
  const result = await em.execute<{ inserted: boolean }[]>(
    `insert into local_entity as existing (id, name, type, nif, ine_code, external_key, province_code, provider_id)
     select incoming.id, incoming.name, '${LocalEntityType.AJUNTAMENT}'::local_entity_type, incoming.nif, incoming.ine_code,
            incoming.external_key, incoming.province_code, incoming.provider_id
       from jsonb_to_recordset(?::jsonb) as incoming(
              id uuid, name text, nif text, ine_code text, external_key text, province_code text, provider_id uuid)
     on conflict (external_key) do update set
       name = excluded.name, type = excluded.type, nif = coalesce(excluded.nif, existing.nif), ine_code = excluded.ine_code,
       province_code = excluded.province_code, provider_id = excluded.provider_id, updated_at = now()
     where (existing.name, existing.type, existing.ine_code, existing.province_code, existing.provider_id)
             is distinct from (excluded.name, excluded.type, excluded.ine_code, excluded.province_code, excluded.provider_id)
        or (excluded.nif is not null and existing.nif is distinct from excluded.nif)
     returning (xmax = 0) as inserted`,
    [JSON.stringify(rows)],
  );
  const created = result.filter((row) => row.inserted).length;
  const updated = result.length - created;
  return { total: rows.length, created, updated, unchanged: rows.length - result.length };
}

function assertLocalEntitySeedsConsistent(seeds: LocalEntitySeed[]): void {
  const problems: string[] = [];
  const seenKeys = new Set<string>();
  const seenNifs = new Set<string>();
  for (const seed of seeds) {
    if (seenKeys.has(seed.externalKey)) problems.push(`externalKey "${seed.externalKey}" appears twice`);
    seenKeys.add(seed.externalKey);
    if (seed.externalKey.startsWith('ine:')) problems.push(`${seed.externalKey}: municipalities come from the package, not from local-entities.ts`);
    if (seed.nif) {
      if (seenNifs.has(seed.nif)) problems.push(`NIF ${seed.nif} appears twice`);
      seenNifs.add(seed.nif);
    }
    if (seed.ineCode && !/^\d{5}$/.test(seed.ineCode)) problems.push(`${seed.externalKey}: INE code "${seed.ineCode}" is not 5 digits`);
    if (seed.ineCode && !seed.ineCode.startsWith(seed.provinceCode)) problems.push(`${seed.externalKey}: seat ${seed.ineCode} is outside province ${seed.provinceCode}`);
    if (seed.comarcaCode && !/^(0[1-9]|[1-3]\d|4[0-3])$/.test(seed.comarcaCode)) problems.push(`${seed.externalKey}: comarca code "${seed.comarcaCode}" is not 01–43`);
  }
  if (problems.length > 0) throw new Error(`Invalid local entity seed data:\n- ${problems.join('\n- ')}`);
}
