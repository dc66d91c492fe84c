import { pickLocalized, Locale, LocalizedText } from '../i18n/locale';
import { hardLimitText, PublishedCommitment, thresholdText } from './quality-publication';
import { CommitmentResult, RecordedAnalysis } from './quality-report';

/**
 * What the publication reads of a commitment's result (quality-report.ts's CommitmentResult): its
 * aggregate figures and analysis, never `breaches` (the cases, which name applications).
 */
export type ReportedFigures = Pick<CommitmentResult,
  'indicator' | 'occurrence' | 'text' | 'threshold' | 'thresholdUnit' | 'hardLimit' | 'targetPercent' | 'cases' | 'valuePercent' | 'met'> & {
  resource: Pick<CommitmentResult['resource'], 'code' | 'title'>;
  analysis: Pick<RecordedAnalysis, 'causes' | 'measures'> | null;
};

/**
 * A quality report's commitments as the CSV and the quarterly PDF publish them, texts in the
 * served locale (Catalan when a text has no translation), in the report's order. A commitment's
 * key is its identity across revisions and periods: indicator and occurrence within the fitxa.
 */
export function publishedCommitments(report: { commitments: readonly ReportedFigures[] }, locale: Locale): PublishedCommitment[] {
  const text = (value: LocalizedText) => pickLocalized(value, locale) ?? Object.values(value)[0] ?? '';
  return report.commitments.map((result) => {
    const terms = {
      indicator: result.indicator, threshold: result.threshold, thresholdUnit: result.thresholdUnit,
      hardLimitAmount: result.hardLimit?.amount ?? null, hardLimitUnit: result.hardLimit?.unit ?? null,
    };
    return {
      resourceCode: result.resource.code,
      resourceTitle: text(result.resource.title),
      key: `${result.indicator}:${result.occurrence}`,
      indicator: result.indicator,
      text: text(result.text),
      threshold: thresholdText(terms, locale),
      hardLimit: hardLimitText(terms, locale),
      targetPercent: result.targetPercent,
      cases: result.cases,
      valuePercent: result.valuePercent,
      met: result.met,
      causes: result.analysis?.causes ?? null,
      measures: result.analysis?.measures ?? null,
    };
  });
}
