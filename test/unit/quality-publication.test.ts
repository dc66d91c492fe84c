import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { QualityIndicator, TermUnit } from '../../src/catalogue/resource-enums';
import { DomainError } from '../../src/errors/domain-error';
import { UserErrorCode } from '../../src/errors/user-error-code';
import { Locale } from '../../src/i18n/locale';
import { chartRenderer, chartRows, commitmentChartSpec, renderCommitmentChartSvg } from '../../src/quality/quality-chart';
import { qualityCsv } from '../../src/quality/quality-csv';
import { hardLimitText, PublishedCommitment, thresholdText } from '../../src/quality/quality-publication';
import {
  parseReportQuarter, previousQuarter, quarterName, quarterOf, quarterPeriod, quartersUpTo,
} from '../../src/quality/quality-quarter.rules';
import { periodText, quarterlyReportResources, renderQuarterlyReportPdf, scaledSize } from '../../src/quality/quality-report-pdf';
import { oneLine, pdfText } from '../support/pdf-text';

const figures = (overrides: Partial<PublishedCommitment> = {}): PublishedCommitment => ({
  resourceCode: '111219',
  resourceTitle: 'Migració del servei de correu electrònic',
  key: 'DECISION_WITHIN_TERM:2',
  indicator: QualityIndicator.DECISION_WITHIN_TERM,
  text: 'El 50% de les sol·licituds es resoldran en 55 dies hàbils',
  threshold: '55 dies hàbils',
  hardLimit: '3 mesos',
  targetPercent: 50,
  cases: 6,
  valuePercent: 66.7,
  met: true,
  causes: null,
  measures: null,
  ...overrides,
});

const refusal = (run: () => unknown): { code: UserErrorCode; field: readonly string[] | null } => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError, String(error));
    return { code: error.code, field: error.field };
  }
  assert.fail('not refused');
};

