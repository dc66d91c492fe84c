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

export function ormOptions(config: Config, clientUrl: string, logger?: Logger, pool: PoolOptions = {}): Options {
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
      max: pool.poolMax ?? config.databasePoolMax,
      acquireTimeoutMillis: config.databaseConnectTimeoutMs,
    },
    driverOptions: {
      // knex warns on the console about every dead pooled connection it discards; during an
      // outage that is one line per connection, so they go to debug (DatabaseAvailability logs the outage).
      ...(logger ? { log: knexLog(logger) } : {}),
      connection: {
        connectionTimeoutMillis: config.databaseConnectTimeoutMs,
        statement_timeout: config.databaseStatementTimeoutMs,
        application_name: pool.applicationName ?? 'cataleg-recursos',
      },
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(projectRoot, 'dist', 'migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.schema-snapshot',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => {
        if (!name) throw new Error('Name the migration: npm run migration:create -- <name>');
        return `Migration${timestamp}_${name}`;
      },
    },
  });
}
