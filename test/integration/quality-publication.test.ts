import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as x509 from '@peculiar/x509';
import { parse } from 'csv-parse/sync';
import { applicationClient } from '../support/application-client';
import { checkPades } from '../support/pades-check';
import { oneLine, pdfText } from '../support/pdf-text';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const EDITOR = { nif: '22222222J', name: 'Editora Diba', roles: ['editor:diba'] };
const REVIEWER = { nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] };
const CODE = 'QUALITAT-PUB';
/** A title with a comma, an apostrophe and "l·l", so the CSV must quote it and keep its UTF-8. */
const TITLE = "Assessorament, qualitat i l'eficiència col·lectiva";
const Q3_2026 = { from: '2026-07-01', to: '2026-09-30' };

const FIGURES = `resourceCode resourceTitle indicator occurrence text threshold thresholdUnit hardLimit { amount unit } targetPercent cases valuePercent met`;

/**
 * The published quality figures (issue 13): the CSV of a period and the quarterly PDF report carry
 * exactly the figures of GraphQL's `Provider.qualityReport`, aggregates only, for anyone. A diba
 * fitxa with two commitments (decisions within 55 business days for 80 % of them, never after 3
 * months; survey ratings of 5 or more) gets applications decided in the second and third quarters
 * of 2026, through GraphQL as applicants and reviewers make them.
 */
