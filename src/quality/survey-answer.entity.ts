import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SurveyQuestionKind } from '../catalogue/resource-enums';
import type { SurveyResponseEntity } from './survey-response.entity';

/**
 * One answered question of a survey response. `kind` and `fitToNeeds` are copied from the survey
 * the application was filed against, so that editing the fitxa's survey later never changes what
 * the quality report counts. Exactly one of `rating` (RATING, 0–10) and `text` (FREE_TEXT) is set.
 */
@Entity({ tableName: 'survey_answer' })
@Unique({ name: 'survey_answer_question_unique', properties: ['response', 'questionCode'] })
export class SurveyAnswerEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('SurveyResponseEntity', { deleteRule: 'cascade' })
  response!: SurveyResponseEntity;

  /** The question's place in the survey answered, from 1. */
  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'string', length: 64 })
  questionCode!: string;

  @Enum({ items: () => SurveyQuestionKind, nativeEnumName: 'survey_question_kind' })
  kind!: SurveyQuestionKind;

  @Property({ type: 'boolean' })
  fitToNeeds!: boolean;

  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'text', nullable: true })
  text?: string | null;
}
