import { QualityIndicator } from '../catalogue/resource-enums';
import { QUALITY_INDICATOR_LABELS, TERM_UNIT_LABELS } from '../catalogue/resource-labels';
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { CommitmentTerms } from './decision-delay.rules';

/**
 * The figures a provider publishes for one quality commitment of one fitxa in one period: what
 * the CSV has as a row and the quarterly PDF as a table. Aggregates only: never the cases behind
 * them (applications, entities, registry numbers), since both documents are public.
 */
export interface PublishedCommitment {
  resourceCode: string;
  /** In the served locale, Catalan when the fitxa has no translation. */
  resourceTitle: string;
  /** Names the commitment across periods, so a chart can put its quarters side by side. */
  key: string;
  indicator: QualityIndicator;
  /** The commitment as the fitxa words it ("Totes les valoracions seran iguals o superiors a 5"). */
  text: string;
  /** "5/10" for a rating, "55 dies hàbils" for a term. */
  threshold: string;
  /** "3 mesos": a limit that no case may pass; null when the commitment has none. */
  hardLimit: string | null;
  targetPercent: number;
  cases: number;
  /** Null when there were no cases in the period. */
  valuePercent: number | null;
  /** Null when there were no cases in the period. */
  met: boolean | null;
  /** The analysis of a missed commitment, when staff recorded one. */
  causes: string | null;
  measures: string | null;
}

const RATING_INDICATORS: ReadonlySet<QualityIndicator> = new Set([
  QualityIndicator.SURVEY_RATING_AT_LEAST, QualityIndicator.FIT_TO_NEEDS_RATING_AT_LEAST,
]);

/** A rating threshold is out of 10; a term is an amount of its unit ("55 dies hàbils"). */
export function thresholdText(terms: CommitmentTerms, locale: Locale): string {
  if (RATING_INDICATORS.has(terms.indicator) || !terms.thresholdUnit) return `${terms.threshold}/10`;
  return `${terms.threshold} ${labelOf(TERM_UNIT_LABELS, terms.thresholdUnit, locale)}`;
}

export function hardLimitText(terms: CommitmentTerms, locale: Locale): string | null {
  if (terms.hardLimitAmount == null || !terms.hardLimitUnit) return null;
  return `${terms.hardLimitAmount} ${labelOf(TERM_UNIT_LABELS, terms.hardLimitUnit, locale)}`;
}

export const indicatorLabel = (indicator: QualityIndicator, locale: Locale) => labelOf(QUALITY_INDICATOR_LABELS, indicator, locale);

/** Words both documents use for the same figures (Occitan reads Catalan, like every label). */
export const PUBLICATION_TEXTS = {
  resourceCode: { CA: 'Codi del recurs', ES: 'Código del recurso', EN: 'Resource code' },
  resourceTitle: { CA: 'Recurs', ES: 'Recurso', EN: 'Resource' },
  indicator: { CA: 'Indicador', ES: 'Indicador', EN: 'Indicator' },
  commitment: { CA: 'Compromís', ES: 'Compromiso', EN: 'Commitment' },
  threshold: { CA: 'Llindar', ES: 'Umbral', EN: 'Threshold' },
  hardLimit: { CA: 'Límit màxim', ES: 'Límite máximo', EN: 'Hard limit' },
  targetPercent: { CA: 'Objectiu (%)', ES: 'Objetivo (%)', EN: 'Target (%)' },
  cases: { CA: 'Casos', ES: 'Casos', EN: 'Cases' },
  valuePercent: { CA: 'Valor (%)', ES: 'Valor (%)', EN: 'Value (%)' },
  met: { CA: 'Complert', ES: 'Cumplido', EN: 'Met' },
  causes: { CA: 'Causes', ES: 'Causas', EN: 'Causes' },
  measures: { CA: 'Mesures de millora', ES: 'Medidas de mejora', EN: 'Improvement measures' },
  yes: { CA: 'Sí', ES: 'Sí', EN: 'Yes' },
  no: { CA: 'No', ES: 'No', EN: 'No' },
  noCases: { CA: 'Sense casos', ES: 'Sin casos', EN: 'No cases' },
} as const satisfies Record<string, Label>;

export const publicationText = (key: keyof typeof PUBLICATION_TEXTS, locale: Locale) => labelOf(PUBLICATION_TEXTS, key, locale);

const PERCENT_FORMATS = {
  comma: new Intl.NumberFormat('ca-ES', { maximumFractionDigits: 1 }),
  point: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A share as people read it: at most one decimal, the locale's decimal mark ("66,7" in Catalan). */
export function percentText(value: number, locale: Locale): string {
  return PERCENT_FORMATS[locale === Locale.EN ? 'point' : 'comma'].format(value);
}

/** "Sí", "No" or "Sense casos": whether a commitment was met, for people. */
export function metText(met: boolean | null, locale: Locale): string {
  return publicationText(met === null ? 'noCases' : met ? 'yes' : 'no', locale);
}
