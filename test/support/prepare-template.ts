import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/database/database';
import { createLogger } from '../../src/logger';
import { seedDemoData, seedReferenceData } from '../../seeds/seed';
import { databaseUrl, TEMPLATE_DATABASE, withAdmin } from './databases';

/** Creates the template database: every migration and every seed, exactly as a first start does. */
async function main(): Promise<void> {
  await withAdmin(async (client) => {
    await client.query(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`);
    await client.query(`create database "${TEMPLATE_DATABASE}"`);
  });
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(TEMPLATE_DATABASE) });
  const database = await openDatabase(config, createLogger('warn'), { migrate: true });
  try {
    const options = { textSearchConfig: database.textSearchConfig, now: new Date('2026-11-23T10:00:00Z'), log: (m: string) => console.log(`  ${m}`) };
    await database.orm.em.fork().transactional(async (em) => {
      await seedReferenceData(em, options);
      await seedDemoData(em, options);
    });
    const [{ version }] = await database.orm.em.getConnection().execute<{ version: string }[]>("select current_setting('server_version') as version");
    console.log(`  Template ready on PostgreSQL ${version} (text search: ${database.textSearchConfig})`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
