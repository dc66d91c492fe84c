import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationEntity } from '../applications/application.entity';
import { inExclusiveTransaction } from '../database/exclusive-job';
import { withoutTenantFilter } from '../database/tenant-filter';
import { forbidden, notFound } from '../errors/domain-error';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { RequestContext } from '../graphql/context';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { mayActFor, requireActor } from '../identity/representation.service';
import { enqueueEvent } from '../outbox/outbox.service';
import { NotificationAct } from './notification-act';
import { NotificationEntity } from './notification.entity';
import { canOpenNotification, canReadNotifications } from './notification.policy';
import { deemedRejectionAt, isDueForDeemedRejection, notificationStatus } from './notification.rules';
import { NotificationStatus } from './notification-act';

/** The outbox row of a notification's change: ids and the act only (no personal data). */
function announce(em: EntityManager, notification: NotificationEntity, topic: string, applicationId: string, providerId: string): void {
  enqueueEvent(em, {
    topic, providerId, aggregateType: 'Notification', aggregateId: notification.id,
    payload: { notification: toGlobalId('Notification', notification.id), application: toGlobalId('Application', applicationId), act: notification.act },
  });
}

/**
 * Makes an act available to the applying entity, in the caller's transaction (the act and its
 * notification commit together), and announces it (`notification.madeAvailable`). The caller
 * flushes. `summary` holds no personal data: it goes to lists and announcements.
 */
export function makeNotificationAvailable(
  em: EntityManager,
  input: {
    application: ApplicationEntity; act: NotificationAct; at: Date;
    document?: StoredFileEntity | null; subjectId?: string | null; summary?: Record<string, unknown>;
  },
): NotificationEntity {
  const { application } = input;
  const notification = em.create(NotificationEntity, {
    application, provider: application.provider, act: input.act, madeAvailableAt: input.at,
    document: input.document ?? null, subjectId: input.subjectId ?? null, summary: input.summary ?? {},
  });
  announce(em, notification, 'notification.madeAvailable', application.id, application.provider.id);
  return notification;
}

/** An application's notifications, oldest first; the caller has already found the application readable. */
export function notificationsOf(context: RequestContext, applicationId: string): Promise<NotificationEntity[]> {
  return context.em.find(NotificationEntity, { application: applicationId }, {
    orderBy: { madeAvailableAt: 'asc', id: 'asc' }, populate: ['document'],
    ...withoutTenantFilter("the application was already found readable by the caller; its notifications go with it"),
  });
}

/**
 * A notification the caller may read (see notification.policy.ts), with whether they may also
 * open it; null for anyone else, so ids reveal nothing.
 */
export async function findReadableNotification(
  context: RequestContext, globalId: string,
): Promise<{ notification: NotificationEntity; mayOpen: boolean } | null> {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== 'Notification' || !context.identity.actor) return null;
  const notification = await context.em.findOne(NotificationEntity, { id: decoded.id }, {
    populate: ['application', 'provider', 'document'],
    ...withoutTenantFilter("applicants read their entity's notifications across providers; access is checked just below"),
  });
  if (!notification) return null;
  const actsForTheEntity = await mayActFor(context, notification.application.localEntity.id);
  const submitted = notification.application.submittedAt != null;
  if (!canReadNotifications(context.identity.actor, actsForTheEntity, notification.provider.slug, submitted)) return null;
  return { notification, mayOpen: canOpenNotification(context.identity.actor, actsForTheEntity) };
}

/**
 * A person acting for the entity opens a notification. The first access records when and who
 * (`notification.accessed`); later opens answer the same notification unchanged. Once deemed
 * rejected (art. 43.2: the act counts as notified) opening records nothing but still shows it; if
 * the ten days are over and the job has not yet run, the deemed rejection is recorded now, at its
 * legal instant, rather than an access that came too late. The provider's reviewers may read it
 * but not open it (FORBIDDEN); anyone else is told it does not exist.
 */
