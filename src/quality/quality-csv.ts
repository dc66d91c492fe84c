import { stringify } from 'csv-stringify/sync';
import { Locale } from '../i18n/locale';
import { PublishedCommitment, publicationText, PUBLICATION_TEXTS } from './quality-publication';

/** The columns of the published CSV, in order; the headings are in the served locale. */
const COLUMNS = [
  'resourceCode', 'resourceTitle', 'indicator', 'commitment', 'threshold', 'hardLimit',
  'targetPercent', 'cases', 'valuePercent', 'met', 'causes', 'measures',
] as const satisfies readonly (keyof typeof PUBLICATION_TEXTS)[];

type Column = (typeof COLUMNS)[number];

/**
 * One CSV row per fitxa and commitment. Values a program reads stay machine-readable whatever the
 * locale: the indicator as its code (SURVEY_RATING_AT_LEAST), shares and counts as plain numbers
 * with a decimal point, `met` as true/false and empty when there were no cases (as GraphQL's
 * null); texts (titles, commitments, thresholds, analyses) are in the served locale.
 */
export function qualityCsvRecords(commitments: readonly PublishedCommitment[]): Record<Column, string>[] {
  const number = (value: number | null) => (value === null ? '' : String(value));
  return commitments.map((commitment) => ({
    resourceCode: commitment.resourceCode,
    resourceTitle: commitment.resourceTitle,
    indicator: commitment.indicator,
    commitment: commitment.text,
    threshold: commitment.threshold,
    hardLimit: commitment.hardLimit ?? '',
    targetPercent: number(commitment.targetPercent),
    cases: number(commitment.cases),
    valuePercent: number(commitment.valuePercent),
    met: commitment.met === null ? '' : String(commitment.met),
    causes: commitment.causes ?? '',
    measures: commitment.measures ?? '',
  }));
}

/**
 * The published CSV: RFC 4180 (comma separated, CRLF line ends, fields with commas, quotes or
 * line breaks quoted) in UTF-8 with a byte order mark. The BOM is there for Excel: without it,
 * Excel in Catalan and Spanish locales opens a UTF-8 file as Windows-1252 and shows "Ã " for "à"
 * and "lÂ·l" for "l·l"; csv-parse and other programs skip it (csv-parse with `bom: true`).
 */
export function qualityCsv(commitments: readonly PublishedCommitment[], locale: Locale): string {
  return stringify(qualityCsvRecords(commitments), {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: COLUMNS.map((key) => ({ key, header: publicationText(key, locale) })),
  });
}
