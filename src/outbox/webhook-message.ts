import { NodeTypeName, toGlobalId } from '../graphql/global-id';

export interface OutboxEventRow {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  providerSlug: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * The body of a delivery, in the shape Standard Webhooks recommends (`type`, `timestamp`, `data`).
 * `data` holds the object's global ID (what `node(id)` takes), its provider and the outbox payload:
 * ids and what changed, which the writers of the outbox keep free of personal data, and only
 * events of the subscription's own provider ever reach it (the fan-out trigger matches providers).
 */
export function webhookBody(event: OutboxEventRow): string {
  return JSON.stringify({
    type: event.topic,
    timestamp: event.occurredAt.toISOString(),
    data: {
      ...event.payload,
      provider: event.providerSlug,
      object: { type: event.aggregateType, id: toGlobalId(event.aggregateType as NodeTypeName, event.aggregateId) },
    },
  });
}
