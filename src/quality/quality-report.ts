import { QualityIndicator, TermUnit } from '../catalogue/resource-enums';
import { LocalizedText } from '../i18n/locale';
import { QualityPeriod } from './quality-period.rules';

export type { QualityPeriod } from './quality-period.rules';

/**
 * What a quality report says, as the service computes it (no GraphQL): for each quality
 * commitment of a published fitxa, over a period of Catalan days, the figures a diputació
 * publishes and the cases behind a miss. quality-report.service.ts computes it;
 * quality-report.type.ts serves it; the CSV and PDF publications read the same structure.
 *
 * Which commitments: those of the fitxa's published version (its snapshot) at the time of the
 * request, for the whole period. Commitments are content and an editor may change them; a
 * commitment keeps its identity across revisions by (resource, indicator, occurrence), occurrence
 * being 1 for the first commitment of that indicator in the fitxa's order, 2 for a second one
 * (rows get new ids on each save, so the row id is not an identity). An analysis recorded for a
 * missed commitment names it the same way.
 */
export interface QualityReport {
  period: QualityPeriod;
  /** Every commitment of every fitxa reported on: by fitxa code, then the fitxa's order. */
  commitments: CommitmentResult[];
}

/** The fitxa a commitment belongs to. */
export interface ReportedResource {
  /** Raw id of the resource. */
  id: string;
  providerId: string;
  providerSlug: string;
  code: string;
  /** The published title per locale. */
  title: LocalizedText;
}

export interface CommitmentResult {
  resource: ReportedResource;
  indicator: QualityIndicator;
  /** 1 for the fitxa's first commitment of this indicator, 2 for a second one… (see above). */
  occurrence: number;
  /** The commitment's id in the published version (changes with each revision; not an identity). */
  commitmentId: string;
  /** The commitment as the fitxa states it. */
  text: LocalizedText;
  /** A rating out of 10, or an amount of `thresholdUnit`. */
  threshold: number;
  thresholdUnit: TermUnit | null;
  hardLimit: { amount: number; unit: TermUnit } | null;
  /** Share (0–100) of cases that must meet the threshold. */
  targetPercent: number;
  /** Cases counted in the period (ratings, decisions, communications due). */
  cases: number;
  /** Of those, how many met the threshold. */
  casesMeeting: number;
  /** casesMeeting / cases in percent, rounded to one decimal; null when there are no cases. */
  valuePercent: number | null;
  /**
   * Whether the commitment was kept: the share reaches the target and, for a commitment with a
   * hard limit, nothing breached it. Null when there was nothing to measure (no cases and no
   * hard-limit breach).
   */
  met: boolean | null;
  /** Cases beyond the hard limit (DECISION_WITHIN_TERM: decided after it, or still undecided past it at the end of the period). */
  hardLimitBreaches: number;
  /** The cases that did not meet the commitment, with what happened. Only for the provider's staff: see quality-report.type.ts. */
  breaches: BreachCase[];
  /** The current analysis of causes and measures recorded for this commitment and exactly this period. */
  analysis: RecordedAnalysis | null;
  /** Missed (met = false) and no analysis recorded yet: the provider's staff owe one. */
  analysisRequired: boolean;
}

/** Causes and measures of a missed commitment (quality-analysis.entity.ts), as the report shows them. */
export interface RecordedAnalysis {
  /** Raw id of the analysis row. */
  id: string;
  causes: string;
  measures: string;
  recordedAt: Date;
}

/** What happened in a case that did not meet its commitment. */
export enum BreachKind {
  /** Decided (the resolution made available) after the threshold term, within the hard limit. */
  DECIDED_AFTER_TERM = 'DECIDED_AFTER_TERM',
  /** Decided after the hard limit. */
  DECIDED_AFTER_HARD_LIMIT = 'DECIDED_AFTER_HARD_LIMIT',
  /** Not decided at the end of the period although the hard limit had passed. */
  UNDECIDED_AFTER_HARD_LIMIT = 'UNDECIDED_AFTER_HARD_LIMIT',
  /** A survey rating below the threshold. */
  RATING_BELOW_THRESHOLD = 'RATING_BELOW_THRESHOLD',
  /** Causes and measures communicated after their due date. */
  COMMUNICATED_LATE = 'COMMUNICATED_LATE',
  /** Causes and measures not communicated by the end of the period, the due date past. */
  NOT_COMMUNICATED = 'NOT_COMMUNICATED',
}

export interface BreachCase {
  kind: BreachKind;
  /** Raw id of the application. */
  applicationId: string;
  /** The submission's number in the incoming registry (e.g. DIBA-E-2023-000004). */
  registryNumber: string | null;
  /** The Catalan day the decision or communication was made available; null when it was not. */
  day: string | null;
  /** The last day of the term that was missed (the threshold term, the hard limit, or the communication's due date). */
  dueDate: string | null;
  /** Business days from the filing to the decision (the count the threshold is stated in, suspensions not taken off). */
  businessDays: number | null;
  /** The rating given, out of 10 (rating commitments only). */
  rating: number | null;
  /** The survey question rated (rating commitments only). */
  questionCode: string | null;
}
