import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config';
import { Database, openDatabase } from '../../src/database/database';
import { createLogger } from '../../src/logger';
import { ddgiAdministracioElectronica } from '../../seeds/data/fitxes/ddgi-administracio-electronica';
import { ResourceSeed } from '../../seeds/data/types';
import { seedResources } from '../../seeds/resource-seeding';
import { seedDemoData, seedReferenceData } from '../../seeds/seed';
import { TermUnit } from '../../src/catalogue/resource-enums';
import { createTestDatabase } from '../support/databases';

/** A fingerprint of every seeded table: row counts and a hash of the full contents. */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = ['provider', 'catalogue', 'area', 'programme', 'provider_unit', 'local_entity', 'resource', 'resource_translation',
    'requirement', 'resource_document', 'service_option', 'application_window', 'quality_commitment', 'legal_reference',
    'procedure_step', 'interlocutor_role', 'published_resource'];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await database.orm.em.getConnection().execute<{ digest: string }[]>(
      `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from "${table}" t`);
    result[table] = row.digest;
  }
  return result;
}

describe('seeds', () => {
  let database: Database;
  let drop: () => Promise<void>;
  before(async () => {
    const copy = await createTestDatabase();
    drop = copy.drop;
    database = await openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: copy.url }), createLogger('silent'));
  });
  after(async () => {
    await database?.close();
    await drop?.();
  });

  it('change nothing when run again', async () => {
    const before = await fingerprint(database);
    const options = { textSearchConfig: database.textSearchConfig, now: new Date('2026-12-01T08:00:00Z') };
    await database.orm.em.fork().transactional(async (em) => {
      await seedReferenceData(em, options);
      await seedDemoData(em, options);
    });
    assert.deepEqual(await fingerprint(database), before);
  });

  it('hold the 947 municipalities, four diputacions and at least 30 published fitxes besides the two sources', async () => {
    const [counts] = await database.orm.em.getConnection().execute<{ municipalities: string; providers: string; published: string }[]>(
      `select (select count(*) from local_entity where type = 'AJUNTAMENT') as municipalities,
              (select count(*) from provider) as providers, (select count(*) from published_resource) as published`);
    assert.equal(Number(counts.municipalities), 947);
    assert.equal(Number(counts.providers), 4);
    assert.ok(Number(counts.published) >= 32);
  });

  /** Seeds the fitxes in a transaction of their own; rolls it back when `rollBack` (after checking what was written). */
  const seedFitxes = (seeds: ResourceSeed[], inside?: (em: any) => Promise<void>) => database.orm.em.fork().transactional(async (em) => {
    await seedResources(em, seeds, { textSearchConfig: database.textSearchConfig, now: new Date('2026-12-01T08:00:00Z') });
    if (inside) await inside(em);
  });
  const ROLL_BACK = new Error('roll back');

  it('refuse a bad fitxa loudly, naming the fitxa and each field, and write nothing', async () => {
    const before = await fingerprint(database);
    const good: ResourceSeed = { ...ddgiAdministracioElectronica, code: 'SEED-GOOD' };
    const bad: ResourceSeed = {
      ...ddgiAdministracioElectronica, code: 'SEED-BAD', unit: 'no-such-unit', resolutionTerm: { amount: 2147483647, unit: TermUnit.MONTHS },
    };
    await assert.rejects(seedFitxes([good, bad]), (error: Error) => {
      assert.match(error.message, /nothing was written/);
      assert.match(error.message, /ddgi\/SEED-BAD: resolutionTerm\.amount: Out of the allowed range: at least 1, at most 24\. \(OUT_OF_RANGE\)/);
      assert.match(error.message, /ddgi\/SEED-BAD: unitCode: .*\(UNKNOWN_CODE\)/);
      assert.doesNotMatch(error.message, /SEED-GOOD/);
      return true;
    });
    assert.deepEqual(await fingerprint(database), before);
  });

  it('hold a fitxa to be published to the publication check, and a draft only to the save rules', async () => {
    const before = await fingerprint(database);
    const catalan = ddgiAdministracioElectronica.translations.CA!;
    const incomplete: ResourceSeed = { ...ddgiAdministracioElectronica, code: 'SEED-INCOMPLETE', translations: { CA: { ...catalan, summary: undefined } } };
    await assert.rejects(seedFitxes([incomplete]), /ddgi\/SEED-INCOMPLETE: translations\.CA\.summary: .*\(REQUIRED\)/);
    assert.deepEqual(await fingerprint(database), before);

    await assert.rejects(seedFitxes([{ ...incomplete, publish: false }], async (em) => {
      const [row] = await em.execute(`select r.status, (select count(*) from published_resource p where p.resource_id = r.id)::int as published
        from resource r where r.code = 'SEED-INCOMPLETE'`);
      assert.deepEqual({ ...row }, { status: 'DRAFT', published: 0 });
      throw ROLL_BACK;
    }), ROLL_BACK);
  });

  it('run on a schema built by the migrations, which match the entities exactly', async () => {
    assert.equal(await database.orm.getMigrator().checkMigrationNeeded(), false, 'run `npm run migration:create -- <name>`');
  });
});
