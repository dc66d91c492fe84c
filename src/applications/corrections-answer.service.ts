import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../calendar/days';
import { deadlinePlaces, holidayCalendar } from '../calendar/holiday.service';
import { withoutTenantFilter } from '../database/tenant-filter';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { requireActor } from '../identity/representation.service';
import { NotificationEntity } from '../notifications/notification.entity';
import { notificationEffectiveAt } from '../notifications/notification.rules';
import { recordAccess } from '../notifications/notification.service';
import { RegistryEntryEntity } from '../registry/registry-entry.entity';
import { RegistrySubject } from '../registry/registry-direction';
import { loadApplicationForApplicant } from './application-access';
import { changeDueDates } from './application-due-dates.service';
import { isIdempotencyViolation } from './application-submission.service';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { transitionRefusal } from './application.workflow';
import { CorrectionRequestEntity } from './correction-request.entity';
import { correctionSuspension, movedDueDate } from './corrections.rules';
import { correctionTermLastDay, pendingCorrectionRequest } from './corrections.service';
import { DueDateChangeReason, DueDateKind } from './due-date-change.entity';
import { registerSignedAct } from './signed-act-registration.service';

export interface CorrectionAnswerResult {
  application: ApplicationEntity | null;
  correctionRequest: CorrectionRequestEntity | null;
  registryEntry: RegistryEntryEntity | null;
  userErrors: UserError[];
}

/**
 * A person acting for the entity answers the pending request for corrections: a statement and
 * files, signed (JWS or CAdES over the act's canonical JSON, Application.signedActContent with
 * subject CORRECTIONS_ANSWER) and registered like a submission, with its justificant. In one
 * transaction: the incoming entry, the answer on the request, the end of the suspension with the
 * due dates moved by the suspended days (and their history rows), the change of status back to
 * SUBMITTED with its event and outbox row. A late answer still counts (art. 73.3) until
 * desistiment is declared: the application is then no longer CORRECTIONS_REQUESTED.
 * Answering without having opened the notification shows knowledge of it: it counts as the access
 * (art. 40.3), so the term and the suspension run from then.
 *
 * Idempotent per person and key like every signed act: a retry answers with the entry registered first.
 */
export async function answerCorrections(
  context: RequestContext,
  input: { applicationId: string; statement: string; attachmentIds?: string[] | null; signature: string; idempotencyKey: string },
): Promise<CorrectionAnswerResult> {
  const actor = requireActor(context);
  try {
    return await context.em.transactional(async (em) => {
      const application = await loadApplicationForApplicant(context, em, input.applicationId);
      const refused = (userErrors: UserError[]): CorrectionAnswerResult => ({ application, correctionRequest: null, registryEntry: null, userErrors });
      const now = context.clock.now();
      const act = { subject: RegistrySubject.CORRECTIONS_ANSWER as const, statement: input.statement, attachmentIds: input.attachmentIds ?? [], signature: input.signature, idempotencyKey: input.idempotencyKey, at: now };

      const answered = await answeredWithKey(em, application, actor.subject, input.idempotencyKey);
      if (answered) {
        // A retry of an answer already registered: the same entry, nothing new (or IDEMPOTENCY_KEY_REUSED for other content).
        const replay = await registerSignedAct(context, em, application, act);
        if (!replay.ok) return refused(replay.userErrors);
        return { application, correctionRequest: answered, registryEntry: replay.entry, userErrors: [] };
      }
      const outOfOrder = transitionRefusal('answerCorrections', { status: application.status, now });
      const request = outOfOrder ? null : await pendingCorrectionRequest(em, application.id);
      if (outOfOrder || !request) return refused([userError(outOfOrder ?? UserErrorCode.INVALID_STATUS, ['input', 'applicationId'])]);
      if (!input.statement.trim()) return refused([userError(UserErrorCode.REQUIRED, ['input', 'statement'])]);

      const registration = await registerSignedAct(context, em, application, act);
      if (!registration.ok) return refused(registration.userErrors);

      // Locked like an open, so an open at the same moment and this answer record one access.
      const notification = await em.findOneOrFail(NotificationEntity, request.notification.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['document'], ...withoutTenantFilter('the notification of the request of the application loaded for the caller above'),
      });
      recordAccess(em, notification, { nif: actor.nif, at: now, applicationId: application.id, providerId: application.provider.id });
      request.answerEntry = registration.entry;
      request.answeredAt = now;

      const termLastDay = await correctionTermLastDay(em, application, request);
      const suspension = correctionSuspension({ notifiedAt: notificationEffectiveAt(notification), termLastDay, answeredAt: now }, now);
      if (suspension.state === 'ENDED') {
        request.suspendedDays = suspension.days;
        await moveDueDates(em, application, suspension.days, now);
      }
      applyTransition(em, application, 'answerCorrections', now, {
        actorNif: actor.nif, details: { registryNumber: registration.entry.number, suspendedDays: request.suspendedDays ?? 0 },
        announce: { registryNumber: registration.entry.number },
      });
      await em.flush();
      return { application, correctionRequest: request, registryEntry: registration.entry, userErrors: [] };
    });
  } catch (error) {
    // Two first attempts with one key met at the unique index: the second is a reuse.
    if (error instanceof UniqueConstraintViolationException && isIdempotencyViolation(error)) {
      return { application: null, correctionRequest: null, registryEntry: null, userErrors: [userError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, ['input', 'idempotencyKey'])] };
    }
    throw error;
  }
}

/** The request this person already answered with this key, if any (a retry). */
async function answeredWithKey(em: EntityManager, application: ApplicationEntity, subject: string, key: string): Promise<CorrectionRequestEntity | null> {
  const entry = await em.findOne(RegistryEntryEntity, { signedBySubject: subject, idempotencyKey: key }, {
    ...withoutTenantFilter("a repeated act is looked up by the signer's own subject and key"),
  });
  if (!entry) return null;
  return em.findOne(CorrectionRequestEntity, { application: application.id, answerEntry: entry.id }, {
    populate: ['notification.document', 'outgoingEntry', 'answerEntry'], ...withoutTenantFilter('the request of the application loaded for the caller above'),
  });
}

/**
 * Moves both due dates by the suspended calendar days, then to a business day with the holidays of
 * the provider's seat and of the entity's municipality (the calendar the dates were computed with).
 */
async function moveDueDates(em: EntityManager, application: ApplicationEntity, days: number, at: Date): Promise<void> {
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
