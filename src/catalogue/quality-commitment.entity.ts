import { Entity, Enum, Property } from '@mikro-orm/core';
import { LocalizedText } from '../i18n/locale';
import { QualityIndicator, TermUnit } from './resource-enums';
import { ResourceItemEntity } from './resource-item.entity';

/** A compromís de qualitat: an indicator, its threshold and the share that must meet it. */
@Entity({ tableName: 'quality_commitment' })
export class QualityCommitmentEntity extends ResourceItemEntity {
  @Enum({ items: () => QualityIndicator, nativeEnumName: 'quality_indicator' })
  indicator!: QualityIndicator;

  @Property({ type: 'jsonb' })
  text!: LocalizedText;

  /** A rating out of 10, or an amount of `thresholdUnit`. */
  @Property({ type: 'integer' })
  threshold!: number;

  @Enum({ items: () => TermUnit, nativeEnumName: 'term_unit', nullable: true })
  thresholdUnit?: TermUnit | null;

  /** Share (0–100 %) of cases that must meet the threshold. */
  @Property({ type: 'integer' })
  targetPercent!: number;

  /** A limit never to be exceeded, e.g. 3 months. */
  @Property({ type: 'integer', nullable: true })
  hardLimitAmount?: number | null;

  @Enum({ items: () => TermUnit, nativeEnumName: 'term_unit', nullable: true })
  hardLimitUnit?: TermUnit | null;

  /** What the provider does when the commitment is missed. */
  @Property({ type: 'jsonb', nullable: true })
  breachAction?: LocalizedText | null;
}
