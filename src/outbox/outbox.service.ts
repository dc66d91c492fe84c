import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEventEntity } from './outbox-event.entity';

/** Queues an event in the caller's transaction, so it exists exactly when the change does. */
export function enqueueEvent(
  em: EntityManager,
  event: { topic: string; providerId: string | null; aggregateType: string; aggregateId: string; payload: Record<string, unknown> },
): void {
  em.create(OutboxEventEntity, event as never);
}
