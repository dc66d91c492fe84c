import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DEADLINE_STATE_LABELS } from '../applications/application-labels';
import { ApplicationNode } from '../applications/application.type';
import { DeadlineState } from '../applications/deadline-state';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { ServedLocale } from '../graphql/served-locale';
import { optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { authorize } from '../identity/policy';
import { requireActor } from '../identity/representation.service';
import { communicateDelay, decisionDelayDeadlineState, decisionDelayOf, listDecisionDelays } from './decision-delay.service';
import { CommunicateDelayInput, CommunicateDelayPayload, DecisionDelayConnection, DecisionDelayView, toDecisionDelayView } from './decision-delay.type';
import { canHandleDecisionDelays } from './quality.policy';

/** Delay tasks and the communication of their causes: the provider's reviewers and admins (quality.policy.ts). */
@Resolver(() => DecisionDelayView)
export class DecisionDelayResolver {
  @Query(() => DecisionDelayConnection, {
    description: "The provider's delay tasks, the earliest communication due date first (its reviewers and admins): applications past the fitxa's hard limit without a decision.",
  })
  async decisionDelays(
    @Ctx() context: RequestContext,
    @Arg('provider', { description: 'Provider slug.' }) provider: string,
    @Arg('pending', () => Boolean, { nullable: true, description: 'true: only those not communicated yet; false: only the communicated ones; all when not given.' }) pending: boolean | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<DecisionDelayConnection> {
    authorize(canHandleDecisionDelays(requireActor(context), provider), ['provider']);
    return mapConnection(await listDecisionDelays(context, { provider, pending }, page), toDecisionDelayView);
  }

  @Mutation(() => CommunicateDelayPayload, {
    description: 'Communicate to the entity the causes of the delay and the measures taken (the provider\'s reviewers and admins), once per delay task: a letter sealed by the provider, '
      + 'registered outgoing and notified (DELAY_COMMUNICATION).',
  })
  async communicateDelay(
    @Ctx() context: RequestContext,
    @Arg('input', () => CommunicateDelayInput, { validate: true, description: 'The application, the causes and the measures.' }) input: CommunicateDelayInput,
  ): Promise<CommunicateDelayPayload> {
    // Whether the caller reviews this provider's applications needs the application: loadApplicationForReviewer asks application.policy.ts,
    // the rule canHandleDecisionDelays is made of.
    const result = await communicateDelay(context, input);
    return { decisionDelay: result.decisionDelay && toDecisionDelayView(result.decisionDelay), userErrors: result.userErrors };
  }

  @FieldResolver(() => DeadlineState, { nullable: true, description: 'Against the communication due date while pending (AT_RISK within 10 business days, OVERDUE past it); null once communicated.' })
  deadlineState(@Root() delay: DecisionDelayView, @Ctx() context: RequestContext): Promise<DeadlineState | null> {
    return decisionDelayDeadlineState(context, delay.entity);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `deadlineState`, e.g. "Dins de termini".' })
  async deadlineStateLabel(@Root() delay: DecisionDelayView, @Ctx() context: RequestContext, @ServedLocale() locale: Locale): Promise<string | null> {
    return optionalLabelOf(DEADLINE_STATE_LABELS, await this.deadlineState(delay, context), locale);
  }
}

@Resolver(() => ApplicationNode)
export class ApplicationDecisionDelayResolver {
  @FieldResolver(() => DecisionDelayView, {
    nullable: true, description: "Its delay task, when it passed the fitxa's hard limit without a decision; for the provider's staff (null for anyone else).",
  })
  async decisionDelay(@Root() application: ApplicationNode, @Ctx() context: RequestContext): Promise<DecisionDelayView | null> {
    const delay = await decisionDelayOf(context, application.entity.id);
    return delay && toDecisionDelayView(delay);
  }
}

export const decisionDelayResolvers = [DecisionDelayResolver, ApplicationDecisionDelayResolver] as const;
