import { publishResource } from '../src/catalogue/resource-publication';
import { SNAPSHOT_POPULATE } from '../src/catalogue/resource-snapshot.compiler';
import { ResourceEntity } from '../src/catalogue/resource.entity';
import { loadConfig } from '../src/config';
import { Database, openDatabase } from '../src/database/database';
import { createLogger } from '../src/logger';
import { benchProductionEnv } from './bench-env';

/**
 * The writes of the mixed traffic: every interval, one published fitxa is published again through
 * publishResource, as an editor's publication would. Its content is unchanged, so every page keeps
 * its fitxes and order (the servers' answers stay comparable), but the published_resource row is
 * rewritten and the database's NOTIFY empties every response cache, as any publication does.
 */
export interface Publisher {
  start(intervalMs: number): void;
  /** Stops the timer, waits for a publication under way; how many were done and what failed. */
  stop(): Promise<{ publications: number; failures: string[] }>;
  close(): Promise<void>;
}

export async function openPublisher(databaseUrl: string): Promise<Publisher> {
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '1', ...(await benchProductionEnv()) });
  const database: Database = await openDatabase(config, createLogger('warn'), { migrate: false });
  const ids = (await database.orm.em.getConnection().execute<{ id: string }[]>('select resource_id as id from published_resource order by resource_id'))
    .map((row) => row.id);
  let next = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let publications = 0;
  let failures: string[] = [];

  const publishOne = async () => {
    // A stride prime to any realistic count walks through all fitxes without a generator.
    const id = ids[(next++ * 7919) % ids.length];
    try {
      await database.orm.em.fork().transactional(async (em) => {
        const resource = await em.findOneOrFail(ResourceEntity, { id }, { populate: SNAPSHOT_POPULATE });
        await publishResource(em, resource, { textSearchConfig: database.textSearchConfig, now: new Date() });
      });
      publications += 1;
    } catch (error) {
      failures.push(`publishing ${id}: ${(error as Error).message}`);
    }
  };

  return {
    start(intervalMs) {
      publications = 0;
      failures = [];
      timer = setInterval(() => {
        running = running.then(publishOne);
      }, intervalMs);
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
      return { publications, failures };
    },
    async close() {
      clearInterval(timer);
      await running;
      await database.close();
    },
  };
}
