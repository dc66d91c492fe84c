import { randomUUID } from 'node:crypto';
import { ReferenceKind } from '@mikro-orm/core';
import { Client } from 'pg';
import { publishResource } from '../src/catalogue/resource-publication';
import { SNAPSHOT_POPULATE } from '../src/catalogue/resource-snapshot.compiler';
import { ResourceEntity } from '../src/catalogue/resource.entity';
import { loadConfig } from '../src/config';
import { Database, openDatabase } from '../src/database/database';
import { createLogger } from '../src/logger';
import { seedDemoData, seedReferenceData } from '../seeds/seed';
import { benchProductionEnv } from './bench-env';

export interface SeedSummary {
  published: number;
  seededFitxes: number;
  byProvider: { slug: string; count: number }[];
  /** Fitxes spread over the providers, for the lookup scenarios. */
  lookupCodes: { provider: string; code: string }[];
  /** The text search configuration the service detected; the raw endpoint searches with the same one. */
  textSearchConfig: 'catalan' | 'simple';
  seconds: number;
}

const CHUNK = 2000;
const PUBLISH_BATCH = 10;
const PUBLISH_CONCURRENCY = 2;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function columnsOf(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`Table ${table} not found`);
  return rows.map((row) => row.column_name);
}

/**
 * `insert into table (…) select … from clones join table` with some columns replaced: copies
 * the rows of the source fitxes for every clone in one statement.
 */
function cloneStatement(table: string, columns: string[], joinColumn: string, overrides: Record<string, string>): string {
  const unknown = Object.keys(overrides).filter((column) => !columns.includes(column));
  if (unknown.length) throw new Error(`${table} has no column ${unknown.join(', ')}: update bench/bulk-seed.ts`);
  const select = columns.map((column) => overrides[column] ?? `x.${quote(column)}`);
  return `with c as (select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::uuid[]) as c(source_id, id, code, n, provider_id))
    insert into ${quote(table)} (${columns.map(quote).join(', ')})
    select ${select.join(', ')} from c join ${quote(table)} x on x.${quote(joinColumn)} = c.source_id`;
}

/** The tables of a fitxa's own rows (translations, requirements, documents…), from the ORM metadata. */
function childTables(database: Database): { table: string; column: string }[] {
  const metadata = database.orm.getMetadata();
  const resource = metadata.get(ResourceEntity.name);
  return resource.relations
    .filter((property) => property.kind === ReferenceKind.ONE_TO_MANY)
    .map((property) => {
      const target = metadata.get(property.type);
      const owner = target.properties[property.mappedBy as keyof typeof target.properties];
      return { table: target.tableName, column: owner.fieldNames[0] };
    });
}

async function inBatches<T>(items: T[], size: number, concurrency: number, run: (batch: T[]) => Promise<void>): Promise<void> {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      await run(batch);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
}

/**
 * Migrates and seeds the fresh database, then clones the published seed fitxes (relational
 * rows copied by SQL, with new ids, codes and titles) until `target` fitxes are published, and
 * publishes every clone through publishResource so the catalogue serves real snapshots.
 */
