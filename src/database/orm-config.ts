import path from 'node:path';
import { DataloaderType, LoadStrategy } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { Config } from '../config';
import { entities } from './entities';
import { Logger } from '../logger';

const knexLog = (logger: Logger) => ({
  warn: (message: unknown) => logger.debug({ knex: String(message) }, 'knex warning'),
  error: (message: unknown) => logger.debug({ knex: String(message) }, 'knex error'),
  deprecate: (message: unknown) => logger.debug({ knex: String(message) }, 'knex deprecation'),
  debug: (message: unknown) => logger.debug({ knex: String(message) }, 'knex debug'),
});

/** Folder of the compiled migrations (dist/migrations) next to their TypeScript sources (migrations/). */
const projectRoot = path.resolve(__dirname, '..', '..', '..');

export interface PoolOptions {
  /** Connections at most; the configuration's DATABASE_POOL_MAX when not given. */
  poolMax?: number;
  /** Names the pool's connections in pg_stat_activity. */
  applicationName?: string;
}

export interface OrmOptionsExtra extends PoolOptions {
  /**
   * Read and write the schema snapshot (migrations/.schema-snapshot.json). Only `npm run
   * migration:create` wants it: MikroORM rewrites the snapshot after every `up()` that applied
   * something, so with it on, a start, the test template and every migration test would rewrite a
   * tracked file. Without it the migrator diffs the entities against the migrated database itself,
   * which is what `checkMigrationNeeded()` in the tests means.
   */
  migrationSnapshot?: boolean;
}

export function ormOptions(config: Config, clientUrl: string, logger?: Logger, extra: OrmOptionsExtra = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { warnWhenNoEntities: true },
    extensions: [Migrator],
    loadStrategy: LoadStrategy.BALANCED,
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    allowGlobalContext: false,
    debug: config.logLevel === 'debug',
    pool: {
      min: 0,
      max: extra.poolMax ?? config.databasePoolMax,
      acquireTimeoutMillis: config.databaseConnectTimeoutMs,
    },
    driverOptions: {
      // knex warns on the console about every dead pooled connection it discards; during an
      // outage that is one line per connection, so they go to debug (DatabaseAvailability logs the outage).
      ...(logger ? { log: knexLog(logger) } : {}),
      connection: {
        connectionTimeoutMillis: config.databaseConnectTimeoutMs,
        statement_timeout: config.databaseStatementTimeoutMs,
        application_name: extra.applicationName ?? 'cataleg-recursos',
      },
    },
    schemaGenerator: {
      // graphile-worker's migrator creates and owns the `graphile_worker` schema at start-up (the
      // webhook delivery queue, src/database/job-queue.ts); it is not described by any entity, so
      // without this the schema diff would propose dropping it in every new migration.
      ignoreSchema: ['graphile_worker'],
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(projectRoot, 'dist', 'migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: extra.migrationSnapshot ?? false,
      snapshotName: '.schema-snapshot',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => {
        if (!name) throw new Error('Name the migration: npm run migration:create -- <name>');
        return `Migration${timestamp}_${name}`;
      },
    },
  });
}
