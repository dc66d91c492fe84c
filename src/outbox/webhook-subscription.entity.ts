import { ArrayType, Entity, Index, ManyToOne, Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ProviderEntity } from '../tenancy/provider.entity';

/**
 * An endpoint of a provider's that receives the outbox events of its topics, signed as the
 * Standard Webhooks specification says. The trigger on `outbox_event` (see the migration that
 * creates this table) fans each event out to the enabled subscriptions of the event's provider.
 */
@Entity({ tableName: 'webhook_subscription' })
@Index({ properties: ['provider', 'enabled'] })
export class WebhookSubscriptionEntity extends BaseEntity {
  @ManyToOne(() => ProviderEntity, { deleteRule: 'cascade' })
  provider!: ProviderEntity;

  @Property({ type: 'string', length: 2000 })
  url!: string;

  /** Topic patterns: an exact topic ("application.submitted"), a prefix ("application.*") or "*". */
  @Property({ type: ArrayType, columnType: 'text[]' })
  topics!: string[];

  @Property({ type: 'string', length: 500, nullable: true })
  description?: string | null;

  @Property({ type: 'boolean', default: true })
  enabled: boolean & Opt = true;

  /**
   * The signing secret (`whsec_…`). Symmetric: the service must keep it to sign. Shown to the
   * admin once, when created or rotated; no GraphQL field reads it.
   */
  @Property({ type: 'string', length: 200, hidden: true })
  secret!: string;

  /** The secret before the last rotation: deliveries carry its signature too until it expires, so receivers can switch without a gap. */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  previousSecret?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;
}
