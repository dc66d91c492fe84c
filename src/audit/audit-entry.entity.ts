import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';

/**
 * One editorial action: who did what to which object, and when. Append-only: the database
 * refuses updates and deletes (see the migration that creates the table).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['providerId', 'createdAt'] })
export class AuditEntryEntity extends BaseEntity {
  @Property({ type: 'uuid' })
  providerId!: string;

  @Property({ type: 'string', length: 255 })
  actorSubject!: string;

  @Property({ type: 'string', length: 9 })
  actorNif!: string;

  @Property({ type: 'string', length: 200 })
  actorName!: string;

  /** e.g. "resource.publish". */
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Property({ type: 'string', length: 50 })
  targetType!: string;

  @Property({ type: 'uuid' })
  targetId!: string;

  @Property({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