describe('quarters of the quality publication', () => {
  it('gives each quarter its first and last day, leap years included', () => {
    assert.deepEqual(quarterPeriod({ year: 2026, quarter: 1 }), { from: '2026-01-01', to: '2026-03-31' });
    assert.deepEqual(quarterPeriod({ year: 2026, quarter: 2 }), { from: '2026-04-01', to: '2026-06-30' });
    assert.deepEqual(quarterPeriod({ year: 2026, quarter: 3 }), { from: '2026-07-01', to: '2026-09-30' });
    assert.deepEqual(quarterPeriod({ year: 2026, quarter: 4 }), { from: '2026-10-01', to: '2026-12-31' });
    assert.deepEqual(quarterPeriod({ year: 2028, quarter: 1 }), { from: '2028-01-01', to: '2028-03-31' });
  });

  it('counts back across the year for the four quarters of a chart, oldest first', () => {
    assert.deepEqual(previousQuarter({ year: 2026, quarter: 1 }), { year: 2025, quarter: 4 });
    assert.deepEqual(quartersUpTo({ year: 2026, quarter: 2 }), [
      { year: 2025, quarter: 3 }, { year: 2025, quarter: 4 }, { year: 2026, quarter: 1 }, { year: 2026, quarter: 2 },
    ]);
    assert.deepEqual(quartersUpTo({ year: 2026, quarter: 4 }, 1), [{ year: 2026, quarter: 4 }]);
    assert.deepEqual(quarterOf('2026-11-30'), { year: 2026, quarter: 4 });
    assert.deepEqual(quarterOf('2026-04-01'), { year: 2026, quarter: 2 });
  });

  it('reads ?year=&quarter= and refuses what names no quarter with something to report', () => {
    const today = '2026-11-30';
    assert.deepEqual(parseReportQuarter('2026', '4', today), { year: 2026, quarter: 4 });
    assert.deepEqual(parseReportQuarter('2025', '1', today), { year: 2025, quarter: 1 });
    assert.deepEqual(refusal(() => parseReportQuarter(undefined, '4', today)), { code: UserErrorCode.INVALID_VALUE, field: ['year'] });
    assert.deepEqual(refusal(() => parseReportQuarter(['2026', '2025'], '4', today)), { code: UserErrorCode.INVALID_VALUE, field: ['year'] });
    assert.deepEqual(refusal(() => parseReportQuarter('2026.5', '4', today)), { code: UserErrorCode.INVALID_VALUE, field: ['year'] });
    assert.deepEqual(refusal(() => parseReportQuarter('1999', '4', today)), { code: UserErrorCode.INVALID_YEAR, field: ['year'] });
    assert.deepEqual(refusal(() => parseReportQuarter('2027', '1', today)), { code: UserErrorCode.INVALID_YEAR, field: ['year'] });
    for (const quarter of [undefined, '0', '5', '-1', 'Q4', '']) {
      assert.deepEqual(refusal(() => parseReportQuarter('2026', quarter, today)), { code: UserErrorCode.INVALID_VALUE, field: ['quarter'] }, String(quarter));
    }
    // The quarter in course has figures so far; the next one has none yet.
    assert.deepEqual(refusal(() => parseReportQuarter('2026', '4', '2026-09-30')), { code: UserErrorCode.DATE_IN_FUTURE, field: ['quarter'] });
    assert.deepEqual(parseReportQuarter('2026', '4', '2026-10-01'), { year: 2026, quarter: 4 });
  });

  it('names quarters in each language, Catalan ordinals included, Occitan reading Catalan', () => {
    assert.deepEqual([1, 2, 3, 4].map((quarter) => quarterName({ year: 2026, quarter: quarter as 1 }, Locale.CA)),
      ['1r trimestre de 2026', '2n trimestre de 2026', '3r trimestre de 2026', '4t trimestre de 2026']);
    assert.equal(quarterName({ year: 2026, quarter: 4 }, Locale.ES), '4.º trimestre de 2026');
    assert.equal(quarterName({ year: 2026, quarter: 4 }, Locale.EN), 'Q4 2026');
    assert.equal(quarterName({ year: 2026, quarter: 2 }, Locale.OC), '2n trimestre de 2026');
    assert.equal(quarterName({ year: 2026, quarter: 3 }, Locale.CA, 'short'), 'T3 2026');
    assert.equal(periodText(quarterPeriod({ year: 2026, quarter: 4 })), '1/10/2026 – 31/12/2026');
  });
});

