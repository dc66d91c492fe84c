import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { ApplicationNode, toApplicationNode } from './application.type';
import { toRegistryEntryView } from '../registry/registry-entry.type';
import { answerCorrections } from './corrections-answer.service';
import { correctionRequestsOf, correctionTermLastDay, requestCorrections } from './corrections.service';
import {
  AnswerCorrectionsInput, AnswerCorrectionsPayload, CorrectionRequestView, RequestCorrectionsInput, RequestCorrectionsPayload, toCorrectionRequestView,
} from './corrections.type';

@Resolver(() => CorrectionRequestView)
export class CorrectionsResolver {
  @Mutation(() => RequestCorrectionsPayload, {
    description: "Ask the entity to correct or complete a submitted application (the provider's reviewers and admins): notified to the entity, it suspends the maximum term to resolve until the answer or the end of the term.",
  })
  async requestCorrections(
    @Ctx() context: RequestContext,
    @Arg('input', () => RequestCorrectionsInput, { validate: true, description: 'The application, what to correct and the term.' }) input: RequestCorrectionsInput,
  ): Promise<RequestCorrectionsPayload> {
    // Whether the caller reviews this provider's applications needs the application: loadApplicationForReviewer asks application.policy.ts.
    const result = await requestCorrections(context, input);
    return {
      application: result.application && toApplicationNode(result.application),
      correctionRequest: result.correctionRequest && toCorrectionRequestView(result.correctionRequest),
      userErrors: result.userErrors,
    };
  }

  @Mutation(() => AnswerCorrectionsPayload, {
    description: 'Answer the pending request for corrections, signed and registered like a submission (people who act for the entity). A late answer still counts until desistiment is declared. The due dates move by the days the term was suspended.',
  })
  async answerCorrections(
    @Ctx() context: RequestContext,
    @Arg('input', () => AnswerCorrectionsInput, { validate: true, description: 'The application, your answer, its files, your signature and an idempotency key.' }) input: AnswerCorrectionsInput,
  ): Promise<AnswerCorrectionsPayload> {
    // Who may answer needs the application: loadApplicationForApplicant asks whom the caller acts for.
    const result = await answerCorrections(context, input);
    return {
      application: result.application && toApplicationNode(result.application),
      correctionRequest: result.correctionRequest && toCorrectionRequestView(result.correctionRequest),
      // The signer is the caller, who may see their own NIF.
      registryEntry: result.registryEntry && toRegistryEntryView(result.registryEntry, { showSigner: true }),
      userErrors: result.userErrors,
    };
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Last day to answer (business days from the notification taking effect); null until the notification is opened or deemed rejected.' })
  async termLastDay(@Root() request: CorrectionRequestView, @Ctx() context: RequestContext): Promise<string | null> {
    return correctionTermLastDay(context.em, request.entity.application, request.entity);
  }
}

@Resolver(() => ApplicationNode)
export class ApplicationCorrectionsResolver {
  /** The application was found readable; its requests go with it. */
  @FieldResolver(() => [CorrectionRequestView], { description: 'Requests for corrections, oldest first.' })
  async correctionRequests(@Root() application: ApplicationNode, @Ctx() context: RequestContext): Promise<CorrectionRequestView[]> {
    return (await correctionRequestsOf(context, application.entity.id)).map(toCorrectionRequestView);
  }
}

export const correctionsResolvers = [CorrectionsResolver, ApplicationCorrectionsResolver] as const;
