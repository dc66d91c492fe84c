import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Config } from '../config';
import { Logger } from '../logger';
import { databaseUnavailableCause } from '../errors/error-mapping';
import { databaseConnectFailure } from '../startup-error';
import { DatabaseAvailability } from './database-availability';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ormOptions } from './orm-config';
import { ClientDatabaseShare } from './client-database-share';
import { createSchedulerPool, SchedulerPool } from './scheduler-pool';
import { migrateJobQueue } from './job-queue';

export interface Database {
  orm: MikroORM;
  /** Connection string of the server in use (embedded or DATABASE_URL). */
  clientUrl: string;
  /** The text search configuration used for free-text search: "catalan" where the server has it. */
  textSearchConfig: 'catalan' | 'simple';
  /** Logs an outage once, at its start and end (every statement that succeeds reports here). */
  availability: DatabaseAvailability;
  /** Scheduled work's own pool: pollers use `withSchedulerEntityManager`, never `orm`. */
  scheduler: SchedulerPool;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is not set, and brings the
 * schema up to date when MIGRATE_ON_START is on.
 */
export async function openDatabase(
  config: Config, logger: Logger, options: { migrate?: boolean; migrationSnapshot?: boolean } = {},
): Promise<Database> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
  const clientUrl = config.databaseUrl ?? embedded!.clientUrl;
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(ormOptions(config, clientUrl, logger, { migrationSnapshot: options.migrationSnapshot }));
    if (options.migrate ?? config.migrateOnStart) await migrate(orm, logger, clientUrl);
  } catch (error) {
    await embedded?.stop();
    throw config.databaseUrl ? databaseConnectFailure(error, config.databaseUrl, databaseUnavailableCause(error)) : error;
  }
  const textSearchConfig = await detectTextSearchConfig(orm);
  const availability = new DatabaseAvailability(logger);
  new ClientDatabaseShare({ perClient: config.databasePoolClientShare, waitMs: config.databaseConnectTimeoutMs })
    .attach(orm.em.getConnection().getKnex());
  orm.em.getConnection().getKnex().on('query-response', () => availability.succeeded());
  const scheduler = createSchedulerPool(config, clientUrl, logger, availability);
  return {
    orm,
    clientUrl,
    textSearchConfig,
    availability,
    scheduler,
    async close() {
      await scheduler.close();
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

/**
 * The project's migrations, then the job queue's own (graphile-worker's migrator creates and
 * upgrades the `graphile_worker` schema; the webhook fan-out trigger needs it).
 */
export async function migrate(orm: MikroORM, logger: Logger, clientUrl: string): Promise<void> {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  if (pending.length > 0) {
    logger.info({ pending: pending.map((m) => m.name) }, 'Applying migrations');
    await migrator.up();
  }
  await migrateJobQueue(clientUrl, logger);
}

/** PostgreSQL 16+ ships a Catalan stemmer; older servers fall back to accent-free "simple". */
async function detectTextSearchConfig(orm: MikroORM): Promise<'catalan' | 'simple'> {
  const rows = await orm.em.getConnection().execute<{ found: boolean }[]>(
    `select exists (select 1 from pg_ts_config where cfgname = 'catalan') as found`,
  );
  return rows[0]?.found ? 'catalan' : 'simple';
}

/** True when every migration in the build has been applied; used by the readiness probe. */
export async function migrationsApplied(orm: MikroORM): Promise<boolean> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.length === 0;
}

/**
 * Runs one poll of scheduled work on the scheduler's own pool, so it never waits behind request
 * traffic for a connection. `work` gets an entity manager of its own, with no tenant scope.
 */
export async function withSchedulerEntityManager<T>(database: Pick<Database, 'scheduler'>, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return work(await database.scheduler.entityManager());
}
