import { Logger as GraphileLogger, runMigrations } from 'graphile-worker';
import { Logger } from '../logger';

/** graphile-worker's messages in the service's log (warnings and errors only: its other lines name jobs, nothing more). */
export function graphileLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger(() => (level, message) => {
    if (level === 'error') logger.error({ component: 'graphile-worker' }, message);
    else if (level === 'warning') logger.warn({ component: 'graphile-worker' }, message);
  });
}

/**
 * The job queue's own tables (schema `graphile_worker`, graphile-worker 0.16), created and
 * upgraded by graphile-worker's migrator, not by the project's migrations. Run at start-up right
 * after the project's migrations by every process that migrates, because the webhook fan-out
 * trigger on `outbox_event` adds jobs with `graphile_worker.add_job`. Idempotent; each of its
 * migrations first records its number, so two instances starting together do not both apply it.
 */
export async function migrateJobQueue(connectionString: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: graphileLogger(logger) });
}
