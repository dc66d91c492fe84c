import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SurveyQuestionKind } from '../catalogue/resource-enums';
import { ApplicationNode } from '../applications/application.type';
import { MutationPayload } from '../errors/user-error.type';
import { ConnectionType } from '../graphql/connection.type';
import { toGlobalId } from '../graphql/global-id';
import { DateTimeScalar } from '../graphql/scalars';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { toLocalEntityNode } from '../tenancy/local-entity.resolver';
import { SurveyResponseEntity } from './survey-response.entity';

@ObjectType('SurveyAnswer', { description: 'One answered question of a survey response; never changes.', simpleResolvers: true })
export class SurveyAnswerView {
  @Field({ description: 'Code of the question answered.' }) questionCode!: string;
  @Field(() => SurveyQuestionKind, { description: 'The kind the question had when the application was filed.' }) kind!: SurveyQuestionKind;
  @Field({ description: 'The question was the "fit to needs" rating when the application was filed.' }) fitToNeeds!: boolean;
  @Field(() => Int, { nullable: true, description: 'The rating, 0 to 10, for a RATING question.' }) rating!: number | null;
  @Field(() => String, { nullable: true, description: 'The text, for a FREE_TEXT question.' }) text!: string | null;
}

@ObjectType('SurveyResponse', { description: "A local entity's answers to a fitxa's survey, once per granted application; never changes.", simpleResolvers: true })
export class SurveyResponseView {
  @Field(() => ID, { description: 'Global ID.' }) id!: string;
  @Field(() => ID, { description: 'Global ID of the application it answers for.' }) applicationId!: string;
  @Field(() => ID, { description: 'Global ID of the fitxa.' }) resourceId!: string;
  @Field(() => LocalEntityNode, { description: 'The entity that answered.' }) localEntity!: LocalEntityNode;
  @Field(() => DateTimeScalar, { description: 'When it was answered.' }) submittedAt!: Date;
  @Field({ description: 'NIF of the person who answered for the entity.' }) submittedByNif!: string;
  @Field(() => [SurveyAnswerView], { description: 'The answers, in the order of the survey.' }) answers!: SurveyAnswerView[];
}

export function toSurveyResponseView(response: SurveyResponseEntity): SurveyResponseView {
  return {
    id: toGlobalId('SurveyResponse', response.id),
    applicationId: toGlobalId('Application', response.application.id),
    resourceId: toGlobalId('Resource', response.resource.id),
    localEntity: toLocalEntityNode(response.localEntity),
    submittedAt: response.submittedAt,
    submittedByNif: response.submittedByNif,
    answers: [...response.answers.getItems()].sort((a, b) => a.position - b.position).map((a) => ({
      questionCode: a.questionCode, kind: a.kind, fitToNeeds: a.fitToNeeds, rating: a.rating ?? null, text: a.text ?? null,
    })),
  };
}

@ObjectType('SurveyResponseConnection', { description: 'A page of survey responses.', simpleResolvers: true })
export class SurveyResponseConnection extends ConnectionType(SurveyResponseView, 'SurveyResponse') {}

@ObjectType('SubmitSurveyResponsePayload', { description: 'Result of submitSurveyResponse.' })
export class SubmitSurveyResponsePayload extends MutationPayload {
  @Field(() => SurveyResponseView, { nullable: true, description: 'The response as stored; null when nothing was.' }) surveyResponse!: SurveyResponseView | null;
  @Field(() => ApplicationNode, { nullable: true, description: 'The application answered for.' }) application!: ApplicationNode | null;
}
