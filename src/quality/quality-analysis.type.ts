import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { QualityIndicator } from '../catalogue/resource-enums';
import { MutationPayload } from '../errors/user-error.type';
import { toGlobalId } from '../graphql/global-id';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { QualityAnalysisEntity } from './quality-analysis.entity';
import { RecordedAnalysis } from './quality-report';

@ObjectType('QualityAnalysis', { description: 'The causes of a missed quality commitment and the measures to improve, as the provider recorded them for a period.', simpleResolvers: true })
export class QualityAnalysisView {
  @Field(() => ID, { description: 'Opaque ID of this analysis (a newer one for the same commitment and period supersedes it).' }) id!: string;
  @Field({ description: 'Why the commitment was missed.' }) causes!: string;
  @Field({ description: 'What the provider does to improve.' }) measures!: string;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) recordedAt!: Date;
}

export const toQualityAnalysisView = (analysis: RecordedAnalysis | QualityAnalysisEntity): QualityAnalysisView => ({
  id: toGlobalId('QualityAnalysis', analysis.id), causes: analysis.causes, measures: analysis.measures, recordedAt: analysis.recordedAt,
});

@InputType('RecordQualityAnalysisInput', { description: 'A missed commitment of a fitxa, the report period, and its causes and measures.' })
export class RecordQualityAnalysisInput {
  @Field(() => ID, { description: 'Global ID of the published fitxa.' }) @MaxLength(200) resourceId!: string;
  @Field(() => QualityIndicator, { description: 'The indicator of the commitment (CommitmentResult.indicator).' }) indicator!: QualityIndicator;
  @Field(() => Int, { nullable: true, description: 'Which commitment of that indicator (CommitmentResult.occurrence); 1 when not given.' }) occurrence?: number | null;
  @Field(() => DateScalar, { description: 'First day of the report period, as in qualityReport(from).' }) from!: string;
  @Field(() => DateScalar, { description: 'Last day of the report period, as in qualityReport(to).' }) to!: string;
  @Field({ description: 'Why the commitment was missed (at most 10,000 characters).' }) @MaxLength(20_000) causes!: string;
  @Field({ description: 'What the provider does to improve (at most 10,000 characters).' }) @MaxLength(20_000) measures!: string;
}

@ObjectType('RecordQualityAnalysisPayload', { description: 'The analysis recorded, or why nothing was written.' })
export class RecordQualityAnalysisPayload extends MutationPayload {
  @Field(() => QualityAnalysisView, { nullable: true, description: 'The analysis recorded; null when nothing was written.' }) analysis!: QualityAnalysisView | null;
}
