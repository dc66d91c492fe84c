import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabase } from './database';

/**
 * Generates a named migration from the difference between the entities and the schema
 * snapshot: `npm run migration:create -- add_holidays`. The only command that uses the snapshot
 * (migrations/.schema-snapshot.json): it keeps it up to date for the next migration; starts and
 * tests leave it alone (see `OrmOptionsExtra.migrationSnapshot`).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    console.error('Usage: npm run migration:create -- <snake_case_name>');
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config, createLogger('warn'), { migrate: true, migrationSnapshot: true });
  try {
    const result = await database.orm.getMigrator().createMigration(undefined, false, false, name);
    if (!result.fileName) console.log('No changes: the entities match the migrations.');
    else console.log(`Created migrations/${result.fileName}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
