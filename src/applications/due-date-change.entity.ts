import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ApplicationEntity } from './application.entity';

/** Which of an application's due dates changed. */
export enum DueDateKind {
  /** The maximum term to resolve and notify (Llei 39/2015 art. 21). */
  RESOLUTION = 'RESOLUTION',
  /** The provider's own target (e.g. 55 business days in fitxa 111219). */
  TARGET = 'TARGET',
}

/** Why a due date changed. */
export enum DueDateChangeReason {
  /** Set when the application was registered. */
  SUBMITTED = 'SUBMITTED',
  /** Moved by the suspension of a request for corrections (art. 22.1.a). */
  SUSPENDED_FOR_CORRECTIONS = 'SUSPENDED_FOR_CORRECTIONS',
}

/**
 * One change of one of an application's due dates: which, from what, to what, why and when. Rows
 * are never changed; the application keeps the current dates, these keep how they came to be
 * (application-due-dates.service.ts writes both together).
 */
@Entity({ tableName: 'application_due_date_change' })
@Index({ properties: ['application', 'at'] })
export class ApplicationDueDateChangeEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApplicationEntity, { deleteRule: 'cascade' })
  application!: ApplicationEntity;

  @Enum({ items: () => DueDateKind, nativeEnumName: 'due_date_kind' })
  kind!: DueDateKind;

  /** Null for the first date of each kind. */
  @Property({ type: 'date', nullable: true })
  previous?: string | null;

  @Property({ type: 'date' })
  next!: string;

  @Enum({ items: () => DueDateChangeReason, nativeEnumName: 'due_date_change_reason' })
  reason!: DueDateChangeReason;

  /** Calendar days of the suspension that moved it; null when the change is not a suspension. */
  @Property({ type: 'smallint', nullable: true })
  suspendedDays?: number | null;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
