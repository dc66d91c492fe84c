import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Config } from '../config';
import { Logger } from '../logger';
import type { DatabaseAvailability } from './database-availability';
import { ormOptions } from './orm-config';

/**
 * The scheduled work's own small pool (DATABASE_SCHEDULER_POOL_MAX connections, 2 by default),
 * apart from the requests' pool: however busy request traffic keeps that one, a poller never waits
 * behind it for a connection (issue 11). Every poller (scheduled publications, notifications,
 * revocations…) and the webhook runner's deliveries take their entity manager here, through `withSchedulerEntityManager`, and never
 * from `database.orm`. Opened at the first use, so command-line tools that never poll do not pay
 * for a second pool.
 */
export interface SchedulerPool {
  /** A fresh entity manager on the scheduler's pool, for one run of a poller. */
  entityManager(): Promise<EntityManager>;
  close(): Promise<void>;
}

export function createSchedulerPool(config: Config, clientUrl: string, logger: Logger, availability: DatabaseAvailability): SchedulerPool {
  let opening: Promise<MikroORM> | undefined;
  let closed = false;
  const open = () => {
    if (closed) return Promise.reject(new Error('The scheduler pool is closed'));
    opening ??= MikroORM.init(ormOptions(config, clientUrl, logger, {
      poolMax: config.databaseSchedulerPoolMax, applicationName: 'cataleg-recursos-scheduler',
    })).then((orm) => {
      orm.em.getConnection().getKnex().on('query-response', () => availability.succeeded());
      return orm;
    }, (error: unknown) => {
      // The next poll tries again (the database may be down for a moment).
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    async entityManager() {
      return (await open()).em.fork();
    },
    async close() {
      closed = true;
      const orm = await opening?.catch(() => undefined);
      await orm?.close(true);
    },
  };
}
