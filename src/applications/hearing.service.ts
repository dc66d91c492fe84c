import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { TermUnit } from '../catalogue/resource-enums';
import { catalanDate } from '../clock';
import { addDays } from '../calendar/days';
import { computeDeadline } from '../calendar/deadline';
import { DeadlineStart } from '../calendar/deadline-start';
import { DeadlineParty } from '../calendar/deadline-party';
import { deadlinePlaces, loadHolidays } from '../calendar/holiday.service';
import { withoutTenantFilter } from '../database/tenant-filter';
import { invalid } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { requireActor } from '../identity/representation.service';
import { NotificationAct } from '../notifications/notification-act';
import { deemedRejectionAt, isDueForDeemedRejection, notificationEffectiveAt } from '../notifications/notification.rules';
import { makeNotificationAvailable } from '../notifications/notification.service';
import { enqueueEvent } from '../outbox/outbox.service';
import { hearingNoticeTitle, renderHearingNoticePdf } from '../registry/hearing-notice-pdf';
import { RegistrySubject } from '../registry/registry-direction';
import { loadApplicationForReviewer } from './application-access';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationStatus } from './application-status';
import { ApplicationEntity } from './application.entity';
import { HearingPurpose } from './hearing-purpose';
import { HearingEntity } from './hearing.entity';
import { HEARING_TERM_DAYS, hearingIsConcluded, hearingTermRefusal, termOverAt } from './hearing.rules';
import { issueOutgoingDocument, procedureParties } from './outgoing-document.service';

/** The longest statement of reasons or allegations accepted. */
export const MAX_REASONS_LENGTH = 20_000;

/** The status each purpose of hearing is opened and answered in. */
const HEARD_IN: Record<HearingPurpose, ApplicationStatus> = {
  BEFORE_RESOLUTION: ApplicationStatus.SUBMITTED,
  REVOCATION: ApplicationStatus.REVOCATION_OPEN,
};

export interface OpenHearingCommand {
  purpose: HearingPurpose;
  /** The facts and reasons the entity is heard on. */
  reasons: string;
  /** Business days, 10–15 (art. 82.2); 10 when not given. The caller has checked the bounds (hearingTermRefusal). */
  termDays?: number | null;
  at: Date;
  /** How the notice is notified: HEARING for a hearing before resolution, REVOCATION_OPENING for the opening of a revocation. */
  act: NotificationAct.HEARING | NotificationAct.REVOCATION_OPENING;
  /** The reviewer who opens it; null when the service does it as part of another act. */
  openedByNif?: string | null;
}

/**
 * Opens a hearing inside the caller's transaction (with the application's row locked): a notice
 * stating the facts and the term, sealed by the provider and registered in the outgoing book
 * (subject HEARING, or REVOCATION_OPENING when it opens a revocation), made available to the
 * entity as a notification of `act`, and an event without change of status plus its outbox row.
 * Exported for the revocation procedure (openRevocation opens its hearing here). The caller
 * flushes.
 */
export async function openHearingFor(
  context: RequestContext, em: EntityManager, application: ApplicationEntity, command: OpenHearingCommand,
): Promise<HearingEntity> {
  const termDays = command.termDays ?? HEARING_TERM_DAYS.default;
  if (hearingTermRefusal(termDays)) throw new Error(`A hearing of ${termDays} business days is outside art. 82.2's bounds`);
  const parties = await procedureParties(em, application);
  const subject = command.act === NotificationAct.REVOCATION_OPENING ? RegistrySubject.REVOCATION_OPENING : RegistrySubject.HEARING;
  const issued = await issueOutgoingDocument(context, em, application, {
    subject, at: command.at,
    render: (registryNumber) => renderHearingNoticePdf({
      purpose: command.purpose, registryNumber, issuedAt: command.at, provider: parties.provider, applicationId: toGlobalId('Application', application.id),
      applicationRegistryNumber: parties.submissionNumber, localEntity: parties.localEntity, resource: parties.resource, reasons: command.reasons, termDays,
    }, DEFAULT_LOCALE),
    sealReason: (registryNumber) => `${hearingNoticeTitle(DEFAULT_LOCALE)} ${registryNumber}`,
    filename: (registryNumber) => `audiencia-${registryNumber}.pdf`,
  });
  // The notification names the hearing it notifies, so the hearing's id comes first.
  const hearingId = randomUUID();
  const notification = makeNotificationAvailable(em, {
    application, act: command.act, at: command.at, document: issued.file, subjectId: hearingId,
    summary: { hearing: toGlobalId('Hearing', hearingId), purpose: command.purpose, termDays, registryNumber: issued.entry.number },
  });
  const hearing = em.create(HearingEntity, {
    id: hearingId, application, provider: application.provider, purpose: command.purpose, reasons: command.reasons, termDays, openedAt: command.at,
    openedByNif: command.openedByNif ?? null, noticeEntry: issued.entry, notification,
  });
  em.create(ApplicationEventEntity, {
    application, type: 'hearingOpened', actorNif: command.openedByNif ?? null, occurredAt: command.at,
    details: { purpose: command.purpose, termDays, registryNumber: issued.entry.number },
  });
  enqueueEvent(em, {
    topic: 'application.hearingOpened', providerId: application.provider.id, aggregateType: 'Application', aggregateId: application.id,
    payload: { application: toGlobalId('Application', application.id), hearing: toGlobalId('Hearing', hearing.id), purpose: command.purpose, registryNumber: issued.entry.number },
  });
  return hearing;
}

