import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config';
import { openDatabase } from '../src/database/database';
import { createLogger } from '../src/logger';
import { seedDemoData, seedReferenceData } from './seed';

/**
 * `npm run seed`: applies pending migrations, then seeds the reference data and, when SEED_DEMO is
 * on, the demo fitxes, all in one transaction so a failure leaves the database as it was.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger, { migrate: true });
  try {
    const options = {
      textSearchConfig: database.textSearchConfig,
      now: new Date(),
      log: (message: string) => logger.info(message),
    };
    await database.orm.em.fork().transactional(async (em) => {
      await seedReferenceData(em, options);
      if (config.seedDemo) await seedDemoData(em, options);
      else logger.info('Demo fitxes skipped (SEED_DEMO is off)');
    });
    logger.info('Seeding finished');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  // A configuration error says all there is to say; anything else gets its stack for diagnosis.
  if (error instanceof ConfigError) console.error(`Seeding failed: ${error.message}`);
  else console.error('Seeding failed:', error);
  process.exitCode = 1;
});
