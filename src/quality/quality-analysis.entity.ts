import { Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { QualityIndicator } from '../catalogue/resource-enums';
import { ResourceEntity } from '../catalogue/resource.entity';
import { BaseEntity } from '../database/base.entity';
import { ProviderEntity } from '../tenancy/provider.entity';

/**
 * The causes of a missed quality commitment and the measures to improve, recorded by the
 * provider's staff for one commitment and one report period ("en cas d'incompliment … s'analitzaran
 * les causes i es proposaran millores"). The commitment is named as reports name it, by
 * (resource, indicator, occurrence): the row id of a commitment changes with each revision.
 *
 * Write-once: a row never changes. Recording again for the same commitment and period writes a new
 * row that supersedes the current one, so the history stays (who wrote what, when); the report
 * shows the newest. Two unique indexes keep the chain a line even under concurrent writes: one
 * first analysis per commitment and period, and each analysis superseded at most once.
 */
@Entity({ tableName: 'quality_analysis' })
@Index({ properties: ['resource', 'periodFrom', 'periodTo'] })
@Index({
  name: 'quality_analysis_first_unique',
  expression: 'create unique index "quality_analysis_first_unique" on "quality_analysis" ("resource_id", "indicator", "occurrence", "period_from", "period_to") where "supersedes_id" is null',
})
export class QualityAnalysisEntity extends BaseEntity {
  /** The fitxa's provider, for the tenant filter. */
  @ManyToOne(() => ProviderEntity, { deleteRule: 'restrict' })
  provider!: ProviderEntity;

  @ManyToOne(() => ResourceEntity, { deleteRule: 'cascade' })
  resource!: ResourceEntity;

  @Enum({ items: () => QualityIndicator, nativeEnumName: 'quality_indicator' })
  indicator!: QualityIndicator;

  /** 1 for the fitxa's first commitment of this indicator, 2 for a second one… */
  @Property({ type: 'smallint' })
  occurrence!: number;

  /** The report period the analysis answers, both days included. */
  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  @Property({ type: 'text' })
  causes!: string;

  @Property({ type: 'text' })
  measures!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  /** NIF of the reviewer or admin who recorded it. */
  @Property({ type: 'string', length: 9 })
  recordedByNif!: string;

  /** The analysis this one replaces; null for the first of its commitment and period. Rows go only with their fitxa, the chain with them. */
  @OneToOne(() => QualityAnalysisEntity, { owner: true, nullable: true, unique: true, deleteRule: 'cascade' })
  supersedes?: QualityAnalysisEntity | null;
}