describe('the published figures', () => {
  it('words thresholds as out of 10 for ratings and as terms for decisions', () => {
    assert.equal(thresholdText({ indicator: QualityIndicator.SURVEY_RATING_AT_LEAST, threshold: 5 }, Locale.CA), '5/10');
    assert.equal(thresholdText({ indicator: QualityIndicator.DECISION_WITHIN_TERM, threshold: 55, thresholdUnit: TermUnit.BUSINESS_DAYS }, Locale.CA), '55 dies hàbils');
    assert.equal(thresholdText({ indicator: QualityIndicator.DECISION_WITHIN_TERM, threshold: 55, thresholdUnit: TermUnit.BUSINESS_DAYS }, Locale.ES), '55 días hábiles');
    assert.equal(hardLimitText({ indicator: QualityIndicator.DECISION_WITHIN_TERM, threshold: 55, hardLimitAmount: 3, hardLimitUnit: TermUnit.MONTHS }, Locale.CA), '3 mesos');
    assert.equal(hardLimitText({ indicator: QualityIndicator.SURVEY_RATING_AT_LEAST, threshold: 5 }, Locale.CA), null);
  });

  it('writes an RFC 4180 CSV in UTF-8 with a BOM that csv-parse reads back to the same figures', () => {
    const rows = [
      figures(),
      figures({
        key: 'SURVEY_RATING_AT_LEAST:0', indicator: QualityIndicator.SURVEY_RATING_AT_LEAST, threshold: '5/10', hardLimit: null,
        targetPercent: 100, cases: 12, valuePercent: 91.7, met: false,
        causes: 'Dues valoracions de 3, per "retards"\nen la migració', measures: 'Més personal, i formació',
      }),
      figures({ key: 'BREACH_COMMUNICATED_WITHIN_TERM:3', cases: 0, valuePercent: null, met: null }),
    ];
    const csv = qualityCsv(rows, Locale.CA);
    assert.ok(csv.startsWith('\uFEFFCodi del recurs,Recurs,Indicador,'), 'BOM, then the Catalan headings');
    const records = csv.replace(/"(?:[^"]|"")*"/g, '""').split('\n');
    assert.ok(records.length === 5 && records.slice(0, -1).every((record) => record.endsWith('\r')), 'CRLF between records, line breaks only inside quotes');
    const parsed: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    assert.equal(parsed.length, 3);
    assert.deepEqual(parsed[1], {
      'Codi del recurs': '111219', Recurs: 'Migració del servei de correu electrònic', Indicador: 'SURVEY_RATING_AT_LEAST',
      'Compromís': 'El 50% de les sol·licituds es resoldran en 55 dies hàbils', Llindar: '5/10', 'Límit màxim': '',
      'Objectiu (%)': '100', Casos: '12', 'Valor (%)': '91.7', Complert: 'false',
      Causes: 'Dues valoracions de 3, per "retards"\nen la migració', 'Mesures de millora': 'Més personal, i formació',
    });
    assert.equal(parsed[0].Complert, 'true');
    assert.deepEqual([parsed[2]['Valor (%)'], parsed[2].Complert, parsed[2].Casos], ['', '', '0']);
    assert.ok(qualityCsv([], Locale.EN).startsWith('\uFEFFResource code,Resource,Indicator,'), 'an empty report still has its headings');
  });
});

