import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../clock';
import { Logger } from '../logger';
import { WebhookConfig } from '../config';
import { nextAttemptAfterFailure } from './webhook-retry.rules';
import { sendWebhook } from './webhook-sender';
import { signWebhook } from './webhook-signature';
import { webhookBody } from './webhook-message';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';

/** graphile-worker's task name; the fan-out trigger and redelivery add jobs under it. */
export const WEBHOOK_TASK = 'webhook_deliver';

/** A run delivers at most this many deliveries of its stream, then queues itself again, so one busy object does not hold a worker slot forever. */
const MAX_DELIVERIES_PER_RUN = 50;

export interface WebhookStream { subscriptionId: string; aggregateId: string }

/**
 * The job key and queue name of one subscription's deliveries about one object. graphile-worker
 * runs the jobs of one named queue one at a time, across every instance, so an object's events
 * reach an endpoint one after the other and two instances never send the same attempt; the job
 * key keeps at most one waiting job per stream (see the fan-out trigger's `preserve_run_at`).
 */
export const streamKey = (stream: WebhookStream) => `webhook:${stream.subscriptionId}:${stream.aggregateId}`;

interface HeadRow {
  id: string; message_id: string; topic: string; attempts: number; first_attempt_at: Date | null; next_attempt_at: Date | null;
  payload: Record<string, unknown>; aggregate_type: string; aggregate_id: string; occurred_at: Date; slug: string;
  url: string; secret: string; previous_secret: string | null; previous_secret_expires_at: Date | null; enabled: boolean;
}

/**
 * Delivers a stream's pending deliveries oldest first, stopping at the first failure: that one is
 * retried later (a new job at its next attempt) and the ones after it wait, so order holds. A
 * delivery whose retry window is over is marked FAILED and the stream goes on.
 */
export async function deliverStream(
  em: EntityManager, config: WebhookConfig, clock: Clock, logger: Logger, stream: WebhookStream,
): Promise<void> {
  const connection = em.getConnection();
  const execute: Execute = (sql, parameters) => connection.execute(sql, parameters as never[]);
  for (let delivered = 0; delivered < MAX_DELIVERIES_PER_RUN; delivered += 1) {
    const [head] = await connection.execute<HeadRow[]>(
      `select d.id, d.message_id, d.topic, d.attempts, d.first_attempt_at, d.next_attempt_at,
              e.payload, e.aggregate_type, e.aggregate_id, e.created_at as occurred_at, p.slug,
              s.url, s.secret, s.previous_secret, s.previous_secret_expires_at, s.enabled
         from webhook_delivery d
         join webhook_subscription s on s.id = d.subscription_id
         join outbox_event e on e.id = d.event_id
         join provider p on p.id = s.provider_id
        where d.subscription_id = ? and d.aggregate_id = ? and d.status in ('PENDING', 'RETRYING')
        order by d.sequence limit 1`,
      [stream.subscriptionId, stream.aggregateId],
    );
    if (!head) return;
    if (!head.enabled) {
      await connection.execute(
        `update webhook_delivery set status = 'CANCELLED', next_attempt_at = null, updated_at = now()
          where subscription_id = ? and aggregate_id = ? and status in ('PENDING', 'RETRYING')`,
        [stream.subscriptionId, stream.aggregateId],
      );
      return;
    }
    const now = clock.now();
    if (head.next_attempt_at && new Date(head.next_attempt_at).getTime() > now.getTime()) {
      // Woken early (a new event of the object while the head waits): keep waiting.
      await scheduleStream(execute, stream, new Date(head.next_attempt_at));
      return;
    }
    const secrets = [head.secret];
    if (head.previous_secret && head.previous_secret_expires_at && new Date(head.previous_secret_expires_at) > now) secrets.push(head.previous_secret);
    const body = webhookBody({
      topic: head.topic, aggregateType: head.aggregate_type, aggregateId: head.aggregate_id, providerSlug: head.slug,
      payload: head.payload, occurredAt: new Date(head.occurred_at),
    });
    const headers = {
      'webhook-id': head.message_id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signWebhook(secrets, head.message_id, now, body),
    };
    const result = await sendWebhook(head.url, headers, body, config);
    const attemptedAt = clock.now();
    const firstAttemptAt = head.first_attempt_at ? new Date(head.first_attempt_at) : now;
    const attempts = head.attempts + 1;
    if (result.ok) {
      await connection.execute(
        `update webhook_delivery set status = 'DELIVERED', attempts = ?, first_attempt_at = ?, last_attempt_at = ?, delivered_at = ?,
                last_response_code = ?, last_error = null, next_attempt_at = null, updated_at = now() where id = ?`,
        [attempts, firstAttemptAt, attemptedAt, attemptedAt, result.responseCode, head.id],
      );
      continue;
    }
    const next = nextAttemptAfterFailure(config, attempts, firstAttemptAt, attemptedAt);
    // The attempt is recorded either way, but the status and the next attempt only while the
    // delivery is still due: the subscription may have been disabled (its deliveries CANCELLED)
    // while this attempt was on the wire, and a cancelled delivery must stay cancelled.
    const [recorded] = await connection.execute<{ status: WebhookDeliveryStatus }[]>(
      `update webhook_delivery
          set status = case when status in ('PENDING', 'RETRYING') then ? else status end,
              next_attempt_at = case when status in ('PENDING', 'RETRYING') then ?::timestamptz end,
              attempts = ?, first_attempt_at = ?, last_attempt_at = ?, last_response_code = ?, last_error = ?, updated_at = now()
        where id = ? returning status`,
      [next ? WebhookDeliveryStatus.RETRYING : WebhookDeliveryStatus.FAILED, next, attempts, firstAttemptAt, attemptedAt,
        result.responseCode, result.error?.slice(0, 300) ?? null, head.id],
    );
    if (recorded?.status === WebhookDeliveryStatus.CANCELLED) return;
    if (next) {
      await scheduleStream(execute, stream, next);
      return;
    }
    logger.warn({ subscription: stream.subscriptionId, delivery: head.id, attempts }, 'Webhook delivery failed for good after its retry window');
  }
  await scheduleStream(execute, stream, 'now');
}

export type Execute = (sql: string, parameters: unknown[]) => Promise<unknown>;

/**
 * Queues the stream's job: at `runAt` ('replace': a waiting job takes this time), or now unless a
 * job already waits ('preserve_run_at', as the fan-out trigger does, so a stream in backoff stays
 * in backoff). `execute` runs in the caller's transaction, so the job exists exactly when the
 * deliveries it is for do.
 */
export async function scheduleStream(execute: Execute, stream: WebhookStream, runAt: Date | 'now'): Promise<void> {
  const key = streamKey(stream);
  await execute(
    `select (graphile_worker.add_job(?, json_build_object('subscriptionId', ?::text, 'aggregateId', ?::text),
       queue_name := ?, run_at := ?::timestamptz, job_key := ?, job_key_mode := ?)).id`,
    [WEBHOOK_TASK, stream.subscriptionId, stream.aggregateId, key, runAt === 'now' ? null : runAt, key, runAt === 'now' ? 'preserve_run_at' : 'replace'],
  );
}
