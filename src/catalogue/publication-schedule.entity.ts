import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ResourceEntity } from './resource.entity';

export enum ScheduledAction {
  PUBLISH = 'PUBLISH',
  UNPUBLISH = 'UNPUBLISH',
}

/**
 * A publication change that takes effect at an instant without anyone acting. Every instance
 * polls for due rows with FOR UPDATE SKIP LOCKED, so exactly one carries each out.
 */
@Entity({ tableName: 'publication_schedule' })
@Index({ name: 'publication_schedule_due_index', expression: 'create index "publication_schedule_due_index" on "publication_schedule" ("due_at") where "done_at" is null' })
export class PublicationScheduleEntity extends BaseEntity {
  @ManyToOne(() => ResourceEntity, { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  @Enum({ items: () => ScheduledAction, nativeEnumName: 'scheduled_action' })
  action!: ScheduledAction;

  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  /** The editor who scheduled it acts, for the audit log. */
  @Property({ type: 'string', length: 255 })
  scheduledBySubject!: string;

  @Property({ type: 'string', length: 9 })
  scheduledByNif!: string;

  @Property({ type: 'string', length: 200 })
  scheduledByName!: string;

  @Property({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;

  /** "DONE", or the codes of the user errors that prevented it (e.g. "REQUIRED"). */
  @Property({ type: 'string', length: 200, nullable: true })
  outcome?: string | null;
}