export async function openNotification(context: RequestContext, input: { notificationId: string }): Promise<NotificationEntity> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const scoped = { ...context, em };
    const readable = await findReadableNotification(scoped, input.notificationId);
    if (!readable) throw notFound(['input', 'notificationId']);
    if (!readable.mayOpen) throw forbidden(['input', 'notificationId']);
    // Locked, so two opens (or an open and the job) record one outcome.
    const notification = await em.findOneOrFail(NotificationEntity, readable.notification.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true,
      ...withoutTenantFilter('the notification was found openable by the caller just above'),
    });
    recordAccess(em, notification, { nif: actor.nif, at: context.clock.now(), applicationId: readable.notification.application.id, providerId: readable.notification.provider.id });
    await em.flush();
    return notification;
  });
}

/**
 * Records that a person acting for the entity came to know a notification's content at `at`, in
 * the caller's transaction, on a row the caller has locked: by opening it, or by an act that
 * shows they know it (answering a request for corrections, art. 40.3). Only the first outcome
 * counts: an accessed or deemed-rejected notification stays as it is, and one whose ten days are
 * over is deemed rejected at its legal instant instead (art. 43.2).
 */
export function recordAccess(
  em: EntityManager, notification: NotificationEntity, access: { nif: string; at: Date; applicationId: string; providerId: string },
): void {
  if (notificationStatus(notification) !== NotificationStatus.AVAILABLE) return;
  if (isDueForDeemedRejection(notification, access.at)) {
    notification.deemedRejectedAt = deemedRejectionAt(notification.madeAvailableAt);
    announce(em, notification, 'notification.deemedRejected', access.applicationId, access.providerId);
  } else {
    notification.accessedAt = access.at;
    notification.accessedByNif = access.nif;
    announce(em, notification, 'notification.accessed', access.applicationId, access.providerId);
  }
}

/** Key of the advisory lock that lets one instance at a time run the deemed-rejection job. */
const DEEMED_REJECTION_LOCK = 'catalog:notification-deemed-rejection';
/** Deemed rejection comes 10 calendar days after availability (±1 hour of daylight saving): older rows are candidates. */
const CANDIDATE_AGE = "interval '9 days'";

/**
 * Deems rejected every unopened notification whose ten days are over at `now` (art. 43.2), at its
 * legal instant, with an outbox row `notification.deemedRejected` each. One instance at a time
 * runs it (inExclusiveTransaction; a concurrent run returns 0 at once), and rows being
 * opened right now are skipped (`skip locked`): the open records the outcome itself. Answers how
 * many it marked.
 */
export async function deemUnopenedNotificationsRejected(rootEm: EntityManager, now: Date, options: { batch?: number } = {}): Promise<number> {
  const batch = options.batch ?? 500;
  let marked = 0;
  for (;;) {
    const done = await inExclusiveTransaction(rootEm, DEEMED_REJECTION_LOCK, async (em) => {
      const rows = await em.getConnection().execute<{ id: string }[]>(
        `select id from notification where accessed_at is null and deemed_rejected_at is null and made_available_at <= ?::timestamptz - ${CANDIDATE_AGE}
          order by made_available_at limit ? for update skip locked`,
        [now, batch], 'all', em.getTransactionContext(),
      );
      if (!rows.length) return { candidates: 0, marked: 0 };
      const notifications = await em.find(NotificationEntity, { id: { $in: rows.map((row) => row.id) } }, {
        populate: ['application'], ...withoutTenantFilter('the deemed-rejection job works for every provider, with no caller'),
      });
      let count = 0;
      for (const notification of notifications.filter((candidate) => isDueForDeemedRejection(candidate, now))) {
        notification.deemedRejectedAt = deemedRejectionAt(notification.madeAvailableAt);
        announce(em, notification, 'notification.deemedRejected', notification.application.id, notification.provider.id);
        count += 1;
      }
      await em.flush();
      return { candidates: rows.length, marked: count };
    });
    if (!done) return marked;
    marked += done.marked;
    // A full batch of candidates may hide more behind it; a batch of not-yet-due ones ends the run.
    if (done.candidates < batch || done.marked === 0) return marked;
  }
}
