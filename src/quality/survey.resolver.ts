import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ApplicationNode, toApplicationNode } from '../applications/application.type';
import { toSurveyQuestionView } from '../catalogue/resource.mapper';
import { ResourceNode, SurveyQuestionView } from '../catalogue/resource.type';
import { ServedLocale, stampServedLocale } from '../graphql/served-locale';
import { Locale } from '../i18n/locale';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { DateScalar } from '../graphql/scalars';
import { SubmitSurveyResponseInput } from './survey.inputs';
import { listSurveyResponses, submitSurveyResponse, surveyAvailableFor, surveyOfApplication, surveyResponseOf } from './survey.service';
import { SubmitSurveyResponsePayload, SurveyResponseConnection, SurveyResponseView, toSurveyResponseView } from './survey.type';

@Resolver()
export class SurveyResolver {
  @Mutation(() => SubmitSurveyResponsePayload, {
    description: "Answer the survey of a granted application, for its entity (the survey of the fitxa version the application was filed against). Once per application: answers never change (ALREADY_ANSWERED). NOT_GRANTED before a grant resolution; NOT_ASKED when the fitxa has no survey.",
  })
  async submitSurveyResponse(
    @Ctx() context: RequestContext,
    @Arg('input', () => SubmitSurveyResponseInput, { validate: true, description: 'The application and the answers.' }) input: SubmitSurveyResponseInput,
  ): Promise<SubmitSurveyResponsePayload> {
    const result = await submitSurveyResponse(context, input);
    return {
      surveyResponse: result.response && toSurveyResponseView(result.response),
      application: result.application && toApplicationNode(result.application),
      userErrors: result.userErrors,
    };
  }
}

@Resolver(() => ApplicationNode)
export class ApplicationSurveyResolver {
  @FieldResolver(() => [SurveyQuestionView], {
    description: "The questions this application's survey asks: those of the fitxa version it was filed against (Resource.survey may have changed since); empty for a draft or when the fitxa has no survey.",
  })
  async survey(@Root() application: ApplicationNode, @Ctx() context: RequestContext, @ServedLocale() locale: Locale): Promise<SurveyQuestionView[]> {
    if (!application.entity.submittedAt) return [];
    const questions = (await surveyOfApplication(context.em, application.entity)).map((question) => toSurveyQuestionView(question, locale));
    stampServedLocale(questions, locale);
    return questions;
  }

  /** The application was found readable (its entity's people, the provider's reviewers and admins); its response goes with it. */
  @FieldResolver(() => SurveyResponseView, { nullable: true, description: "The entity's answers to the survey; null until answered." })
  async surveyResponse(@Root() application: ApplicationNode, @Ctx() context: RequestContext): Promise<SurveyResponseView | null> {
    const response = await surveyResponseOf(context, application.entity);
    return response && toSurveyResponseView(response);
  }

  @FieldResolver(() => Boolean, {
    description: 'The caller may answer the survey now (submitSurveyResponse): the application was granted, its survey has questions and is not answered yet, and the caller acts for its entity.',
  })
  async surveyAvailable(@Root() application: ApplicationNode, @Ctx() context: RequestContext): Promise<boolean> {
    return surveyAvailableFor(context, application.entity);
  }
}

@Resolver(() => ResourceNode)
export class ResourceSurveyResponsesResolver {
  @FieldResolver(() => SurveyResponseConnection, {
    nullable: true,
    description: "The entities' answers to this fitxa's survey, newest first, optionally those submitted between `from` and `to` (Catalan days, both included). Only the provider's reviewers, editors and admins; null for anyone else.",
  })
  async surveyResponses(
    @Root() resource: ResourceNode, @Ctx() context: RequestContext, @Args(() => ConnectionArguments) page: ConnectionArguments,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First day, included.' }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day, included.' }) to?: string | null,
  ): Promise<SurveyResponseConnection | null> {
    const rows = await listSurveyResponses(context, { id: resource.snapshot.id, providerSlug: resource.snapshot.provider.slug }, page, { from, to });
    return rows && mapConnection(rows, toSurveyResponseView);
  }
}

export const surveyResolvers = [SurveyResolver, ApplicationSurveyResolver, ResourceSurveyResponsesResolver] as const;
