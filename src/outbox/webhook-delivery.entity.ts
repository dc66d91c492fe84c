import { BigIntType, Entity, Index, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

export enum WebhookDeliveryStatus {
  /** Waiting for its first attempt, or for the deliveries before it of the same object. */
  PENDING = 'PENDING',
  /** An attempt failed; the next one is at `nextAttemptAt`. */
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  /** Every attempt of the retry window failed. */
  FAILED = 'FAILED',
  /** The subscription was disabled before it was delivered. */
  CANCELLED = 'CANCELLED',
}

/**
 * One event for one subscription, with its attempts. Written by the fan-out trigger in the
 * transaction of the event itself; delivered by the job queue (webhook-delivery.task.ts) in
 * `sequence` order per subscription and object, so a receiver sees an object's changes in order.
 */
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['subscription', 'aggregateId', 'sequence'] })
@Index({ properties: ['subscription', 'sequence'] })
export class WebhookDeliveryEntity extends BaseEntity {
  @Property({ type: new BigIntType('string'), autoincrement: true, unique: true, columnType: 'bigserial' })
  sequence!: string;

  @ManyToOne(() => WebhookSubscriptionEntity, { deleteRule: 'cascade' })
  subscription!: WebhookSubscriptionEntity;

  @ManyToOne(() => OutboxEventEntity, { deleteRule: 'cascade' })
  event!: OutboxEventEntity;

  /** The object the event is about; deliveries of one object go out one after the other. */
  @Property({ type: 'uuid' })
  aggregateId!: string;

  @Property({ type: 'string', length: 100 })
  topic!: string;

  /** `webhook-id`: the same for every attempt and redelivery of this event to this subscription, so receivers can deduplicate. */
  @Property({ type: 'string', length: 100 })
  messageId!: string;

  @Property({ type: 'string', length: 20, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus & Opt = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: 'timestamptz', nullable: true })
  firstAttemptAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date | null;

  /** HTTP status of the last answer; null when there was none (refused address, timeout, connection error). */
  @Property({ type: 'integer', nullable: true })
  lastResponseCode?: number | null;

  /** Why the last attempt failed, in the service's words (never the receiver's body). */
  @Property({ type: 'string', length: 300, nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  /** Set on a delivery made by `redeliverWebhook`: the one it repeats. */
  @Property({ type: 'uuid', nullable: true })
  redeliveryOf?: string | null;
}
