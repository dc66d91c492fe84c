import { Entity, Enum, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { SurveyQuestionKind } from './resource-enums';
import { ResourceItemEntity } from './resource-item.entity';

/**
 * A question of the fitxa's survey (enquesta de satisfacció), which a local entity answers once
 * after a grant. Content like every other list of the fitxa: edited with it, compiled into the
 * snapshot at publication. Answers copy `kind` and `fitToNeeds` (src/quality/survey-answer.entity.ts),
 * so editing the survey later never changes what was answered.
 */
@Entity({ tableName: 'survey_question' })
export class SurveyQuestionEntity extends ResourceItemEntity {
  /** Stable within the fitxa ([a-z0-9_-]); answers name their question by it. */
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'jsonb' })
  text!: LocalizedText;

  @Enum({ items: () => SurveyQuestionKind, nativeEnumName: 'survey_question_kind' })
  kind!: SurveyQuestionKind;

  /** The rating the "fit to needs" quality commitment reads (at most one per fitxa, RATING only). */
  @Property({ type: 'boolean', default: false })
  fitToNeeds!: boolean;

  @Property({ type: 'boolean', default: false })
  required!: boolean;
}