describe('quality publication: the CSV and the quarterly PDF report', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let jordi: Record<string, string>;
  let reviewer: Record<string, string>;
  let resourceId: string;

  const get = (route: string, headers: Record<string, string> = {}) => fetch(`${api.url}${route}`, { headers });

  async function apply(key: string, at: string): Promise<string> {
    api.clock.set(at);
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(BARCELONA.nif) }, jordi);
    assert.deepEqual(started.userErrors, [], JSON.stringify(started));
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: JORDI.name, nif: JORDI.nif, position: 'Secretari', email: 'secretaria@bcn.cat' }, jordi);
    const payload = (await client.application(id, jordi)).signingPayload.canonicalJson;
    const submitted = await client.submit({ applicationId: id, signature: await pki.sign(payload, await pki.signer({ ...JORDI, represents: BARCELONA })), idempotencyKey: key }, jordi);
    assert.deepEqual(submitted.userErrors, [], JSON.stringify(submitted));
    return id;
  }
  async function decide(applicationId: string, decision: 'GRANT' | 'DENY', at: string): Promise<void> {
    api.clock.set(at);
    const response = await api.graphql(`mutation($input: ResolveApplicationInput!) { resolveApplication(input: $input) { userErrors { code } } }`,
      { input: { applicationId, decision, reasons: 'Es compleixen els requisits.', competentBody: 'Presidència delegada' } }, reviewer);
    assert.deepEqual(response.body.data.resolveApplication.userErrors, [], JSON.stringify(response.body));
  }
  async function graphqlReport(period: { from: string; to: string }, locale = 'CA') {
    const response = await api.graphql(`query($from: Date!, $to: Date!) { provider(slug: "diba") { qualityReport(from: $from, to: $to) { commitments { ${FIGURES} } } } }`,
      period, { 'accept-language': locale.toLowerCase() });
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.provider.qualityReport.commitments as any[];
  }

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ now: '2026-04-01T08:00:00Z', env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    jordi = await api.as({ ...JORDI, represents: BARCELONA });
    reviewer = await api.as(REVIEWER);
    const editor = await api.as(EDITOR);
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' limit 1`);
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: { provider: 'diba', code: CODE, content: {
        kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 3, unit: 'MONTHS' }, maxApplicationsPerEntity: 10,
        translations: [{ locale: 'CA', title: TITLE, summary: 'Resum', description: 'Descripció' }],
        qualityCommitments: [
          {
            indicator: 'DECISION_WITHIN_TERM', threshold: 55, thresholdUnit: 'BUSINESS_DAYS', targetPercent: 80, hardLimitAmount: 3, hardLimitUnit: 'MONTHS',
            text: [{ locale: 'CA', text: 'El 80% de les resolucions, en 55 dies hàbils; mai en més de 3 mesos.' }, { locale: 'ES', text: 'El 80% de las resoluciones, en 55 días hábiles.' }],
          },
          { indicator: 'SURVEY_RATING_AT_LEAST', threshold: 5, targetPercent: 100, text: [{ locale: 'CA', text: 'Totes les valoracions, 5 o més.' }] },
        ],
      } },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    resourceId = created.body.data.createResource.resource.id;
    const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);

    // Second quarter: one decision, on time. Third quarter: three decisions filed on 1 July, two on
    // time and one on 28 September, after 55 business days (62) but within the 3 months.
    const early = await apply('quality-pub-a', '2026-04-07T08:00:00Z');
    await decide(early, 'GRANT', '2026-04-21T08:00:00Z');
    const [b, c, d] = [await apply('quality-pub-b', '2026-07-01T08:00:00Z'), await apply('quality-pub-c', '2026-07-01T08:10:00Z'), await apply('quality-pub-d', '2026-07-01T08:20:00Z')];
    await decide(b, 'GRANT', '2026-07-15T08:00:00Z');
    await decide(d, 'DENY', '2026-07-20T08:00:00Z');
    await decide(c, 'GRANT', '2026-09-28T08:00:00Z');
    api.clock.set('2026-10-05T08:00:00Z');
  });
  after(async () => {
    await api?.close();
  });

  it('publishes a period as a CSV (RFC 4180, UTF-8 with a BOM) whose every figure is the GraphQL report\'s', async () => {
    const report = await graphqlReport(Q3_2026);
    const ours = report.filter((commitment) => commitment.resourceCode === CODE);
    // The figures are not trivial: the decisions were counted, and the 80 % target was missed.
    const decisions = ours.find((commitment) => commitment.indicator === 'DECISION_WITHIN_TERM');
    assert.deepEqual([decisions.cases, decisions.met], [3, false]);
    assert.ok(report.length > ours.length, 'the other diba fitxes with commitments are in the report too');

    const response = await get(`/providers/diba/quality.csv?from=${Q3_2026.from}&to=${Q3_2026.to}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="qualitat-diba-2026-07-01-2026-09-30.csv"');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    assert.equal(rows.length, report.length);
    const number = (value: number | null) => (value === null ? '' : String(value));
    report.forEach((commitment, index) => {
      const row = rows[index];
      assert.deepEqual([row['Codi del recurs'], row.Recurs, row.Indicador, row['Compromís']],
        [commitment.resourceCode, commitment.resourceTitle, commitment.indicator, commitment.text], `row ${index}`);
      assert.deepEqual([row['Objectiu (%)'], row.Casos, row['Valor (%)'], row.Complert],
        [number(commitment.targetPercent), number(commitment.cases), number(commitment.valuePercent), commitment.met === null ? '' : String(commitment.met)], `row ${index}`);
    });
    const ourRow = rows.find((row) => row['Codi del recurs'] === CODE && row.Indicador === 'DECISION_WITHIN_TERM')!;
    assert.deepEqual([ourRow.Recurs, ourRow.Llindar, ourRow['Límit màxim']], [TITLE, '55 dies hàbils', '3 mesos']);
    // Aggregates only: no application, registry number or entity of the cases behind them.
    assert.doesNotMatch(bytes.toString('utf8'), /DIBA-E-|Ajuntament de Barcelona|P0801900B|87654321X/);

    // The same bytes give the same tag: a cache revalidates without downloading them again.
    const again = await get(`/providers/diba/quality.csv?from=${Q3_2026.from}&to=${Q3_2026.to}`, { 'if-none-match': response.headers.get('etag')! });
    assert.equal(again.status, 304);
    // ?locale= as on the other downloads: Spanish headings and texts, Catalan where there is no Spanish.
    const spanish: Record<string, string>[] = parse(Buffer.from(await (await get(`/providers/diba/quality.csv?from=${Q3_2026.from}&to=${Q3_2026.to}&locale=es`)).arrayBuffer()), { bom: true, columns: true });
    const ourSpanish = spanish.find((row) => row['Código del recurso'] === CODE && row.Indicador === 'DECISION_WITHIN_TERM')!;
    assert.deepEqual([ourSpanish.Recurso, ourSpanish['Compromiso'], ourSpanish.Umbral], [TITLE, 'El 80% de las resoluciones, en 55 días hábiles.', '55 días hábiles']);

    // The missed commitment's causes and measures, once staff record them, are published with it.
    assert.deepEqual([ourRow.Causes, ourRow['Mesures de millora']], ['', '']);
    const recorded = await api.graphql(`mutation($input: RecordQualityAnalysisInput!) { recordQualityAnalysis(input: $input) { userErrors { code field } } }`, { input: {
      resourceId, indicator: 'DECISION_WITHIN_TERM', from: Q3_2026.from, to: Q3_2026.to,
      causes: "Baixa del tècnic responsable a l'agost", measures: 'Un segon tècnic revisa les sol·licituds pendents cada setmana',
    } }, reviewer);
    assert.deepEqual(recorded.body.data.recordQualityAnalysis.userErrors, [], JSON.stringify(recorded.body));
    const analysed: Record<string, string>[] = parse(Buffer.from(await (await get(`/providers/diba/quality.csv?from=${Q3_2026.from}&to=${Q3_2026.to}`)).arrayBuffer()), { bom: true, columns: true });
    const ourAnalysed = analysed.find((row) => row['Codi del recurs'] === CODE && row.Indicador === 'DECISION_WITHIN_TERM')!;
    assert.deepEqual([ourAnalysed.Causes, ourAnalysed['Mesures de millora']],
      ["Baixa del tècnic responsable a l'agost", 'Un segon tècnic revisa les sol·licituds pendents cada setmana']);
  });

  it('publishes the quarter as a sealed PDF with the same figures and a chart per commitment over four quarters', async () => {
    const report = await graphqlReport(Q3_2026);
    const second = await graphqlReport({ from: '2026-04-01', to: '2026-06-30' });
    const response = await get('/providers/diba/quality-report.pdf?year=2026&quarter=3');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="qualitat-diba-2026-T3.pdf"');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const pdf = Buffer.from(await response.arrayBuffer());

    // Sealed by the Diputació de Barcelona (PAdES), like every document it issues.
    const developmentCa = Buffer.from(new x509.X509Certificate(readFileSync(path.join(api.dataDir, 'signature', 'dev-ca.pem'), 'utf8')).rawData);
    const seal = await checkPades(pdf, developmentCa, new Date());
    assert.deepEqual([seal.problem, seal.signatureValid, seal.coversWholeFile, seal.chainTrusted], [undefined, true, true, true]);

    const text = oneLine(await pdfText(pdf));
    assert.ok(text.includes('Informe trimestral dels compromisos de qualitat: 3r trimestre de 2026'));
    assert.ok(text.includes('Diputació de Barcelona'));
    assert.ok(text.includes('1/7/2026 – 30/9/2026'));
    const percent = (value: number) => new Intl.NumberFormat('ca-ES', { maximumFractionDigits: 1 }).format(value);
    // Our fitxa's section: each commitment's table with the GraphQL figures, in order.
    const section = text.slice(text.indexOf(`${CODE} · ${TITLE}`));
    assert.ok(section.length < text.length, 'the fitxa has its section');
    let rest = section;
    for (const commitment of report.filter((item) => item.resourceCode === CODE)) {
      const table = `${commitment.text} Indicador`;
      assert.ok(rest.includes(table), table);
      rest = rest.slice(rest.indexOf(table));
      const figures = `Objectiu (%) ${percent(commitment.targetPercent)} Casos ${commitment.cases} Valor (%) ${commitment.valuePercent === null ? '—' : percent(commitment.valuePercent)} Complert ${commitment.met === null ? 'Sense casos' : commitment.met ? 'Sí' : 'No'}`;
      assert.ok(rest.includes(figures), figures);
    }
    // A chart per commitment of the report: each draws the axis of the last four quarters.
    assert.equal(text.split('T4 2025 T1 2026 T2 2026 T3 2026').length - 1, report.length);
    // Our decisions chart labels its bars with the second and third quarters' values.
    const decisionsThen = [second, report].map((figures) => figures.find((item) => item.resourceCode === CODE && item.indicator === 'DECISION_WITHIN_TERM').valuePercent);
    assert.ok(decisionsThen.every((value) => value !== null));
    const chart = section.slice(section.indexOf('T4 2025 T1 2026 T2 2026 T3 2026'));
    for (const value of decisionsThen) assert.ok(chart.includes(`${percent(value)} %`), `${percent(value)} %`);
    assert.doesNotMatch(text, /DIBA-E-|Ajuntament de Barcelona|87654321X/);

    // The tag names the figures: unchanged figures, 304; the English report is another document.
    assert.equal((await get('/providers/diba/quality-report.pdf?year=2026&quarter=3', { 'if-none-match': response.headers.get('etag')! })).status, 304);
    const english = await get('/providers/diba/quality-report.pdf?year=2026&quarter=3&locale=en');
    assert.notEqual(english.headers.get('etag'), response.headers.get('etag'));
    assert.ok(oneLine(await pdfText(Buffer.from(await english.arrayBuffer()))).includes('Quarterly report on quality commitments: Q3 2026'));
  });

  it('answers 400 with the error contract for bad periods and quarters, and 404 for an unknown provider', async () => {
    const refused = async (route: string, field: string) => {
      const response = await get(route);
      assert.equal(response.status, 400, route);
      const body = await response.json() as any;
      assert.equal(body.errors[0].extensions.code, 'BAD_USER_INPUT', route);
      assert.deepEqual(body.errors[0].extensions.field, [field], route);
    };
    await refused('/providers/diba/quality.csv', 'from');
    await refused('/providers/diba/quality.csv?from=2026-07-01', 'to');
    await refused('/providers/diba/quality.csv?from=2026-13-01&to=2026-12-31', 'from');
    await refused('/providers/diba/quality.csv?from=2026-07-01&to=2026-06-30', 'to');
    await refused('/providers/diba/quality.csv?from=2000-01-01&to=2026-06-30', 'to');
    await refused('/providers/diba/quality.csv?from=1999-12-01&to=2000-01-31', 'from');
    await refused('/providers/diba/quality.csv?from=2026-07-01&from=2026-08-01&to=2026-09-30', 'from');
    await refused(`/providers/diba/quality.csv?from=${Q3_2026.from}&to=${Q3_2026.to}&locale=xx`, 'locale');
    await refused('/providers/diba/quality-report.pdf', 'year');
    await refused('/providers/diba/quality-report.pdf?year=2026', 'quarter');
    await refused('/providers/diba/quality-report.pdf?year=2026&quarter=5', 'quarter');
    await refused('/providers/diba/quality-report.pdf?year=1999&quarter=4', 'year');
    // Today is 5 October 2026: the fourth quarter has begun, the first of 2027 has not.
    await refused('/providers/diba/quality-report.pdf?year=2027&quarter=1', 'year');
    assert.equal((await get('/providers/diba/quality-report.pdf?year=2026&quarter=4')).status, 200);

    for (const route of [`/providers/diputacio-inexistent/quality.csv?from=${Q3_2026.from}&to=${Q3_2026.to}`, '/providers/diputacio-inexistent/quality-report.pdf?year=2026&quarter=3']) {
      const response = await get(route);
      assert.equal(response.status, 404, route);
      assert.equal(((await response.json()) as any).errors[0].extensions.code, 'NOT_FOUND');
    }
  });
});
