import { withoutTenantFilter } from '../database/tenant-filter';
import { RequestContext } from '../graphql/context';
import { NotificationAct } from '../notifications/notification-act';
import { NotificationEntity } from '../notifications/notification.entity';
import { receiptClaimsOf } from '../registry/receipt-claims';
import { ApplicationStatus } from './application-status';
import { Silence, silenceOf } from './application-silence.rules';
import { ApplicationEntity } from './application.entity';

/**
 * The silence of an application the caller may read: the facts from the application, its sealed
 * receipt (the silence effect stated when it was filed) and its notifications (when a resolution,
 * or a pending request for corrections, was made available), judged by application-silence.rules.ts.
 */
export async function applicationSilence(context: RequestContext, application: ApplicationEntity): Promise<Silence | null> {
  if (!application.submittedAt || !application.resolutionDueDate || !application.receiptJws) return null;
  const now = context.clock.now();
  // Nothing to read before the due date has passed.
  if (silenceOf({ ...factsOf(application, now), status: ApplicationStatus.SUBMITTED }) === null) return null;
  const notifications = await context.em.find(NotificationEntity, {
    application: application.id, act: { $in: [NotificationAct.RESOLUTION, NotificationAct.CORRECTIONS_REQUEST] },
  }, { ...withoutTenantFilter('the application was already found readable by the caller; its notifications go with it'), orderBy: { madeAvailableAt: 'asc' } });
  const resolution = notifications.find((n) => n.act === NotificationAct.RESOLUTION);
  const correctionsRequest = notifications.filter((n) => n.act === NotificationAct.CORRECTIONS_REQUEST).at(-1);
  return silenceOf({
    ...factsOf(application, now),
    resolutionMadeAvailableAt: resolution?.madeAvailableAt ?? null,
    correctionsRequestMadeAvailableAt: correctionsRequest?.madeAvailableAt ?? null,
  });
}

function factsOf(application: ApplicationEntity, now: Date) {
  return {
    status: application.status, submittedAt: application.submittedAt ?? null, resolutionDueDate: application.resolutionDueDate ?? null,
    silenceEffect: receiptClaimsOf(application.receiptJws!).silenceEffect ?? null,
    resolutionMadeAvailableAt: null, correctionsRequestMadeAvailableAt: null, now,
  };
}