export async function seedBench(databaseUrl: string, target: number, log: (message: string) => void): Promise<SeedSummary> {
  const started = Date.now();
  const logger = createLogger('warn');
  const config = loadConfig({
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: String(PUBLISH_CONCURRENCY + 1), ...(await benchProductionEnv()),
  });
  const database = await openDatabase(config, logger, { migrate: true });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const now = new Date();
    const options = { textSearchConfig: database.textSearchConfig, now, log: (message: string) => log(`  seed: ${message}`) };
    await database.orm.em.fork().transactional(async (em) => {
      await seedReferenceData(em, options);
      await seedDemoData(em, options);
    });

    const sources = (await client.query<{ id: string; code: string }>(
      `select r.id, r.code from resource r join published_resource pr on pr.resource_id = r.id
       join provider p on p.id = r.provider_id order by p.slug, r.code`,
    )).rows;
    const seededFitxes = sources.length;
    const providers = (await client.query<{ id: string }>('select id from provider order by slug')).rows.map((row) => row.id);
    if (seededFitxes === 0) throw new Error('The seeds published no fitxa: nothing to clone');
    const needed = Math.max(0, target - seededFitxes);
    log(`Seeds published ${seededFitxes} fitxes; cloning ${needed} more (${database.textSearchConfig} text search)`);

    const tables = childTables(database);
    const resourceColumns = await columnsOf(client, 'resource');
    // A clone may go to another provider: its catalogue, area, programme and unit become that
    // provider's of the same code, else its first one by code.
    const sameCodeIn = (table: string, column: string) => `case when x.${column} is null then null else coalesce(
        (select t.id from ${table} t where t.provider_id = c.provider_id and t.code = (select s.code from ${table} s where s.id = x.${column})),
        (select t.id from ${table} t where t.provider_id = c.provider_id order by t.code limit 1)) end`;
    const resourceStatement = cloneStatement('resource', resourceColumns, 'id', {
      id: 'c.id', code: 'c.code', provider_id: 'c.provider_id', status: `'DRAFT'`, version: '1',
      first_published_at: 'null', published_at: 'null', created_at: 'now()', updated_at: 'now()',
      catalogue_id: sameCodeIn('catalogue', 'catalogue_id'), area_id: sameCodeIn('area', 'area_id'),
      programme_id: sameCodeIn('programme', 'programme_id'), provider_unit_id: sameCodeIn('provider_unit', 'provider_unit_id'),
    });
    const childStatements: string[] = [];
    for (const { table, column } of tables) {
      const columns = await columnsOf(client, table);
      const overrides: Record<string, string> = { id: 'gen_random_uuid()', [column]: 'c.id', created_at: 'now()', updated_at: 'now()' };
      // Distinct titles that start with the clone's number: ordered by title, a page mixes
      // every seed fitxa (consecutive clones come from consecutive seed fitxes).
      if (table === 'resource_translation') overrides.title = `lpad(c.n::text, 6, '0') || ' · ' || left(x.title, 285)`;
      childStatements.push(cloneStatement(table, columns, column, overrides));
    }

    const publication = { textSearchConfig: database.textSearchConfig, now };
    for (let done = 0; done < needed;) {
      const size = Math.min(CHUNK, needed - done);
      const clones = Array.from({ length: size }, (_, i) => {
        const n = done + i + 1;
        // Round by round, every seed fitxa is cloned into the next provider: clones spread evenly.
        const source = sources[(done + i) % seededFitxes];
        const providerId = providers[Math.floor((done + i) / seededFitxes) % providers.length];
        // The number first, as in the titles: ordered by code or by title, the first page holds
        // the same clones.
        return { sourceId: source.id, id: randomUUID(), code: `${String(n).padStart(6, '0')}-${source.code.slice(0, 24)}`, n, providerId };
      });
      const parameters = [
        clones.map((c) => c.sourceId), clones.map((c) => c.id), clones.map((c) => c.code), clones.map((c) => c.n), clones.map((c) => c.providerId),
      ];
      await client.query('begin');
      try {
        await client.query(resourceStatement, parameters);
        for (const statement of childStatements) await client.query(statement, parameters);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }

      await inBatches(clones.map((c) => c.id), PUBLISH_BATCH, PUBLISH_CONCURRENCY, async (ids) => {
        await database.orm.em.fork().transactional(async (em) => {
          const resources = await em.find(ResourceEntity, { id: { $in: ids } }, { populate: SNAPSHOT_POPULATE });
          if (resources.length !== ids.length) throw new Error(`Expected ${ids.length} clones, found ${resources.length}`);
          for (const resource of resources) await publishResource(em, resource, publication);
        });
      });
      done += size;
      log(`seeded ${seededFitxes + done}/${seededFitxes + needed} published fitxes (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }

    // Fresh statistics, and no autovacuum waking up in the middle of a measurement.
    await client.query('vacuum analyze');
    const [{ published }] = (await client.query<{ published: number }>('select count(*)::int as published from published_resource')).rows;
    if (published < target) throw new Error(`Only ${published} fitxes published, expected ${target}`);
    const byProvider = (await client.query<{ slug: string; count: number }>(
      `select p.slug, count(*)::int as count from published_resource pr join provider p on p.id = pr.provider_id group by p.slug order by p.slug`,
    )).rows;
    const lookupCodes = (await client.query<{ provider: string; code: string }>(
      `select provider, code from (
         select p.slug as provider, pr.code, row_number() over (partition by p.slug order by md5(pr.code)) as rank
         from published_resource pr join provider p on p.id = pr.provider_id) ranked
       where rank <= 3 order by rank, provider limit 8`,
    )).rows;
    return { published, seededFitxes, byProvider, lookupCodes, textSearchConfig: database.textSearchConfig, seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
}
