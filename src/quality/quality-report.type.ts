import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { QualityIndicator, TermUnit } from '../catalogue/resource-enums';
import { Term } from '../catalogue/resource.type';
import { registerDescribedEnum } from '../graphql/described-enum';
import { toGlobalId } from '../graphql/global-id';
import { DateScalar } from '../graphql/scalars';
import { LabelTable } from '../i18n/labels';
import { Locale, pickLocalized } from '../i18n/locale';
import { QualityAnalysisView, toQualityAnalysisView } from './quality-analysis.type';
import { BreachCase, BreachKind, CommitmentResult, QualityReport } from './quality-report';

registerDescribedEnum(BreachKind, {
  name: 'QualityBreachKind',
  description: 'What happened in a case that did not meet its quality commitment.',
  values: {
    DECIDED_AFTER_TERM: 'Decided (the resolution made available) after the term of the commitment, within its hard limit.',
    DECIDED_AFTER_HARD_LIMIT: 'Decided after the hard limit of the commitment (3 months in fitxa 111219).',
    UNDECIDED_AFTER_HARD_LIMIT: 'Still undecided at the end of the period although the hard limit had passed.',
    RATING_BELOW_THRESHOLD: 'A survey rating below the threshold of the commitment.',
    COMMUNICATED_LATE: 'The causes and measures of a delay were communicated after their due date.',
    NOT_COMMUNICATED: 'The causes and measures of a delay were not communicated by the end of the period, their due date past.',
  },
});

export const BREACH_KIND_LABELS: LabelTable<BreachKind> = {
  DECIDED_AFTER_TERM: { CA: 'Resolt fora de termini', ES: 'Resuelto fuera de plazo', EN: 'Decided after the term' },
  DECIDED_AFTER_HARD_LIMIT: { CA: 'Resolt després del límit màxim', ES: 'Resuelto después del límite máximo', EN: 'Decided after the hard limit' },
  UNDECIDED_AFTER_HARD_LIMIT: { CA: 'Sense resoldre passat el límit màxim', ES: 'Sin resolver pasado el límite máximo', EN: 'Undecided past the hard limit' },
  RATING_BELOW_THRESHOLD: { CA: 'Valoració per sota del llindar', ES: 'Valoración por debajo del umbral', EN: 'Rating below the threshold' },
  COMMUNICATED_LATE: { CA: 'Comunicat fora de termini', ES: 'Comunicado fuera de plazo', EN: 'Communicated late' },
  NOT_COMMUNICATED: { CA: 'No comunicat', ES: 'No comunicado', EN: 'Not communicated' },
};

@ObjectType('QualityBreach', { description: 'A case that did not meet a quality commitment, with what happened.', simpleResolvers: true })
export class QualityBreachView {
  @Field(() => BreachKind, { description: 'What happened.' }) kind!: BreachKind;
  @Field(() => ID, { description: 'Global ID of the application.' }) applicationId!: string;
  @Field(() => String, { nullable: true, description: 'Number of its submission in the incoming registry.' }) registryNumber!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The Catalan day the decision or communication was made available; null when it was not.' }) day!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day of the term that was missed (suspensions for corrections included).' }) dueDate!: string | null;
  @Field(() => Int, { nullable: true, description: 'Business days from the filing to the decision (suspended days not taken off).' }) businessDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'The rating given, out of 10 (rating commitments).' }) rating!: number | null;
  @Field(() => String, { nullable: true, description: "Code of the survey question rated (rating commitments), as in the fitxa's survey." }) questionCode!: string | null;
}

