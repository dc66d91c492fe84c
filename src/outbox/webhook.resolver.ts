import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { authorize } from '../identity/policy';
import { requireActor } from '../identity/representation.service';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import {
  createWebhookSubscription, disableWebhook, listWebhookDeliveries, listWebhookSubscriptions, redeliverWebhook, rotateWebhookSecret, SubscriptionResult,
} from './webhook.service';
import { canManageWebhooks } from './webhook.policy';
import {
  CreateWebhookSubscriptionInput, DisableWebhookPayload, RedeliverWebhookInput, RedeliverWebhookPayload, toDeliveryView, toSubscriptionView,
  WEBHOOK_DELIVERY_STATUS_LABELS, WebhookDeliveryConnection, WebhookDeliveryView, WebhookSecretPayload, WebhookSubscriptionRefInput, WebhookSubscriptionView,
} from './webhook.type';

const toSecretPayload = (result: SubscriptionResult): WebhookSecretPayload => ({
  subscription: result.subscription && toSubscriptionView(result.subscription), secret: result.secret, userErrors: result.userErrors,
});

/** Webhook subscriptions and their delivery log: the provider's admins (webhook.policy.ts). */
@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookSubscriptionView], { description: "The provider's webhook subscriptions, newest first (its admins)." })
  async webhookSubscriptions(
    @Ctx() context: RequestContext,
    @Arg('provider', { description: 'Provider slug.' }) provider: string,
  ): Promise<WebhookSubscriptionView[]> {
    authorize(canManageWebhooks(requireActor(context), provider), ['provider']);
    return (await listWebhookSubscriptions(context, provider)).map(toSubscriptionView);
  }

  @Query(() => WebhookDeliveryConnection, { description: "The delivery log of the provider's subscriptions, newest first (its admins)." })
  async webhookDeliveries(
    @Ctx() context: RequestContext,
    @Arg('provider', { description: 'Provider slug.' }) provider: string,
    @Arg('subscriptionId', () => String, { nullable: true, description: 'Only this subscription\'s deliveries (global ID).' }) subscriptionId: string | null,
    @Arg('status', () => [WebhookDeliveryStatus], { nullable: true, description: 'Only deliveries in these states.' }) status: WebhookDeliveryStatus[] | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<WebhookDeliveryConnection> {
    authorize(canManageWebhooks(requireActor(context), provider), ['provider']);
    return mapConnection(await listWebhookDeliveries(context, { provider, subscriptionId, status }, page), toDeliveryView);
  }

  @Mutation(() => WebhookSecretPayload, {
    description: 'Subscribe an endpoint to topics of the provider\'s outbox (its admins). The answer holds the signing secret, the only time it is shown.',
  })
  async createWebhookSubscription(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateWebhookSubscriptionInput, { validate: true, description: 'The endpoint and its topics.' }) input: CreateWebhookSubscriptionInput,
  ): Promise<WebhookSecretPayload> {
    authorize(canManageWebhooks(requireActor(context), input.provider), ['input', 'provider']);
    return toSecretPayload(await createWebhookSubscription(context, input));
  }

  @Mutation(() => WebhookSecretPayload, {
    description: 'Give the subscription a new signing secret, shown once; the old one keeps signing beside it for a while (its provider\'s admins).',
  })
  async rotateWebhookSecret(
    @Ctx() context: RequestContext,
    @Arg('input', () => WebhookSubscriptionRefInput, { validate: true, description: 'The subscription.' }) input: WebhookSubscriptionRefInput,
  ): Promise<WebhookSecretPayload> {
    return toSecretPayload(await rotateWebhookSecret(context, input));
  }

  @Mutation(() => DisableWebhookPayload, { description: 'Stop sending events to the endpoint; deliveries not yet made are cancelled (its provider\'s admins).' })
  async disableWebhook(
    @Ctx() context: RequestContext,
    @Arg('input', () => WebhookSubscriptionRefInput, { validate: true, description: 'The subscription.' }) input: WebhookSubscriptionRefInput,
  ): Promise<DisableWebhookPayload> {
    const result = await disableWebhook(context, input);
    return { subscription: result.subscription && toSubscriptionView(result.subscription), userErrors: result.userErrors };
  }

  @Mutation(() => RedeliverWebhookPayload, { description: 'Send a delivered or failed event again, with the same `webhook-id` (its provider\'s admins).' })
  async redeliverWebhook(
    @Ctx() context: RequestContext,
    @Arg('input', () => RedeliverWebhookInput, { validate: true, description: 'The delivery to repeat.' }) input: RedeliverWebhookInput,
  ): Promise<RedeliverWebhookPayload> {
    const result = await redeliverWebhook(context, input);
    return { delivery: result.delivery && toDeliveryView(result.delivery), userErrors: result.userErrors };
  }
}

@Resolver(() => WebhookDeliveryView)
export class WebhookDeliveryLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `status`, e.g. "Lliurat".' })
  statusLabel(@Root() delivery: WebhookDeliveryView, @ServedLocale() locale: Locale): string {
    return labelOf(WEBHOOK_DELIVERY_STATUS_LABELS, delivery.status, locale);
  }
}
