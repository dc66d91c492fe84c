import { RequestContext } from '../graphql/context';
import { forbidden, notFound } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { fromGlobalId } from '../graphql/global-id';
import { Connection, ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { requireActor } from '../identity/representation.service';
import { ProviderEntity } from '../tenancy/provider.entity';
import { endpointUrlProblem, MAX_URL_LENGTH } from './webhook-address.rules';
import { scheduleStream } from './webhook-delivery.task';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { newWebhookSecret } from './webhook-signature';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { isTopicPattern, MAX_TOPIC_PATTERNS } from './webhook-topics.rules';
import { canManageWebhooks } from './webhook.policy';

export interface WebhookSubscriptionInput {
  provider: string;
  url: string;
  topics: string[];
  description?: string | null;
}

export interface SubscriptionResult {
  subscription: WebhookSubscriptionEntity | null;
  /** The signing secret, only in the answer that created or rotated it. */
  secret: string | null;
  userErrors: UserError[];
}

/** A provider keeps at most this many subscriptions (each event is sent to every one). */
export const MAX_SUBSCRIPTIONS_PER_PROVIDER = 50;
const MAX_DESCRIPTION_LENGTH = 500;

const URL_PROBLEM_CODES = {
  MALFORMED: UserErrorCode.INVALID_URL,
  CREDENTIALS: UserErrorCode.INVALID_URL,
  NOT_HTTPS: UserErrorCode.WEBHOOK_HTTPS_REQUIRED,
  ADDRESS_NOT_ALLOWED: UserErrorCode.WEBHOOK_ADDRESS_NOT_ALLOWED,
} as const;

function checkInput(context: RequestContext, input: WebhookSubscriptionInput): UserError[] {
  const errors: UserError[] = [];
  const problem = endpointUrlProblem(input.url.trim(), context.config.webhooks);
  if (problem) errors.push(userError(URL_PROBLEM_CODES[problem], ['input', 'url'], { max: MAX_URL_LENGTH }));
  if (input.topics.length === 0) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'topics']));
  else if (input.topics.length > MAX_TOPIC_PATTERNS) errors.push(userError(UserErrorCode.TOO_MANY, ['input', 'topics'], { max: MAX_TOPIC_PATTERNS }));
  else input.topics.forEach((topic, index) => {
    if (!isTopicPattern(topic)) errors.push(userError(UserErrorCode.INVALID_TOPIC, ['input', 'topics', String(index)]));
  });
  if ((input.description?.length ?? 0) > MAX_DESCRIPTION_LENGTH) errors.push(userError(UserErrorCode.TOO_LONG, ['input', 'description'], { max: MAX_DESCRIPTION_LENGTH }));
  return errors;
}

/** Subscribes an endpoint of the provider's; the answer carries its signing secret, the only time it is shown. */
export async function createWebhookSubscription(context: RequestContext, input: WebhookSubscriptionInput): Promise<SubscriptionResult> {
  const errors = checkInput(context, input);
  if (errors.length) return { subscription: null, secret: null, userErrors: errors };
  return context.em.transactional(async (em) => {
    const provider = await em.findOne(ProviderEntity, { slug: input.provider });
    if (!provider) return { subscription: null, secret: null, userErrors: [userError(UserErrorCode.NOT_FOUND, ['input', 'provider'])] };
    // Serializes creations per provider, so two at once cannot both pass the limit.
    await em.execute('select id from provider where id = ? for update', [provider.id]);
    const count = await em.count(WebhookSubscriptionEntity, { provider, enabled: true });
    if (count >= MAX_SUBSCRIPTIONS_PER_PROVIDER) {
      return { subscription: null, secret: null, userErrors: [userError(UserErrorCode.TOO_MANY, ['input', 'provider'], { max: MAX_SUBSCRIPTIONS_PER_PROVIDER })] };
    }
    const secret = newWebhookSecret();
    const subscription = em.create(WebhookSubscriptionEntity, {
      provider, url: input.url.trim(), topics: [...new Set(input.topics)], description: input.description?.trim() || null, secret,
    });
    await em.flush();
    return { subscription, secret, userErrors: [] };
  });
}

/**
 * Loads a subscription for one of its provider's admins, locked. The tenant filter hides other
 * providers' subscriptions (not found); the provider's other staff are refused.
 */
async function loadForAdmin(context: RequestContext, em: RequestContext['em'], globalId: string, field: string[]): Promise<WebhookSubscriptionEntity> {
  const actor = requireActor(context);
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== 'WebhookSubscription') throw notFound(field);
  const subscription = await em.findOne(WebhookSubscriptionEntity, decoded.id, { populate: ['provider'] });
  if (!subscription) throw notFound(field);
  if (!canManageWebhooks(actor, subscription.provider.slug)) throw forbidden(field);
  await em.execute('select id from webhook_subscription where id = ? for update', [subscription.id]);
  return subscription;
}

/**
 * A new signing secret, answered once. The previous one keeps signing beside it (a second
 * signature in `webhook-signature`) for WEBHOOK_SECRET_OVERLAP_MS, so receivers can switch
 * without losing a delivery.
 */
