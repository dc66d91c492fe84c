import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { ConnectionType } from '../graphql/connection.type';
import { registerDescribedEnum } from '../graphql/described-enum';
import { toGlobalId } from '../graphql/global-id';
import { DateTimeScalar } from '../graphql/scalars';
import { MutationPayload } from '../errors/user-error.type';
import { LabelTable } from '../i18n/labels';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

registerDescribedEnum(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  values: {
    PENDING: 'Waiting for its first attempt, or for earlier deliveries about the same object.',
    RETRYING: 'An attempt failed; another comes at `nextAttemptAt`.',
    DELIVERED: 'The endpoint answered 2xx.',
    FAILED: 'Every attempt of the retry window (at least 24 hours) failed.',
    CANCELLED: 'The subscription was disabled before it was delivered.',
  },
});

export const WEBHOOK_DELIVERY_STATUS_LABELS: LabelTable<WebhookDeliveryStatus> = {
  PENDING: { CA: 'Pendent', ES: 'Pendiente', EN: 'Pending' },
  RETRYING: { CA: 'Reintentant', ES: 'Reintentando', EN: 'Retrying' },
  DELIVERED: { CA: 'Lliurat', ES: 'Entregado', EN: 'Delivered' },
  FAILED: { CA: 'Fallit', ES: 'Fallido', EN: 'Failed' },
  CANCELLED: { CA: 'Cancel·lat', ES: 'Cancelado', EN: 'Cancelled' },
};

@ObjectType('WebhookSubscription', { description: "An endpoint of a provider's that receives the events of some topics, signed as Standard Webhooks says.", simpleResolvers: true })
export class WebhookSubscriptionView {
  @Field(() => ID, { description: 'Global ID of the subscription.' }) id!: string;
  @Field({ description: 'Provider slug.' }) provider!: string;
  @Field({ description: 'Where events are POSTed.' }) url!: string;
  @Field(() => [String], { description: 'Topic patterns: an exact topic ("application.submitted"), a prefix ("application.*") or "*".' }) topics!: string[];
  @Field(() => String, { nullable: true, description: 'What the endpoint is for, in the admins\' words.' }) description!: string | null;
  @Field({ description: 'Events are still sent to it.' }) enabled!: boolean;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was disabled.' }) disabledAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when the secret before the last rotation still signs deliveries (a second signature).' })
  previousSecretExpiresAt!: Date | null;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one subscription, with its attempts.', simpleResolvers: true })
export class WebhookDeliveryView {
  @Field(() => ID, { description: 'Global ID of the delivery (what `redeliverWebhook` takes).' }) id!: string;
  @Field(() => ID, { description: 'Global ID of the subscription.' }) subscriptionId!: string;
  @Field({ description: 'The `webhook-id` header: the same for every attempt and redelivery of this event to this subscription.' }) messageId!: string;
  @Field({ description: 'The event\'s topic, e.g. "application.submitted".' }) topic!: string;
  @Field(() => ID, { description: 'Global ID of the object the event is about.' }) objectId!: string;
  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' }) status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts made so far.' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when none came (refused address, timeout, connection error).' })
  lastResponseCode!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in the service\'s words.' }) lastError!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last attempt was made.' }) lastAttemptAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next attempt is due (while RETRYING).' }) nextAttemptAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the endpoint accepted it.' }) deliveredAt!: Date | null;
  @Field(() => DateTimeScalar, { description: 'When the delivery was queued.' }) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'For a redelivery: the delivery it repeats.' }) redeliveryOf!: string | null;
}

@ObjectType('WebhookDeliveryConnection', { description: 'A page of webhook deliveries.', simpleResolvers: true })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDeliveryView, 'WebhookDelivery') {}

@InputType({ description: 'An endpoint to subscribe.' })
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'Provider slug: the subscription receives this provider\'s events only.' }) @MaxLength(64) provider!: string;
  @Field({ description: 'https URL of the endpoint (http and private addresses only where the operator allows them).' }) @MaxLength(2000) url!: string;
  @Field(() => [String], { description: 'Topic patterns: "resource.published", "application.*", "notification.*", "*"…' })
  @ArrayMaxSize(20) @MaxLength(100, { each: true }) topics!: string[];
  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' }) @MaxLength(500) description?: string | null;
}

@InputType({ description: 'A subscription to act on.' })
export class WebhookSubscriptionRefInput {
  @Field(() => ID, { description: 'Global ID of the subscription.' }) @MaxLength(200) subscriptionId!: string;
}

@InputType({ description: 'A delivery to send again.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'Global ID of a delivered or failed delivery.' }) @MaxLength(200) deliveryId!: string;
}

@ObjectType({ description: 'Result of creating a subscription or rotating its secret.' })
export class WebhookSecretPayload extends MutationPayload {
  @Field(() => WebhookSubscriptionView, { nullable: true, description: 'The subscription.' }) subscription!: WebhookSubscriptionView | null;
  @Field(() => String, { nullable: true, description: 'The signing secret (`whsec_…`), shown this once: keep it where the receiver verifies signatures.' })
  secret!: string | null;
}

@ObjectType({ description: 'Result of disabling a subscription.' })
export class DisableWebhookPayload extends MutationPayload {
  @Field(() => WebhookSubscriptionView, { nullable: true, description: 'The subscription, now disabled.' }) subscription!: WebhookSubscriptionView | null;
}

@ObjectType({ description: 'Result of asking for a redelivery.' })
export class RedeliverWebhookPayload extends MutationPayload {
  @Field(() => WebhookDeliveryView, { nullable: true, description: 'The new delivery, queued after the object\'s others.' }) delivery!: WebhookDeliveryView | null;
}

export function toSubscriptionView(entity: WebhookSubscriptionEntity): WebhookSubscriptionView {
  return {
    id: toGlobalId('WebhookSubscription', entity.id), provider: entity.provider.slug, url: entity.url, topics: entity.topics,
    description: entity.description ?? null, enabled: entity.enabled, createdAt: entity.createdAt, disabledAt: entity.disabledAt ?? null,
    previousSecretExpiresAt: entity.previousSecret ? entity.previousSecretExpiresAt ?? null : null,
  };
}

/** Expects `event` and `subscription` loaded. */
export function toDeliveryView(entity: WebhookDeliveryEntity): WebhookDeliveryView {
  return {
    id: toGlobalId('WebhookDelivery', entity.id), subscriptionId: toGlobalId('WebhookSubscription', entity.subscription.id),
    messageId: entity.messageId, topic: entity.topic, objectId: toGlobalId(entity.event.aggregateType as never, entity.aggregateId),
    status: entity.status, attempts: entity.attempts, lastResponseCode: entity.lastResponseCode ?? null, lastError: entity.lastError ?? null,
    lastAttemptAt: entity.lastAttemptAt ?? null, nextAttemptAt: entity.nextAttemptAt ?? null, deliveredAt: entity.deliveredAt ?? null,
    createdAt: entity.createdAt, redeliveryOf: entity.redeliveryOf ? toGlobalId('WebhookDelivery', entity.redeliveryOf) : null,
  };
}
