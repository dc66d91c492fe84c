import { EntityManager } from '@mikro-orm/postgresql';
import { catalanDate } from '../clock';
import { APPLICATION_POPULATE, loadApplicationForReviewer, publishedSnapshotOf } from '../applications/application-access';
import { currentDeadlineState } from '../applications/application-deadlines';
import { ApplicationEventEntity } from '../applications/application-event.entity';
import { DeadlineState } from '../applications/deadline-state';
import { issueOutgoingDocument, procedureParties } from '../applications/outgoing-document.service';
import { formatDayCa } from '../calendar/days';
import { termText } from '../calendar/deadline';
import { withoutTenantFilter } from '../database/tenant-filter';
import { notFound } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { Connection, ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { requireActor } from '../identity/representation.service';
import { NotificationAct } from '../notifications/notification-act';
import { makeNotificationAvailable } from '../notifications/notification.service';
import { enqueueEvent } from '../outbox/outbox.service';
import { delayCommunicationTitle, renderDelayCommunicationPdf } from '../registry/delay-communication-pdf';
import { RegistrySubject } from '../registry/registry-direction';
import { ProviderEntity } from '../tenancy/provider.entity';
import { DecisionDelayEntity } from './decision-delay.entity';
import { checkDelayCommunication, decisionDelayTerms } from './decision-delay.rules';

/** What a delay's fields read: its application as the application type maps it, and the letter. */
const DELAY_POPULATE = [...APPLICATION_POPULATE.map((path) => `application.${path}` as const), 'notification.document', 'registryEntry'] as const;

/**
 * The delay tasks of a provider, the earliest due first (the reviewers' work list); `pending` keeps
 * those not yet communicated (true) or only the communicated ones (false). The caller is one of the
 * provider's reviewers (quality.policy.ts), and the tenant filter keeps the rows to their providers.
 */
export async function listDecisionDelays(
  context: RequestContext, input: { provider: string; pending: boolean | null }, page: ConnectionArguments,
): Promise<Connection<DecisionDelayEntity>> {
  pageWindow(page, 0);
  const provider = await context.em.findOne(ProviderEntity, { slug: input.provider });
  if (!provider) throw notFound(['provider']);
  const where = {
    provider: provider.id,
    ...(input.pending == null ? {} : { communicatedAt: input.pending ? null : { $ne: null } }),
  };
  const total = await context.em.count(DecisionDelayEntity, where);
  const window = pageWindow(page, total);
  if (window.limit === 0) return toConnection([], window, total);
  const rows = await context.em.find(DecisionDelayEntity, where, {
    orderBy: { communicationDueDate: 'asc', breachedAt: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit,
    populate: DELAY_POPULATE as never,
  });
  return toConnection(rows, window, total);
}

/** An application's delay task, for the provider's staff (the tenant filter hides it from anyone else); null when it has none. */
export function decisionDelayOf(context: RequestContext, applicationId: string): Promise<DecisionDelayEntity | null> {
  return context.em.findOne(DecisionDelayEntity, { application: applicationId }, { populate: DELAY_POPULATE as never });
}

/**
 * A pending task's deadline state against its communication due date, counted like any due date
 * (currentDeadlineState, with the holidays of the provider's seat and of the entity); null once
 * communicated: nothing is pending. The application comes populated (DELAY_POPULATE).
 */
export function decisionDelayDeadlineState(context: RequestContext, delay: DecisionDelayEntity): Promise<DeadlineState | null> {
  if (delay.communicatedAt) return Promise.resolve(null);
  const { application } = delay;
  return currentDeadlineState(context, {
    today: catalanDate(context.clock.now()), dueDate: delay.communicationDueDate,
    seatMunicipality: application.provider.seatMunicipalityCode, municipality: application.localEntity.ineCode ?? null,
  });
}

export interface CommunicateDelayResult {
  decisionDelay: DecisionDelayEntity | null;
  userErrors: UserError[];
}

/**
 * A reviewer or admin of the provider communicates the causes of a delay and the measures taken:
 * a letter sealed by the provider, registered in its outgoing book (DELAY_COMMUNICATION) and made
 * available to the entity as a DELAY_COMMUNICATION notification, in one transaction with the task
 * completed (communicated_at is the instant the letter is made available: what the commitment
 * measures), an event in the application's history and an outbox row. Only once per task, and only
 * when the delay job has written one. The application's row is locked first, so two reviewers at
 * the same moment communicate once.
 */
export async function communicateDelay(
  context: RequestContext, input: { applicationId: string; causes: string; measures: string },
): Promise<CommunicateDelayResult> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const application = await loadApplicationForReviewer(context, em, input.applicationId);
    const refused = (userErrors: UserError[]): CommunicateDelayResult => ({ decisionDelay: null, userErrors });
    const delay = await em.findOne(DecisionDelayEntity, { application: application.id }, {
      refresh: true, ...withoutTenantFilter('the delay of the application just loaded for its reviewer'),
    });
    if (!delay) return refused([userError(UserErrorCode.DECISION_NOT_DELAYED, ['input', 'applicationId'])]);
    if (delay.communicatedAt) return refused([userError(UserErrorCode.DELAY_ALREADY_COMMUNICATED, ['input', 'applicationId'])]);
    const checked = checkDelayCommunication(input);
    if (!checked.ok) return refused(checked.userErrors);

    const now = context.clock.now();
    const issued = await issueDelayLetter(context, em, delay, { causes: checked.causes, measures: checked.measures, at: now });
    const notification = makeNotificationAvailable(em, {
      application, act: NotificationAct.DELAY_COMMUNICATION, at: now, subjectId: delay.id, document: issued.file,
      summary: { decisionDelay: toGlobalId('DecisionDelay', delay.id), registryNumber: issued.entry.number },
    });
    Object.assign(delay, {
      causes: checked.causes, measures: checked.measures, communicatedAt: notification.madeAvailableAt, communicatedByNif: actor.nif,
      notification, registryEntry: issued.entry,
    });
    em.create(ApplicationEventEntity, {
      application, type: 'delayCommunicated', actorNif: actor.nif, occurredAt: now,
      details: { registryNumber: issued.entry.number, communicationDueDate: delay.communicationDueDate },
    });
    enqueueEvent(em, {
      topic: 'application.delayCommunicated', providerId: application.provider.id, aggregateType: 'Application', aggregateId: application.id,
      payload: { application: toGlobalId('Application', application.id), decisionDelay: toGlobalId('DecisionDelay', delay.id), notification: toGlobalId('Notification', notification.id) },
    });
    await em.flush();
    await em.populate(delay, DELAY_POPULATE as never, withoutTenantFilter('the delay just communicated by its reviewer'));
    return { decisionDelay: delay, userErrors: [] };
  });
}

