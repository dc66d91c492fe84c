import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../calendar/days';
import { deadlinePlaces, holidayCalendar } from '../calendar/holiday.service';
import { inExclusiveTransaction } from '../database/exclusive-job';
import { withoutTenantFilter } from '../database/tenant-filter';
import { notificationEffectiveAt } from '../notifications/notification.rules';
import { changeDueDates } from './application-due-dates.service';
import { ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { CorrectionRequestEntity } from './correction-request.entity';
import { correctionSuspension, movedDueDate } from './corrections.rules';
import { correctionTermLastDay } from './corrections.service';
import { DueDateChangeReason, DueDateKind } from './due-date-change.entity';

/** Key of the advisory lock that lets one instance at a time apply the ended suspensions. */
const SUSPENSION_LOCK = 'catalog:correction-suspension';

/**
 * Ends the suspension of the maximum term (art. 22.1.a) of every request for corrections whose term
 * ran out unanswered: "o, en su defecto, por el del transcurso del plazo concedido". Both due dates
 * move by the suspended days, with their history rows, and the request records the days
 * (`suspendedDays`, set in the same transaction as the move: that is the mark that the suspension
 * is applied, so it is applied once; a late answer afterwards, art. 73.3, moves nothing more).
 * Only applications still waiting for the answer (CORRECTIONS_REQUESTED): once desistiment is
 * declared the procedure is over and its due dates no longer count.
 *
 * One instance at a time runs it (inExclusiveTransaction; a concurrent run answers 0 at once); each application's row is
 * locked first, skipping rows another transaction holds (an answer arriving at the same moment),
 * and the request is re-read under that lock. Answers how many suspensions it applied.
 */
export async function applyEndedCorrectionSuspensions(rootEm: EntityManager, now: Date): Promise<number> {
  const applied = await inExclusiveTransaction(rootEm, SUSPENSION_LOCK, async (em) => {
    // A term in business days is never shorter than as many calendar days: the rest is decided by correctionSuspension.
    const candidates = await em.getConnection().execute<{ id: string; application_id: string }[]>(
      `select r.id, r.application_id from correction_request r
         join notification n on n.id = r.notification_id
         join application a on a.id = r.application_id
        where r.answered_at is null and r.suspended_days is null and a.status = ?
          and coalesce(n.accessed_at, n.deemed_rejected_at) + make_interval(days => r.term_days) < ?
        order by r.requested_at`,
      [ApplicationStatus.CORRECTIONS_REQUESTED, now], 'all', em.getTransactionContext(),
    );
    let count = 0;
    for (const row of candidates) {
      if (await applyIfEnded(em, row, now)) count += 1;
    }
    await em.flush();
    return count;
  });
  return applied ?? 0;
}

async function applyIfEnded(em: EntityManager, row: { id: string; application_id: string }, now: Date): Promise<boolean> {
  const reason = withoutTenantFilter('the suspension job ends the suspensions of every provider, with no caller');
  const application = await em.findOne(ApplicationEntity, { id: row.application_id }, { ...reason, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
  if (!application || application.status !== ApplicationStatus.CORRECTIONS_REQUESTED) return false;
  const request = await em.findOne(CorrectionRequestEntity, { id: row.id, answeredAt: null, suspendedDays: null }, { ...reason, refresh: true, populate: ['notification'] });
  if (!request) return false;
  const termLastDay = await correctionTermLastDay(em, application, request);
  const suspension = correctionSuspension({ notifiedAt: notificationEffectiveAt(request.notification), termLastDay, answeredAt: null }, now);
  if (suspension.state !== 'ENDED') return false;
  request.suspendedDays = suspension.days;
  await moveDueDatesBySuspension(em, application, suspension.days, now);
  return true;
}

/**
 * Moves both due dates by the suspended calendar days, then to a business day with the holidays of
 * the provider's seat and of the entity's municipality (the calendar the dates were computed with).
 * The application's provider and local entity must be loaded (correctionTermLastDay loads them).
 */
export async function moveDueDatesBySuspension(em: EntityManager, application: ApplicationEntity, days: number, at: Date): Promise<void> {
  if (days <= 0) return;
  const dates = [application.resolutionDueDate, application.targetDueDate].filter((day): day is string => day != null);
  if (!dates.length) return;
  const from = dates.reduce((a, b) => (a < b ? a : b));
  const to = addDays(dates.reduce((a, b) => (a > b ? a : b)), days + 60);
  const calendar = await holidayCalendar({ em }, from, to, deadlinePlaces(application.provider.seatMunicipalityCode, application.localEntity.ineCode ?? null));
  const move = (day: string | null | undefined) => (day ? movedDueDate(day, days, (d) => calendar.isBusinessDay(d)) : null);
  changeDueDates(em, application, { [DueDateKind.RESOLUTION]: move(application.resolutionDueDate), [DueDateKind.TARGET]: move(application.targetDueDate) }, {
    reason: DueDateChangeReason.SUSPENDED_FOR_CORRECTIONS, at, suspendedDays: days,
  });
}
