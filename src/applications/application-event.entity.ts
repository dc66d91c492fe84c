import { Entity, Enum, Index, ManyToOne, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';

/**
 * What happened to an application, in order: started, each step, and every change of status
 * (application.workflow.ts), which also records the status it left and the one it reached.
 */
@Entity({ tableName: 'application_event' })
@Index({ properties: ['application', 'occurredAt'] })
export class ApplicationEventEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  /** e.g. "started", "servicesSelected", "submitted", "discarded". */
  @Property({ type: 'string', length: 64 })
  type!: string;

  /** Null for acts the service performs by itself (a revocation procedure that lapses). */
  @Property({ type: 'string', length: 9, nullable: true })
  actorNif?: string | null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** The status it left; null for events that change no status (a step of the draft). */
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status', nullable: true })
  fromStatus?: ApplicationStatus | null;

  /** The status it reached; null exactly when `fromStatus` is. */
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status', nullable: true })
  toStatus?: ApplicationStatus | null;

  @Property({ type: 'jsonb' })
  details: Record<string, unknown> & Opt = {};
}