/** The latest hearing of `purpose` on an application, with what its conclusion depends on; null when none was opened. */
export function latestHearing(em: EntityManager, applicationId: string, purpose: HearingPurpose): Promise<HearingEntity | null> {
  return em.findOne(HearingEntity, { application: applicationId, purpose }, {
    orderBy: { openedAt: 'desc', createdAt: 'desc' }, populate: ['notification', 'allegationsEntry', 'noticeEntry'],
    ...withoutTenantFilter('the hearings of an application the caller already found readable or acts on'),
  });
}

/**
 * When the term to allege is over: `termDays` business days of the applicant, from the day after
 * the notice takes effect (access, or deemed rejection ten days after it was made available even if
 * the job has not marked it yet), whatever day that is (art. 30.3; art. 31.2.b moves only the
 * applicant's filings), with the holidays of the provider's seat and of the entity's municipality
 * (art. 30.6). Null while the notice has not taken effect.
 */
export async function hearingTermOverAt(em: EntityManager, hearing: HearingEntity, application: ApplicationEntity, now: Date): Promise<Date | null> {
  const notification = hearing.notification;
  const effectiveAt = notificationEffectiveAt(notification)
    ?? (isDueForDeemedRejection(notification, now) ? deemedRejectionAt(notification.madeAvailableAt) : null);
  if (!effectiveAt) return null;
  await em.populate(application, ['provider', 'localEntity'], withoutTenantFilter('the provider and entity of an application the caller already acts on'));
  const places = deadlinePlaces(application.provider.seatMunicipalityCode, application.localEntity.ineCode ?? null);
  const from = catalanDate(effectiveAt);
  // Holidays are read through the context's only use of it, its entity manager: the same rows every deadline reads.
  const holidays = await loadHolidays({ em } as RequestContext, from, addDays(from, hearing.termDays * 2 + 60), places);
  const { lastDay } = computeDeadline({ start: effectiveAt, term: { amount: hearing.termDays, unit: TermUnit.BUSINESS_DAYS }, holidays,
    party: DeadlineParty.APPLICANT, from: DeadlineStart.NOTIFICATION,
  });
  return termOverAt(lastDay);
}

/**
 * Whether the entity has been heard on `purpose` (art. 82): the latest such hearing has its
 * allegations registered, or its term is over at `now`. False when none was opened. The guard
 * facts `hearingConcluded` of resolveApplication (DENY on other facts) and of the revocation.
 */
export async function hearingConcluded(em: EntityManager, application: ApplicationEntity, purpose: HearingPurpose, now: Date): Promise<boolean> {
  const hearing = await latestHearing(em, application.id, purpose);
  if (!hearing) return false;
  return hearingIsConcluded({
    allegationsRegisteredAt: hearing.allegationsEntry?.registeredAt ?? null,
    termOverAt: await hearingTermOverAt(em, hearing, application, now),
  }, now);
}

export interface HearingResult {
  application: ApplicationEntity | null;
  hearing: HearingEntity | null;
  userErrors: UserError[];
}

/**
 * `openHearing`: a reviewer or admin of the provider hears the entity before resolving on facts
 * it did not bring (art. 82.1). From SUBMITTED only; refused while an earlier hearing before
 * resolution is still running (no allegations and its term not over).
 */
export async function openHearing(
  context: RequestContext, input: { applicationId: string; reasons: string; termDays?: number | null },
): Promise<HearingResult> {
  const actor = requireActor(context);
  const reasons = input.reasons.trim();
  if (!reasons) return { application: null, hearing: null, userErrors: [userError(UserErrorCode.REQUIRED, ['input', 'reasons'])] };
  if (reasons.length > MAX_REASONS_LENGTH) return { application: null, hearing: null, userErrors: [userError(UserErrorCode.TOO_LONG, ['input', 'reasons'], { max: MAX_REASONS_LENGTH })] };
  const termDays = input.termDays ?? HEARING_TERM_DAYS.default;
  if (hearingTermRefusal(termDays)) {
    return { application: null, hearing: null, userErrors: [userError(UserErrorCode.OUT_OF_RANGE, ['input', 'termDays'], { min: HEARING_TERM_DAYS.min, max: HEARING_TERM_DAYS.max })] };
  }
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const now = context.clock.now();
    if (application.status !== HEARD_IN.BEFORE_RESOLUTION) throw invalid(UserErrorCode.INVALID_STATUS, ['input', 'applicationId']);
    const running = await latestHearing(em, application.id, HearingPurpose.BEFORE_RESOLUTION);
    if (running && !running.allegationsEntry && !(await hearingConcluded(em, application, HearingPurpose.BEFORE_RESOLUTION, now))) {
      throw invalid(UserErrorCode.HEARING_ALREADY_OPEN, ['input', 'applicationId']);
    }
    const hearing = await openHearingFor(context, em, application, {
      purpose: HearingPurpose.BEFORE_RESOLUTION, reasons, termDays, at: now, act: NotificationAct.HEARING, openedByNif: actor.nif,
    });
    await em.flush();
    return { application, hearing, userErrors: [] };
  });
}

/** The hearing that allegations answer now: the latest one of the purpose the application's status is heard in, still without allegations. */
export async function pendingHearing(em: EntityManager, application: ApplicationEntity): Promise<HearingEntity | null> {
  const purpose = (Object.keys(HEARD_IN) as HearingPurpose[]).find((candidate) => HEARD_IN[candidate] === application.status);
  if (!purpose) return null;
  const hearing = await latestHearing(em, application.id, purpose);
  return hearing && !hearing.allegationsEntry ? hearing : null;
}
