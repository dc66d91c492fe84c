import { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationEntity } from './application.entity';
import { ApplicationDueDateChangeEntity, DueDateChangeReason, DueDateKind } from './due-date-change.entity';

const COLUMN: Record<DueDateKind, 'resolutionDueDate' | 'targetDueDate'> = {
  [DueDateKind.RESOLUTION]: 'resolutionDueDate',
  [DueDateKind.TARGET]: 'targetDueDate',
};

/**
 * The one way an application's due dates change: sets the new dates and writes a history row for
 * each that actually changed, in the caller's transaction (the caller flushes). A kind left out,
 * or given as null, stays as it is (a fitxa without a target never gets one).
 */
export function changeDueDates(
  em: EntityManager, application: ApplicationEntity,
  next: Partial<Record<DueDateKind, string | null>>,
  change: { reason: DueDateChangeReason; at: Date; suspendedDays?: number | null },
): ApplicationDueDateChangeEntity[] {
  const rows: ApplicationDueDateChangeEntity[] = [];
  for (const kind of Object.values(DueDateKind)) {
    const date = next[kind];
    const previous = application[COLUMN[kind]] ?? null;
    if (date == null || date === previous) continue;
    application[COLUMN[kind]] = date;
    rows.push(em.create(ApplicationDueDateChangeEntity, {
      application, kind, previous, next: date, reason: change.reason, suspendedDays: change.suspendedDays ?? null, at: change.at,
    }));
  }
  return rows;
}