/** The letter, in the document language (Catalan, like every act the provider issues), sealed and registered outgoing. */
async function issueDelayLetter(
  context: RequestContext, em: EntityManager, delay: DecisionDelayEntity, input: { causes: string; measures: string; at: Date },
) {
  const { application } = delay;
  const parties = await procedureParties(em, application);
  const snapshot = await publishedSnapshotOf(em, application.resource.id);
  const terms = snapshot && decisionDelayTerms(snapshot.qualityCommitments);
  // The day the hard limit ended: the Catalan day just before the breach moment.
  const lastDay = catalanDate(new Date(delay.breachedAt.getTime() - 1));
  return issueOutgoingDocument(context, em, application, {
    subject: RegistrySubject.DELAY_COMMUNICATION, at: input.at,
    render: (registryNumber) => renderDelayCommunicationPdf({
      registryNumber, issuedAt: input.at, provider: parties.provider, applicationId: toGlobalId('Application', application.id),
      applicationRegistryNumber: parties.submissionNumber, localEntity: parties.localEntity, resource: parties.resource,
      // A fitxa no longer published keeps its task; the letter then names the term without its length.
      hardLimit: terms ? termText(terms.hardLimit) : 'la fitxa', lastDay: formatDayCa(lastDay), causes: input.causes, measures: input.measures,
    }, DEFAULT_LOCALE),
    sealReason: (registryNumber) => `${delayCommunicationTitle(DEFAULT_LOCALE)} ${registryNumber}`,
    filename: (registryNumber) => `comunicacio-retard-${registryNumber}.pdf`,
  });
}
