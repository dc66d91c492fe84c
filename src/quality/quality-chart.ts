import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { percentText } from './quality-publication';

/** One quarter of a commitment's chart: its figure (null: no cases) and the target then in force. */
export interface ChartQuarter {
  /** The axis label ("T4 2026"). */
  label: string;
  valuePercent: number | null;
  /** Null when the fitxa did not carry the commitment in that quarter. */
  targetPercent: number | null;
}

const CHART_TEXTS = {
  value: { CA: 'Valor', ES: 'Valor', EN: 'Value' },
  target: { CA: 'Objectiu', ES: 'Objetivo', EN: 'Target' },
} as const satisfies Record<string, Label>;

const VALUE_COLOUR = '#2f6f9f';
const TARGET_COLOUR = '#b3261e';
/** DejaVu Sans is what the PDF embeds; the SVG names it so the measured and drawn texts agree. */
const FONT = 'DejaVu Sans';

/** A chart's data: a row per quarter for the value (when there were cases) and one for the target (when the commitment was carried). */
export function chartRows(quarters: readonly ChartQuarter[], locale: Locale): { quarter: string; series: string; percent: number; text: string }[] {
  const value = labelOf(CHART_TEXTS, 'value', locale);
  const target = labelOf(CHART_TEXTS, 'target', locale);
  return quarters.flatMap((quarter) => [
    ...(quarter.valuePercent === null ? [] : [{ quarter: quarter.label, series: value, percent: quarter.valuePercent, text: `${percentText(quarter.valuePercent, locale)} %` }]),
    ...(quarter.targetPercent === null ? [] : [{ quarter: quarter.label, series: target, percent: quarter.targetPercent, text: '' }]),
  ]);
}

/** The name of the specification's data set, which each chart of a report fills with its rows. */
const DATA = 'figures';

/**
 * The Vega-Lite specification of a commitment's chart: a bar per quarter for the value (labelled
 * with it), the target as a red tick on each quarter, both on a 0–100 % scale. Every quarter of
 * `axis` has its place even without cases, so a gap reads as "no cases", not as a missing quarter.
 */
export function commitmentChartSpec(axis: readonly string[], locale: Locale): TopLevelSpec {
  const value = labelOf(CHART_TEXTS, 'value', locale);
  const target = labelOf(CHART_TEXTS, 'target', locale);
  const x = { field: 'quarter', type: 'ordinal', title: null, sort: [...axis], scale: { domain: [...axis] }, axis: { labelAngle: 0 } } as const;
  const y = { field: 'percent', type: 'quantitative', title: '%', scale: { domain: [0, 100] } } as const;
  const colour = { field: 'series', type: 'nominal', title: null, scale: { domain: [value, target], range: [VALUE_COLOUR, TARGET_COLOUR] }, legend: { orient: 'bottom' } } as const;
  const only = (series: string) => ({ filter: { field: 'series', equal: series } });
  return {
    width: 380,
    height: 150,
    background: 'white',
    config: { font: FONT, view: { stroke: null } },
    data: { name: DATA, values: [] },
    encoding: { x, y },
    layer: [
      { transform: [only(value)], mark: { type: 'bar', width: { band: 0.55 } }, encoding: { color: colour } },
      { transform: [only(value)], mark: { type: 'text', dy: -6, fontSize: 9 }, encoding: { text: { field: 'text', type: 'nominal' } } },
      { transform: [only(target)], mark: { type: 'tick', thickness: 2, width: { band: 0.8 } }, encoding: { color: colour } },
    ],
  } as TopLevelSpec;
}

export interface ChartRenderer {
  /** One commitment's chart as SVG; charts of one renderer are drawn one at a time. */
  render(quarters: readonly ChartQuarter[]): Promise<string>;
  close(): void;
}

/**
 * Draws the charts of one report as SVG with Vega headless (its SVG renderer needs no canvas).
 * The specification is compiled and parsed once and each chart only swaps the data: building a
 * Vega view costs about 100 ms, a new data set about 15. Vega and Vega-Lite are ES modules only,
 * so this CommonJS build loads them with a real dynamic import.
 */
export async function chartRenderer(axis: readonly string[], locale: Locale): Promise<ChartRenderer> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(commitmentChartSpec(axis, locale)).spec), { renderer: 'none', logLevel: vega.Warn });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(quarters) {
      const drawn = queue.then(async () => {
        view.data(DATA, chartRows(quarters, locale));
        await view.runAsync();
        return view.toSVG();
      });
      queue = drawn.catch(() => undefined);
      return drawn;
    },
    close: () => view.finalize(),
  };
}

/** A single chart, with a renderer of its own. */
export async function renderCommitmentChartSvg(quarters: readonly ChartQuarter[], locale: Locale): Promise<string> {
  const renderer = await chartRenderer(quarters.map((quarter) => quarter.label), locale);
  try {
    return await renderer.render(quarters);
  } finally {
    renderer.close();
  }
}