export async function rotateWebhookSecret(context: RequestContext, input: { subscriptionId: string }): Promise<SubscriptionResult> {
  return context.em.transactional(async (em) => {
    const subscription = await loadForAdmin(context, em, input.subscriptionId, ['input', 'subscriptionId']);
    if (!subscription.enabled) return { subscription, secret: null, userErrors: [userError(UserErrorCode.INVALID_STATUS, ['input', 'subscriptionId'])] };
    const secret = newWebhookSecret();
    subscription.previousSecret = subscription.secret;
    // Wall time, like the delivery attempts that compare against it (see service.ts).
    subscription.previousSecretExpiresAt = new Date(Date.now() + context.config.webhooks.secretOverlapMs);
    subscription.secret = secret;
    await em.flush();
    return { subscription, secret, userErrors: [] };
  });
}

/** Stops deliveries to the endpoint for good; those not yet delivered are cancelled. */
export async function disableWebhook(context: RequestContext, input: { subscriptionId: string }): Promise<SubscriptionResult> {
  return context.em.transactional(async (em) => {
    const subscription = await loadForAdmin(context, em, input.subscriptionId, ['input', 'subscriptionId']);
    if (!subscription.enabled) return { subscription, secret: null, userErrors: [userError(UserErrorCode.INVALID_STATUS, ['input', 'subscriptionId'])] };
    subscription.enabled = false;
    subscription.disabledAt = context.clock.now();
    subscription.previousSecret = null;
    await em.flush();
    await em.execute(
      `update webhook_delivery set status = 'CANCELLED', next_attempt_at = null, updated_at = now()
        where subscription_id = ? and status in ('PENDING', 'RETRYING')`,
      [subscription.id],
    );
    return { subscription, secret: null, userErrors: [] };
  });
}

/** The provider's subscriptions, newest first (the caller's policy was checked by the resolver). */
export async function listWebhookSubscriptions(context: RequestContext, providerSlug: string): Promise<WebhookSubscriptionEntity[]> {
  return context.em.find(WebhookSubscriptionEntity, { provider: { slug: providerSlug } }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['provider'] });
}

export interface DeliveryFilter {
  provider: string;
  subscriptionId?: string | null;
  status?: WebhookDeliveryStatus[] | null;
}

/** The delivery log of a provider's subscriptions, newest first. */
export async function listWebhookDeliveries(
  context: RequestContext, filter: DeliveryFilter, page: ConnectionArguments,
): Promise<Connection<WebhookDeliveryEntity>> {
  const where: Record<string, unknown> = { subscription: { provider: { slug: filter.provider } } };
  if (filter.subscriptionId != null) {
    const decoded = fromGlobalId(filter.subscriptionId);
    if (decoded?.type !== 'WebhookSubscription') return toConnection([], pageWindow(page, 0), 0);
    where.subscription = { id: decoded.id, provider: { slug: filter.provider } };
  }
  if (filter.status?.length) where.status = { $in: filter.status };
  const total = await context.em.count(WebhookDeliveryEntity, where);
  const window = pageWindow(page, total);
  if (window.limit === 0) return toConnection([], window, total);
  const items = await context.em.find(WebhookDeliveryEntity, where, {
    orderBy: { sequence: 'desc' }, offset: window.offset, limit: window.limit, populate: ['subscription', 'event'],
  });
  return toConnection(items, window, total);
}

export interface RedeliveryResult {
  delivery: WebhookDeliveryEntity | null;
  userErrors: UserError[];
}

/**
 * Sends a delivered or failed event again, as a new delivery with the same `webhook-id` (so a
 * receiver that already has it can tell), after the object's deliveries already queued.
 */
export async function redeliverWebhook(context: RequestContext, input: { deliveryId: string }): Promise<RedeliveryResult> {
  const actor = requireActor(context);
  const field = ['input', 'deliveryId'] as const;
  const decoded = fromGlobalId(input.deliveryId);
  if (decoded?.type !== 'WebhookDelivery') throw notFound(field);
  const created = await context.em.transactional(async (em) => {
    const original = await em.findOne(WebhookDeliveryEntity, decoded.id, { populate: ['subscription', 'subscription.provider', 'event'] });
    if (!original) throw notFound(field);
    const subscription = original.subscription;
    if (!canManageWebhooks(actor, subscription.provider.slug)) throw forbidden(field);
    if (!subscription.enabled) return { delivery: null, userErrors: [userError(UserErrorCode.INVALID_STATUS, ['input', 'deliveryId'])] };
    if ([WebhookDeliveryStatus.PENDING, WebhookDeliveryStatus.RETRYING].includes(original.status)) {
      return { delivery: null, userErrors: [userError(UserErrorCode.WEBHOOK_DELIVERY_PENDING, field)] };
    }
    const delivery = em.create(WebhookDeliveryEntity, {
      subscription, event: original.event, aggregateId: original.aggregateId, topic: original.topic, messageId: original.messageId, redeliveryOf: original.id,
    } as never);
    await em.flush();
    await scheduleStream((sql, parameters) => em.execute(sql, parameters as never[]), { subscriptionId: subscription.id, aggregateId: original.aggregateId }, 'now');
    return { delivery, userErrors: [] };
  });
  return created;
}
