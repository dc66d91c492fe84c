import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { QUALITY_INDICATOR_LABELS } from '../catalogue/resource-labels';
import { ResourceNode } from '../catalogue/resource.type';
import { RequestContext } from '../graphql/context';
import { DateScalar } from '../graphql/scalars';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { ProviderNode } from '../tenancy/provider.type';
import { recordQualityAnalysis } from './quality-analysis.service';
import { RecordQualityAnalysisInput, RecordQualityAnalysisPayload, toQualityAnalysisView } from './quality-analysis.type';
import { providerQualityReport, resourceQualityReport } from './quality-report.service';
import { QualityAnalysisView } from './quality-analysis.type';
import { BREACH_KIND_LABELS, CommitmentResultView, QualityBreachView, QualityReportView, toQualityReportView } from './quality-report.type';
import { canReadQualityBreaches } from './quality.policy';

const FROM = { description: 'First day of the period (Catalan days, both ends included).' };
const TO = { description: 'Last day of the period; at most 5 years after `from`.' };

/**
 * `Resource.qualityReport` and `Provider.qualityReport`. The figures are public; the cases that
 * breached a commitment name applications, so `breaches` is null unless the caller is staff of
 * the fitxa's provider (canReadQualityBreaches) — null rather than FORBIDDEN, like the other
 * staff-only fields of public objects (`Resource.content`), so a public page and a back office
 * ask the same query. A bad period is a top-level BAD_USER_INPUT naming `from` or `to`.
 * Costly: query-cost.ts weighs these fields so that a page of fitxes cannot ask each for its report.
 */
@Resolver(() => ResourceNode)
export class ResourceQualityReportResolver {
  @FieldResolver(() => QualityReportView, {
    nullable: true,
    description: "The fitxa's quality commitments (of its published version) computed from what happened between `from` and `to`; null when the fitxa is not published.",
  })
  async qualityReport(
    @Root() resource: ResourceNode, @Ctx() context: RequestContext, @ServedLocale() locale: Locale,
    @Arg('from', () => DateScalar, FROM) from: string, @Arg('to', () => DateScalar, TO) to: string,
  ): Promise<QualityReportView | null> {
    const report = await resourceQualityReport(context.em, resource.snapshot.id, { from, to }, context.clock.now());
    return report && toQualityReportView(report, locale, (slug) => canReadQualityBreaches(context.identity.actor, slug));
  }
}

@Resolver(() => ProviderNode)
export class ProviderQualityReportResolver {
  @FieldResolver(() => QualityReportView, {
    description: "The quality commitments of every published fitxa of the provider computed from what happened between `from` and `to`, as diputacions publish them every quarter.",
  })
  async qualityReport(
    @Root() provider: ProviderNode, @Ctx() context: RequestContext, @ServedLocale() locale: Locale,
    @Arg('from', () => DateScalar, FROM) from: string, @Arg('to', () => DateScalar, TO) to: string,
  ): Promise<QualityReportView> {
    const report = await providerQualityReport(context.em, provider.databaseId, { from, to }, context.clock.now());
    return toQualityReportView(report, locale, (slug) => canReadQualityBreaches(context.identity.actor, slug));
  }
}

@Resolver(() => CommitmentResultView)
export class CommitmentResultLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `indicator`, e.g. "Comunicació de la resolució en termini".' })
  indicatorLabel(@Root() commitment: CommitmentResultView, @ServedLocale() locale: Locale): string {
    return labelOf(QUALITY_INDICATOR_LABELS, commitment.indicator, locale);
  }
}

@Resolver(() => QualityBreachView)
export class QualityBreachLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `kind`, e.g. "Resolt fora de termini".' })
  kindLabel(@Root() breach: QualityBreachView, @ServedLocale() locale: Locale): string {
    return labelOf(BREACH_KIND_LABELS, breach.kind, locale);
  }
}

@Resolver(() => QualityAnalysisView)
export class QualityAnalysisResolver {
  @Mutation(() => RecordQualityAnalysisPayload, {
    description: "Record the causes of a commitment missed in a report period and the measures to improve (the provider's reviewers and admins). Only for a commitment the report for exactly that period shows missed; a second analysis supersedes the first, which is kept.",
  })
  async recordQualityAnalysis(
    @Ctx() context: RequestContext,
    @Arg('input', () => RecordQualityAnalysisInput, { validate: true, description: 'The fitxa, the commitment, the period, the causes and the measures.' }) input: RecordQualityAnalysisInput,
  ): Promise<RecordQualityAnalysisPayload> {
    // Who may record needs the fitxa's provider: the service asks quality.policy.ts once it has it.
    const result = await recordQualityAnalysis(context, input);
    return { analysis: result.analysis && toQualityAnalysisView(result.analysis), userErrors: result.userErrors };
  }
}

export const qualityReportResolvers = [
  QualityAnalysisResolver, ResourceQualityReportResolver, ProviderQualityReportResolver, CommitmentResultLabelsResolver, QualityBreachLabelsResolver,
] as const;
