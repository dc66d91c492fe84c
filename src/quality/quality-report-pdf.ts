import SVGtoPDF from 'svg-to-pdfkit';
import { catalanDate } from '../clock';
import { Label, labelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { LETTER_MARGIN, LETTER_MUTED, LETTER_TEXT, ruledRow, startSealedLetter } from '../registry/sealed-letter-pdf';
import { ChartQuarter, chartRenderer } from './quality-chart';
import { indicatorLabel, metText, PublishedCommitment, percentText, publicationText } from './quality-publication';
import { Quarter, QuarterPeriod, quarterName, quarterPeriod } from './quality-quarter.rules';

/** A commitment of the quarter asked for, with its chart over the quarters up to it. */
export interface ReportedCommitment {
  figures: PublishedCommitment;
  chart: ChartQuarter[];
}

export interface QuarterlyReportFacts {
  locale: Locale;
  provider: { name: string; nif?: string | null };
  quarter: Quarter;
  /** The quarters of the charts, oldest first, ending with `quarter`. */
  chartQuarters: Quarter[];
  /** When the figures were computed: the PDF's dates, so that the same facts give the same bytes. */
  issuedAt: Date;
  /** Fitxa by fitxa, in the order of the report. */
  resources: { code: string; title: string; commitments: ReportedCommitment[] }[];
}

const TEXTS = {
  title: { CA: 'Informe trimestral dels compromisos de qualitat', ES: 'Informe trimestral de los compromisos de calidad', EN: 'Quarterly report on quality commitments' },
  quarter: { CA: 'Trimestre', ES: 'Trimestre', EN: 'Quarter' },
  period: { CA: 'Període', ES: 'Periodo', EN: 'Period' },
  computedAt: { CA: 'Dades calculades el', ES: 'Datos calculados el', EN: 'Figures computed on' },
  summary: { CA: 'Resum', ES: 'Resumen', EN: 'Summary' },
  summaryLine: {
    CA: '{total} compromisos: {met} complerts, {missed} no complerts, {empty} sense casos.',
    ES: '{total} compromisos: {met} cumplidos, {missed} no cumplidos, {empty} sin casos.',
    EN: '{total} commitments: {met} met, {missed} missed, {empty} without cases.',
  },
  method: {
    CA: "Els valors es calculen a partir de les sol·licituds, resolucions i enquestes registrades, no s'introdueixen a mà. Cada gràfic mostra el valor de cada trimestre (barres) davant l'objectiu (marca vermella) en els darrers quatre trimestres.",
    ES: 'Los valores se calculan a partir de las solicitudes, resoluciones y encuestas registradas, no se introducen a mano. Cada gráfico muestra el valor de cada trimestre (barras) frente al objetivo (marca roja) en los últimos cuatro trimestres.',
    EN: 'The figures are computed from the applications, decisions and surveys on record, never typed in. Each chart shows the value of each quarter (bars) against the target (red mark) over the last four quarters.',
  },
  noCommitments: {
    CA: 'Cap recurs publicat del proveïdor no té compromisos de qualitat.',
    ES: 'Ningún recurso publicado del proveedor tiene compromisos de calidad.',
    EN: 'No published resource of the provider carries quality commitments.',
  },
  chart: { CA: 'Evolució trimestral', ES: 'Evolución trimestral', EN: 'Quarter by quarter' },
} as const satisfies Record<string, Label>;

const text = (key: keyof typeof TEXTS, locale: Locale) => labelOf(TEXTS, key, locale);

/** "Informe trimestral dels compromisos de qualitat": the document's title and its seal's reason. */
export const quarterlyReportTitle = (locale: Locale) => text('title', locale);

/**
 * The report's fitxes and commitments from the published figures of each chart quarter (oldest
 * first; the last is the quarter asked for). The commitments are those of the quarter asked for;
 * each one's chart takes, quarter by quarter, the figures of the commitment with the same fitxa
 * and key, and shows a quarter where the fitxa did not carry it without value or target.
 */
export function quarterlyReportResources(
  quarters: readonly Quarter[], figuresByQuarter: readonly (readonly PublishedCommitment[])[], locale: Locale,
): QuarterlyReportFacts['resources'] {
  if (quarters.length === 0 || quarters.length !== figuresByQuarter.length) throw new RangeError('One list of figures per chart quarter');
  const identity = (figures: PublishedCommitment) => `${figures.resourceCode}\u0000${figures.key}`;
  const lookups = figuresByQuarter.map((figures) => new Map(figures.map((item) => [identity(item), item])));
  const resources = new Map<string, QuarterlyReportFacts['resources'][number]>();
  for (const figures of figuresByQuarter[figuresByQuarter.length - 1]) {
    let resource = resources.get(figures.resourceCode);
    if (!resource) {
      resource = { code: figures.resourceCode, title: figures.resourceTitle, commitments: [] };
      resources.set(figures.resourceCode, resource);
    }
    const chart = quarters.map((quarter, index) => {
      const then = lookups[index].get(identity(figures));
      return { label: quarterName(quarter, locale, 'short'), valuePercent: then?.valuePercent ?? null, targetPercent: then?.targetPercent ?? null };
    });
    resource.commitments.push({ figures, chart });
  }
  return [...resources.values()];
}

/** "1/10/2026 – 31/12/2026" (en: "1/10/2026 – 31/12/2026" too: day first, as on the letters). */
const dayText = (day: string) => day.split('-').reverse().map((part, index) => (index < 2 ? String(Number(part)) : part)).join('/');
export const periodText = (period: QuarterPeriod) => `${dayText(period.from)} – ${dayText(period.to)}`;

/** Points the chart takes on the page (the SVG is scaled to the text width, keeping its ratio). */
const CHART_MAX_HEIGHT = 150;
/** About what a commitment's heading and table take: with the chart, two commitments fit on a page. */
const FIGURES_HEIGHT = 150;

/**
 * The quarterly report as a PDF (before sealing): a title page with the provider, the quarter and
 * a summary, then each fitxa with, per commitment, a table of its figures and analysis and a chart
 * of its value against its target over the last four quarters, drawn by Vega (quality-chart.ts)
 * and embedded as vector graphics with svg-to-pdfkit, its texts in the embedded DejaVu Sans.
 */
export async function renderQuarterlyReportPdf(facts: QuarterlyReportFacts): Promise<Buffer> {
  const { locale } = facts;
  const title = text('title', locale);
  const quarter = quarterName(facts.quarter, locale);
  const renderer = await chartRenderer(facts.chartQuarters.map((shown) => quarterName(shown, locale, 'short')), locale);
  const charts: string[][] = [];
  try {
    for (const resource of facts.resources) charts.push(await Promise.all(resource.commitments.map((commitment) => renderer.render(commitment.chart))));
  } finally {
    renderer.close();
  }

  const { doc, width, row, finish } = startSealedLetter({
    locale, title: `${title}: ${quarter}`, documentTitle: `${title} · ${facts.provider.name} · ${quarter}`,
    provider: facts.provider, issuedAt: facts.issuedAt,
  });
  const all = facts.resources.flatMap((resource) => resource.commitments.map(({ figures }) => figures));
  row(text('quarter', locale), quarter);
  row(text('period', locale), periodText(quarterPeriod(facts.quarter)));
  row(text('computedAt', locale), dayText(catalanDate(facts.issuedAt)));
  row(text('summary', locale), all.length === 0 ? text('noCommitments', locale) : text('summaryLine', locale)
    .replace('{total}', String(all.length))
    .replace('{met}', String(all.filter((figures) => figures.met === true).length))
    .replace('{missed}', String(all.filter((figures) => figures.met === false).length))
    .replace('{empty}', String(all.filter((figures) => figures.met === null).length)));
  doc.font('regular').fontSize(9).fillColor(LETTER_MUTED).text(text('method', locale), { width, lineGap: 1.5 });

  facts.resources.forEach((resource, resourceIndex) => {
    doc.addPage();
    doc.font('bold').fontSize(14).fillColor(LETTER_TEXT).text(`${resource.code} · ${resource.title}`, LETTER_MARGIN, doc.y, { width });
    doc.moveDown(0.6);
    resource.commitments.forEach(({ figures }, commitmentIndex) => {
      const svg = charts[resourceIndex][commitmentIndex];
      const chartSize = scaledSize(svg, width, CHART_MAX_HEIGHT);
      // A commitment's text, table and chart stay together on a page when they fit on one.
      if (doc.y + FIGURES_HEIGHT + chartSize.height > doc.page.height - LETTER_MARGIN) doc.addPage();
      doc.font('bold').fontSize(11).fillColor(LETTER_TEXT).text(figures.text, LETTER_MARGIN, doc.y, { width });
      doc.moveDown(0.4);
      figuresTable(doc, figures, locale, width);
      doc.moveDown(0.6);
      if (doc.y + chartSize.height + 20 > doc.page.height - LETTER_MARGIN) doc.addPage();
      doc.font('regular').fontSize(9).fillColor(LETTER_MUTED).text(text('chart', locale), LETTER_MARGIN, doc.y, { width });
      const top = doc.y + 2;
      SVGtoPDF(doc as never, svg, LETTER_MARGIN, top, {
        width: chartSize.width, height: chartSize.height,
        fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
      });
      doc.x = LETTER_MARGIN;
      doc.y = top + chartSize.height + 14;
    });
  });
  return finish();
}

/** Label and value, one ruled row each: the figures of the period and the analysis of a miss. */
function figuresTable(doc: PDFKit.PDFDocument, figures: PublishedCommitment, locale: Locale, width: number): void {
  const rows: [string, string][] = [
    [publicationText('indicator', locale), indicatorLabel(figures.indicator, locale)],
    [publicationText('threshold', locale), figures.threshold],
    ...(figures.hardLimit ? [[publicationText('hardLimit', locale), figures.hardLimit] as [string, string]] : []),
    [publicationText('targetPercent', locale), percentText(figures.targetPercent, locale)],
    [publicationText('cases', locale), String(figures.cases)],
    [publicationText('valuePercent', locale), figures.valuePercent === null ? '—' : percentText(figures.valuePercent, locale)],
    [publicationText('met', locale), metText(figures.met, locale)],
    ...(figures.causes ? [[publicationText('causes', locale), figures.causes] as [string, string]] : []),
    ...(figures.measures ? [[publicationText('measures', locale), figures.measures] as [string, string]] : []),
  ];
  const columns = [width * 0.3, width * 0.7];
  for (const [label, value] of rows) ruledRow(doc, [{ text: label, bold: true }, { text: value }], columns);
}

/** The SVG's own size scaled down to fit `maxWidth` × `maxHeight`, keeping its ratio. */
export function scaledSize(svg: string, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const [svgWidth, svgHeight] = [attribute('width'), attribute('height')];
  if (!(svgWidth > 0 && svgHeight > 0)) return { width: maxWidth, height: maxHeight };
  const scale = Math.min(maxWidth / svgWidth, maxHeight / svgHeight, 1);
  return { width: svgWidth * scale, height: svgHeight * scale };
}