describe('the quarterly report', () => {
  const quarters = quartersUpTo({ year: 2026, quarter: 4 });

  it('takes the commitments of the quarter asked for and charts each one across the quarters by fitxa and key', () => {
    const other = figures({ resourceCode: 'LLEIDA-1', resourceTitle: 'Encàrrec', key: 'SURVEY_RATING_AT_LEAST:0', targetPercent: 100, valuePercent: 100 });
    const resources = quarterlyReportResources(quarters, [
      [figures({ valuePercent: 40 }), figures({ resourceCode: 'LLEIDA-1', key: 'DECISION_WITHIN_TERM:2', valuePercent: 10 })],
      [],
      [figures({ valuePercent: null, met: null, cases: 0 }), { ...other, valuePercent: 75 }],
      [figures(), other],
    ], Locale.CA);
    assert.deepEqual(resources.map((resource) => [resource.code, resource.commitments.length]), [['111219', 1], ['LLEIDA-1', 1]]);
    assert.deepEqual(resources[0].commitments[0].chart, [
      { label: 'T1 2026', valuePercent: 40, targetPercent: 50 },
      { label: 'T2 2026', valuePercent: null, targetPercent: null },
      { label: 'T3 2026', valuePercent: null, targetPercent: 50 },
      { label: 'T4 2026', valuePercent: 66.7, targetPercent: 50 },
    ]);
    // LLEIDA-1's decision commitment of Q1 is another commitment than its survey one.
    assert.deepEqual(resources[1].commitments[0].chart.map((quarter) => quarter.valuePercent), [null, null, 75, 100]);
    assert.throws(() => quarterlyReportResources(quarters, [[]], Locale.CA), RangeError);
  });

  it('charts every quarter on the axis, the values as bars with their figure and the targets as ticks', async () => {
    const chart = [
      { label: 'T1 2026', valuePercent: 40, targetPercent: 50 },
      { label: 'T2 2026', valuePercent: null, targetPercent: 50 },
      { label: 'T3 2026', valuePercent: 80, targetPercent: 50 },
      { label: 'T4 2026', valuePercent: 66.7, targetPercent: 50 },
    ];
    const rows = chartRows(chart, Locale.CA);
    assert.equal(rows.filter((row) => row.series === 'Valor').length, 3);
    assert.equal(rows.filter((row) => row.series === 'Objectiu').length, 4);
    assert.deepEqual((commitmentChartSpec(chart.map((quarter) => quarter.label), Locale.CA) as { encoding: { x: { scale: { domain: string[] } } } }).encoding.x.scale.domain,
      ['T1 2026', 'T2 2026', 'T3 2026', 'T4 2026']);
    const svg = await renderCommitmentChartSvg(chart, Locale.CA);
    for (const label of ['T1 2026', 'T2 2026', 'T3 2026', 'T4 2026', '40 %', '80 %', '66,7 %', 'Valor', 'Objectiu']) {
      assert.ok(svg.includes(`>${label}</text>`), label);
    }
    // Bars as tall as their share of the 150-point plot; one target tick per quarter, empty ones included.
    const bars = [...svg.matchAll(/aria-roledescription="bar" d="M[\d.]+,[\d.]+h[\d.]+v([\d.]+)h/g)].map((match) => Math.round(Number(match[1])));
    assert.deepEqual(bars, [60, 120, 100]);
    assert.equal(svg.match(/aria-roledescription="tick"/g)?.length, 4);
    // One renderer draws a report's charts one after another: each shows its own figures only.
    const renderer = await chartRenderer(chart.map((quarter) => quarter.label), Locale.CA);
    try {
      const [first, second] = await Promise.all([renderer.render(chart), renderer.render(chart.map((quarter) => ({ ...quarter, valuePercent: quarter.valuePercent && 100 })))]);
      assert.ok(first.includes('>66,7 %</text>') && !first.includes('>100 %</text>'));
      assert.ok(second.includes('>100 %</text>') && !second.includes('>66,7 %</text>'));
    } finally {
      renderer.close();
    }
    assert.deepEqual(scaledSize(svg.replace(/width="[\d.]+"/, 'width="966"').replace(/height="[\d.]+"/, 'height="200"'), 483, 200), { width: 483, height: 100 });
  });

  it('renders a PDF whose text carries the figures, the analysis and each chart', async () => {
    const resources = quarterlyReportResources(quarters, [[], [], [], [
      figures(),
      figures({ key: 'SURVEY_RATING_AT_LEAST:0', text: 'Valoracions de 5 o més', indicator: QualityIndicator.SURVEY_RATING_AT_LEAST, threshold: '5/10', hardLimit: null, targetPercent: 100, valuePercent: 91.7, met: false, causes: 'Retards en la migració', measures: 'Reforç de personal' }),
    ]], Locale.CA);
    const pdf = await renderQuarterlyReportPdf({
      locale: Locale.CA, provider: { name: 'Diputació de Barcelona', nif: 'P0800000B' }, quarter: { year: 2026, quarter: 4 }, chartQuarters: quarters,
      issuedAt: new Date('2026-11-30T08:00:00Z'), resources,
    });
    const text = oneLine(await pdfText(pdf));
    for (const phrase of [
      'Informe trimestral dels compromisos de qualitat: 4t trimestre de 2026', '1/10/2026 – 31/12/2026',
      '2 compromisos: 1 complerts, 1 no complerts, 0 sense casos.', '111219 · Migració del servei de correu electrònic',
      'Valor (%) 66,7', 'Valor (%) 91,7', 'Complert No', 'Causes Retards en la migració', 'Mesures de millora Reforç de personal',
    ]) assert.ok(text.includes(phrase), phrase);
    // The charts' axes (only they name the quarters this way) and their value labels.
    assert.equal(text.split('T1 2026 T2 2026 T3 2026 T4 2026').length - 1, 2);
    assert.ok(text.includes('66,7 %') && text.includes('91,7 %'));
  });
});
