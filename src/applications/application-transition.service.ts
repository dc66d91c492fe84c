import { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../graphql/global-id';
import { enqueueEvent } from '../outbox/outbox.service';
import { reviewersSee } from './application.policy';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationStatus, SLOT_HOLDING_STATUSES } from './application-status';
import { ApplicationEntity } from './application.entity';
import { APPLICATION_TRANSITIONS, ApplicationAction, TransitionFacts, transitionRefusal } from './application.workflow';

export interface TransitionRecord {
  /** The person who performs the act; null for acts the service performs by itself. */
  actorNif: string | null;
  /** Facts for the guards besides the application's status and `at`. */
  facts?: Omit<TransitionFacts, 'status' | 'now'>;
  /** Kept on the event row (no personal data: it is shown to whoever reads the application). */
  details?: Record<string, unknown>;
  /** Added to the outbox payload, after the application's id and the two statuses. */
  announce?: Record<string, unknown>;
}

/**
 * Moves an application along the workflow table inside the caller's transaction (with its row
 * locked): the new status, the slot freed when the new status holds none, an event row with
 * both statuses, and an outbox row, so the change, its history and its announcement commit
 * together or not at all. The caller answers refusals as user errors before calling this (it
 * asks `transitionRefusal` with the same facts); a refusal here is a bug, hence the throw.
 *
 * The outbox row names the provider only once the provider may see the application: a discarded
 * draft is announced to nobody (the rule of application.policy.ts, reviewersSee).
 */
export function applyTransition(
  em: EntityManager, application: ApplicationEntity, action: ApplicationAction, at: Date, record: TransitionRecord,
): { from: ApplicationStatus; to: ApplicationStatus } {
  const from = application.status;
  const refusal = transitionRefusal(action, { ...record.facts, status: from, now: at });
  if (refusal) throw new Error(`Transition ${action} from ${from} applied although refused (${refusal})`);
  const { to, event } = APPLICATION_TRANSITIONS[action];

  application.status = to;
  application.updatedAt = at;
  if (!SLOT_HOLDING_STATUSES.includes(to)) application.slot = null;

  em.create(ApplicationEventEntity, {
    application, type: event, actorNif: record.actorNif, occurredAt: at, fromStatus: from, toStatus: to, details: record.details ?? {},
  });
  enqueueEvent(em, {
    topic: `application.${event}`, providerId: reviewersSee(application) ? application.provider.id : null,
    aggregateType: 'Application', aggregateId: application.id,
    payload: { application: toGlobalId('Application', application.id), from, to, ...record.announce },
  });
  return { from, to };
}
