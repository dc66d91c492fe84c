import { run, Runner } from 'graphile-worker';
import { graphileLogger } from '../database/job-queue';
import { Database, withSchedulerEntityManager } from '../database/database';
import { Clock } from '../clock';
import { WebhookConfig } from '../config';
import { Logger } from '../logger';
import { deliverStream, WEBHOOK_TASK, WebhookStream } from './webhook-delivery.task';

/**
 * The instance's webhook runner: takes due jobs (LISTEN/NOTIFY, and polling for retries that
 * come due) with `FOR UPDATE SKIP LOCKED`, so any number of instances share the work and none
 * sends an attempt another one holds.
 *
 * Its statements run on the scheduler's pool (withSchedulerEntityManager), like every other
 * scheduled job, never on the requests' pool: deliveries must not starve behind request traffic
 * (issue 11), nor take connections from it. graphile-worker's own queries (taking jobs) use a pool
 * of its own, opened from `connectionString`.
 */
export async function startWebhookWorker(
  database: Pick<Database, 'scheduler' | 'clientUrl'>, config: WebhookConfig, clock: Clock, logger: Logger,
): Promise<Runner> {
  return run({
    connectionString: database.clientUrl,
    concurrency: config.concurrency,
    pollInterval: config.pollIntervalMs,
    noHandleSignals: true,
    logger: graphileLogger(logger),
    taskList: {
      [WEBHOOK_TASK]: async (payload) => {
        const stream = payload as WebhookStream;
        await withSchedulerEntityManager(database, (em) => deliverStream(em, config, clock, logger, { subscriptionId: stream.subscriptionId, aggregateId: stream.aggregateId }));
      },
    },
  });
}
