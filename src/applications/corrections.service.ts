import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { catalanDate } from '../clock';
import { TermUnit } from '../catalogue/resource-enums';
import { addDays } from '../calendar/days';
import { computeDeadline } from '../calendar/deadline';
import { DeadlineStart } from '../calendar/deadline-start';
import { DeadlineParty } from '../calendar/deadline-party';
import { deadlinePlaces, loadHolidays } from '../calendar/holiday.service';
import { withoutTenantFilter } from '../database/tenant-filter';
import { UserError, userError } from '../errors/user-error';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { requireActor } from '../identity/representation.service';
import { NotificationAct } from '../notifications/notification-act';
import { notificationEffectiveAt } from '../notifications/notification.rules';
import { makeNotificationAvailable } from '../notifications/notification.service';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { correctionsRequestTitle, renderCorrectionsRequestPdf } from '../registry/corrections-request-pdf';
import { RegistrySubject } from '../registry/registry-direction';
import { issueOutgoingDocument, procedureParties } from './outgoing-document.service';
import { loadApplicationForReviewer, publishedSnapshotOf } from './application-access';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { transitionRefusal } from './application.workflow';
import { CorrectionRequestEntity } from './correction-request.entity';
import { checkCorrectionRequest, CorrectionRequestDraft, endOfCatalanDay } from './corrections.rules';

export interface CorrectionRequestResult {
  application: ApplicationEntity | null;
  correctionRequest: CorrectionRequestEntity | null;
  userErrors: UserError[];
}

/**
 * A reviewer or admin of the provider asks the entity to correct or complete its application
 * (art. 68.1): from SUBMITTED, with items tied (optionally) to the fitxa's requirements and
 * documents and a term in business days (10 unless said). In one transaction: the request, its
 * notification to the entity, the change of status with its event and outbox row. The maximum
 * term to resolve is suspended from the notification's effective instant (corrections.rules.ts).
 */
export async function requestCorrections(
  context: RequestContext, input: { applicationId: string } & CorrectionRequestDraft,
): Promise<CorrectionRequestResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const refused = (userErrors: UserError[]): CorrectionRequestResult => ({ application, correctionRequest: null, userErrors });
    const now = context.clock.now();
    const outOfOrder = transitionRefusal('requestCorrections', { status: application.status, now });
    if (outOfOrder) return refused([userError(outOfOrder, ['input', 'applicationId'])]);

    // The codes of the fitxa as the entity applied to it: the published version (none once withdrawn).
    const snapshot = await publishedSnapshotOf(em, application.resource.id);
    const checked = checkCorrectionRequest(input, {
      requirementCodes: new Set(snapshot?.requirements.map((r) => r.code) ?? []),
      documentCodes: new Set(snapshot?.documents.map((d) => d.code) ?? []),
    });
    if (!checked.ok) return refused(checked.userErrors);

    // The request as a PDF sealed by the provider, registered in its outgoing book (the entry holds
    // the sealed PDF's SHA-256) and made available to the entity as the notification's document.
    const requestId = randomUUID();
    const parties = await procedureParties(em, application);
    const issued = await issueOutgoingDocument(context, em, application, {
      subject: RegistrySubject.CORRECTIONS_REQUEST, at: now,
      render: (registryNumber) => renderCorrectionsRequestPdf({
        registryNumber, issuedAt: now, provider: parties.provider, applicationId: toGlobalId('Application', application.id),
        applicationRegistryNumber: parties.submissionNumber, localEntity: parties.localEntity, resource: parties.resource,
        items: checked.items, termDays: checked.termDays,
      }, DEFAULT_LOCALE),
      sealReason: (registryNumber) => `${correctionsRequestTitle(DEFAULT_LOCALE)} ${registryNumber}`,
      filename: (registryNumber) => `requeriment-esmena-${registryNumber}.pdf`,
    });
    const notification = makeNotificationAvailable(em, {
      application, act: NotificationAct.CORRECTIONS_REQUEST, at: now, subjectId: requestId, document: issued.file,
      summary: { items: checked.items.length, termDays: checked.termDays },
    });
    const request = em.create(CorrectionRequestEntity, {
      id: requestId, application, items: checked.items, termDays: checked.termDays, requestedAt: now, requestedByNif: actor.nif,
      notification, outgoingEntry: issued.entry,
    });
    applyTransition(em, application, 'requestCorrections', now, {
      actorNif: actor.nif, details: { items: checked.items.length, termDays: checked.termDays },
      announce: { notification: toGlobalId('Notification', notification.id), termDays: checked.termDays },
    });
    await em.flush();
    return { application, correctionRequest: request, userErrors: [] };
  });
}

/** An application's requests for corrections, oldest first; the caller has found the application readable. */
export function correctionRequestsOf(context: RequestContext, applicationId: string): Promise<CorrectionRequestEntity[]> {
  return context.em.find(CorrectionRequestEntity, { application: applicationId }, {
    orderBy: { requestedAt: 'asc', id: 'asc' }, populate: ['notification.document', 'answerEntry', 'outgoingEntry'],
    ...withoutTenantFilter('the application was already found readable by the caller; its requests for corrections go with it'),
  });
}

/** The request for corrections still waiting for its answer, if any. */
export function pendingCorrectionRequest(em: EntityManager, applicationId: string): Promise<CorrectionRequestEntity | null> {
  return em.findOne(CorrectionRequestEntity, { application: applicationId, answeredAt: null }, {
    orderBy: { requestedAt: 'desc' }, populate: ['notification.document', 'outgoingEntry'],
    ...withoutTenantFilter('the caller has already loaded the application it acts on'),
  });
}

/**
 * The last day of the term to answer a request: its business days counted from the notification's
 * effective instant (access or deemed rejection, art. 43), as the applicant's term starting from a
 * notification: day 1 is the first business day after the day it took effect, even when that day was
 * not a business day (art. 30.3; art. 31.2.b moves only the applicant's filings), with the holidays
 * of the provider's seat and of the entity's municipality. Null while the notification has not taken effect.
 */
export async function correctionTermLastDay(
  em: EntityManager, application: ApplicationEntity, request: CorrectionRequestEntity,
): Promise<string | null> {
  const effectiveAt = notificationEffectiveAt(request.notification);
  if (!effectiveAt) return null;
  await em.populate(application, ['provider', 'localEntity']);
  const places = deadlinePlaces(application.provider.seatMunicipalityCode, application.localEntity.ineCode ?? null);
  const from = catalanDate(effectiveAt);
  // Business days: at most 5 in 7, plus room for a run of holidays.
  const holidays = await loadHolidays({ em }, from, addDays(from, Math.ceil(request.termDays * 1.6) + 60), places);
  return computeDeadline({
    start: effectiveAt, term: { amount: request.termDays, unit: TermUnit.BUSINESS_DAYS }, holidays,
    party: DeadlineParty.APPLICANT, from: DeadlineStart.NOTIFICATION,
  }).lastDay;
}

/**
 * When the term to answer the pending request for corrections ends (the last instant of its last
 * day in Catalonia), for the DECLARE_DESISTED decision (art. 68.1: desistiment only once it is
 * over). Null when no request is pending or its notification has not taken effect yet.
 */
export async function correctionTermEndsAt(em: EntityManager, application: ApplicationEntity): Promise<Date | null> {
  const request = await pendingCorrectionRequest(em, application.id);
  if (!request) return null;
  const lastDay = await correctionTermLastDay(em, application, request);
  return lastDay ? endOfCatalanDay(lastDay) : null;
}
