import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { NUMBER_BOUNDS } from '../catalogue/content-bounds.rules';
import { MAX_SURVEY_TEXT_LENGTH } from './survey.rules';

// Lengths here only stop absurd input early; survey.rules.ts checks each answer and answers with user errors.

@InputType({ description: 'The answer to one question of the survey.' })
export class SurveyAnswerInput {
  @Field({ description: 'SurveyQuestion.code of the question answered.' }) @MaxLength(200) questionCode!: string;

  // Float, so that a fraction reaches the rule and is answered as a user error (OUT_OF_RANGE) like any other bad rating.
  @Field(() => Float, {
    nullable: true,
    description: `For a RATING question: a whole number from ${NUMBER_BOUNDS.rating.min} to ${NUMBER_BOUNDS.rating.max} (anything else is OUT_OF_RANGE). Null or left out for FREE_TEXT questions, and for an optional question left unanswered.`,
  })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: `For a FREE_TEXT question: the text, at most ${MAX_SURVEY_TEXT_LENGTH} characters. Null or left out for RATING questions.` })
  @MaxLength(100000)
  text?: string | null;
}

@InputType({ description: "The entity's answers to the survey of a granted application." })
export class SubmitSurveyResponseInput {
  @Field(() => ID, { description: 'Global ID of the application, which must have been granted.' }) @MaxLength(200) applicationId!: string;

  @Field(() => [SurveyAnswerInput], { description: 'One answer per question answered; every required question must be among them.' })
  @ArrayMaxSize(200)
  answers!: SurveyAnswerInput[];
}