@ObjectType('CommitmentResult', { description: 'A quality commitment of a fitxa computed over a period: its figures and, for the provider\'s staff, the cases that missed it.', simpleResolvers: true })
export class CommitmentResultView {
  @Field(() => ID, { description: 'Global ID of the fitxa.' }) resourceId!: string;
  @Field({ description: 'Codi recurs of the fitxa.' }) resourceCode!: string;
  @Field({ description: 'Title of the fitxa, in the served locale.' }) resourceTitle!: string;
  @Field(() => QualityIndicator, { description: 'What the commitment measures.' }) indicator!: QualityIndicator;
  @Field(() => Int, { description: 'Which commitment of this indicator in the fitxa: 1 for the first (with `indicator`, its identity across revisions).' }) occurrence!: number;
  @Field({ description: 'The commitment as the fitxa states it, in the served locale.' }) text!: string;
  @Field(() => Int, { description: 'A rating out of 10, or an amount of thresholdUnit.' }) threshold!: number;
  @Field(() => TermUnit, { nullable: true, description: 'Unit of the threshold when it is a term.' }) thresholdUnit!: TermUnit | null;
  @Field(() => Term, { nullable: true, description: 'A limit never to be exceeded (3 months).' }) hardLimit!: Term | null;
  @Field(() => Int, { description: 'Share of cases (0–100) that must meet the threshold.' }) targetPercent!: number;
  @Field(() => Int, { description: 'Cases counted in the period: ratings given, decisions made available, communications due.' }) cases!: number;
  @Field(() => Int, { description: 'Of those, how many met the threshold.' }) casesMeeting!: number;
  @Field(() => Float, { nullable: true, description: 'casesMeeting / cases in percent, one decimal; null without cases.' }) valuePercent!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'The share reached the target and nothing breached the hard limit; null when there was nothing to measure.' }) met!: boolean | null;
  @Field(() => Int, { description: 'Cases beyond the hard limit: decided after it, or still undecided past it at the end of the period.' }) hardLimitBreaches!: number;
  @Field(() => [QualityBreachView], {
    nullable: true,
    description: "The cases that missed the commitment, with their applications. Only the provider's staff (editors, reviewers, admins): they identify applications; null for anyone else, who still sees every figure.",
  }) breaches!: QualityBreachView[] | null;
  @Field(() => QualityAnalysisView, { nullable: true, description: 'The causes and measures the provider recorded for this commitment and exactly this period (the newest, recordQualityAnalysis); public like the figures.' }) analysis!: QualityAnalysisView | null;
  @Field({ description: "Missed in the period (met false) with no analysis recorded yet: the provider's staff owe one." }) analysisRequired!: boolean;

  /** Internal: for the label resolvers. */
  servedLocale?: Locale;
}

@ObjectType('QualityReport', { description: 'Quality commitments computed from what happened in a period (Catalan days, both included).', simpleResolvers: true })
export class QualityReportView {
  @Field(() => DateScalar, { description: 'First day of the period.' }) from!: string;
  @Field(() => DateScalar, { description: 'Last day of the period.' }) to!: string;
  @Field(() => [CommitmentResultView], { description: 'Each commitment of each fitxa reported on: by fitxa code, then in the fitxa\'s order.' }) commitments!: CommitmentResultView[];
}

const toBreachView = (breach: BreachCase): QualityBreachView => ({ ...breach, applicationId: toGlobalId('Application', breach.applicationId) });

/**
 * Serves a report in a locale. `mayReadBreaches` says, per provider, whether the caller may read
 * the cases: they name applications and registry numbers, which only the provider's staff may see
 * (quality.policy.ts); the figures are public, so a report is never refused, only without cases.
 */
export function toQualityReportView(report: QualityReport, locale: Locale, mayReadBreaches: (providerSlug: string) => boolean): QualityReportView {
  return {
    from: report.period.from,
    to: report.period.to,
    commitments: report.commitments.map((c: CommitmentResult) => ({
      resourceId: toGlobalId('Resource', c.resource.id),
      resourceCode: c.resource.code,
      resourceTitle: pickLocalized(c.resource.title, locale) ?? Object.values(c.resource.title)[0] ?? '',
      indicator: c.indicator,
      occurrence: c.occurrence,
      text: pickLocalized(c.text, locale) ?? Object.values(c.text)[0] ?? '',
      threshold: c.threshold,
      thresholdUnit: c.thresholdUnit,
      hardLimit: c.hardLimit ? { ...c.hardLimit, note: null } : null,
      targetPercent: c.targetPercent,
      cases: c.cases,
      casesMeeting: c.casesMeeting,
      valuePercent: c.valuePercent,
      met: c.met,
      hardLimitBreaches: c.hardLimitBreaches,
      breaches: mayReadBreaches(c.resource.providerSlug) ? c.breaches.map(toBreachView) : null,
      analysis: c.analysis && toQualityAnalysisView(c.analysis),
      analysisRequired: c.analysisRequired,
      servedLocale: locale,
    })),
  };
}
