import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabase } from './database';

/**
 * Generates a named migration from the difference between the entities and the schema
 * snapshot: `npm run migration:create -- add_holidays`.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    console.error('Usage: npm run migration:create -- <snake_case_name>');
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config, createLogger('warn'), { migrate: true });
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
