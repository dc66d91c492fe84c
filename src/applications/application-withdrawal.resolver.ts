import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { MutationPayload } from '../errors/user-error.type';
import { RequestContext } from '../graphql/context';
import { RegistryEntryView, toRegistryEntryView } from '../registry/registry-entry.type';
import { discardDraft } from './application-drafting.service';
import { requestWithdrawal } from './application-withdrawal.service';
import { ApplicationIdInput, RequestWithdrawalInput } from './application.inputs';
import { ApplicationNode, ApplicationPayload, toApplicationNode } from './application.type';

@ObjectType('RequestWithdrawalPayload', { description: 'Result of asking to withdraw an application.' })
export class RequestWithdrawalPayload extends MutationPayload {
  @Field(() => ApplicationNode, { nullable: true, description: 'The application; its status changes only when the provider accepts the withdrawal.' }) application!: ApplicationNode | null;
  @Field(() => RegistryEntryView, { nullable: true, description: 'The incoming registry entry of the request, with its sealed justificant (also on an idempotent retry).' }) registryEntry!: RegistryEntryView | null;
}

/** Giving up an application: a draft is discarded; a submitted one is withdrawn by a signed request the provider accepts. */
@Resolver()
export class ApplicationWithdrawalResolver {
  @Mutation(() => RequestWithdrawalPayload, {
    description: 'Ask to withdraw a submitted application (desistiment, art. 94): signed and registered like the submission; the provider accepts it by resolution (resolveApplication ACCEPT_WITHDRAWAL). Once per application; not for drafts (discardDraft).',
  })
  async requestWithdrawal(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestWithdrawalInput, { validate: true, description: 'The application, the reason, your signature and an idempotency key.' }) input: RequestWithdrawalInput,
  ): Promise<RequestWithdrawalPayload> {
    const result = await requestWithdrawal(context, input);
    return {
      application: result.application && toApplicationNode(result.application),
      // The person who signed asks: they see who signed.
      registryEntry: result.registryEntry && toRegistryEntryView(result.registryEntry, { showSigner: true }),
      userErrors: result.userErrors,
    };
  }

  @Mutation(() => ApplicationPayload, { description: 'Discard a draft: the provider never sees it. A submitted application is withdrawn with requestWithdrawal instead (NOT_A_DRAFT).' })
  async discardDraft(
    @Ctx() context: RequestContext,
    @Arg('input', () => ApplicationIdInput, { validate: true, description: 'The draft to discard.' }) input: ApplicationIdInput,
  ): Promise<ApplicationPayload> {
    const result = await discardDraft(context, input);
    return { ...result, application: result.application && toApplicationNode(result.application) };
  }
}
