import { run, Runner } from 'graphile-worker';
import { graphileLogger } from '../database/job-queue';
import { MikroORM } from '@mikro-orm/postgresql';
import { Clock } from '../clock';
import { WebhookConfig } from '../config';
import { Logger } from '../logger';
import { deliverStream, WEBHOOK_TASK, WebhookStream } from './webhook-delivery.task';

/**
 * The instance's webhook runner: takes due jobs (LISTEN/NOTIFY, and polling for retries that
 * come due) with `FOR UPDATE SKIP LOCKED`, so any number of instances share the work and none
 * sends an attempt another one holds.
 */
export async function startWebhookWorker(
  orm: MikroORM, connectionString: string, config: WebhookConfig, clock: Clock, logger: Logger,
): Promise<Runner> {
  return run({
    connectionString,
    concurrency: config.concurrency,
    pollInterval: config.pollIntervalMs,
    noHandleSignals: true,
    logger: graphileLogger(logger),
    taskList: {
      [WEBHOOK_TASK]: async (payload) => {
        const stream = payload as WebhookStream;
        await deliverStream(orm, config, clock, logger, { subscriptionId: stream.subscriptionId, aggregateId: stream.aggregateId });
      },
    },
  });
}
