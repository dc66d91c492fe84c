import { EntityManager } from '@mikro-orm/postgresql';
import { referenceFitxes, demoFitxes } from './data/fitxes';
import { holidays } from './data/holidays';
import { localEntities } from './data/local-entities';
import { providers } from './data/providers';
import { providersByProvince, seedLocalEntities, seedMunicipalities } from './local-entity-seeding';
import { seedHolidays } from './holiday-seeding';
import { seedProviders, UpsertCounts } from './provider-seeding';
import { seedResources } from './resource-seeding';
import { SeedOptions } from './seed-options';

const describe = (counts: UpsertCounts) => `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;

/**
 * Data every installation needs: the four diputacions with their taxonomy, the local entities
 * (947 ajuntaments, consells comarcals, EMDs, mancomunitats, consorcis) and the fitxes of the two
 * source documents. Idempotent: run it in one transaction as often as you like.
 */
export async function seedReferenceData(em: EntityManager, options: SeedOptions): Promise<void> {
  const log = options.log ?? (() => undefined);

  const seeded = await seedProviders(em, providers);
  log(`Seeded ${providers.length} providers (${describe(seeded.providers)}); taxonomy rows: ${describe(seeded.taxonomy)}`);

  const provinces = await providersByProvince(em);
  const municipalities = await seedMunicipalities(em, provinces);
  log(`Seeded ${municipalities.total} municipalities (${describe(municipalities)})`);

  const others = await seedLocalEntities(em, localEntities, provinces);
  log(`Seeded ${localEntities.length} other local entities (${describe(others)})`);

  const seededHolidays = await seedHolidays(em, holidays);
  log(`Seeded ${holidays.length} holidays (${describe(seededHolidays)}; ${seededHolidays.keptFromAdmins} year sets kept as admins set them)`);

  const fitxes = await seedResources(em, referenceFitxes, options);
  log(`Seeded ${referenceFitxes.length} reference fitxes (${fitxes.created} created, ${fitxes.published} published, ${fitxes.existing} already present)`);
}

/** Demo fitxes on top of the reference data; only missing ones are created. */
export async function seedDemoData(em: EntityManager, options: SeedOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const fitxes = await seedResources(em, demoFitxes, options);
  log(`Seeded ${demoFitxes.length} demo fitxes (${fitxes.created} created, ${fitxes.published} published, ${fitxes.existing} already present)`);
}
