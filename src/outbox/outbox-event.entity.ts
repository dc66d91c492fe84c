import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';

/**
 * A change consumers may care about, written in the same transaction as the change itself, so
 * that no committed change is ever missed and no rolled-back one is ever announced. Webhook
 * delivery reads from here; `resourceChanges(since)` lets consumers catch up.
 */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['topic', 'sequence'] })
export class OutboxEventEntity extends BaseEntity {
  /** Commit-ordered position for consumers' cursors (a sequence: gaps are possible, reordering is not within one writer). */
  @Property({ type: new BigIntType('string'), autoincrement: true, unique: true, columnType: 'bigserial' })
  sequence!: string;

  /** e.g. "resource.published", "resource.unpublished", "resource.archived". */
  @Property({ type: 'string', length: 100 })
  topic!: string;

  @Property({ type: 'uuid', nullable: true })
  providerId?: string | null;

  @Property({ type: 'string', length: 50 })
  aggregateType!: string;

  @Property({ type: 'uuid' })
  aggregateId!: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;
}
