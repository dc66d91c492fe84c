import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { oneLine, pdfText } from '../support/pdf-text';
import { startTestService, TestService } from '../support/test-service';

describe('"Descarrega": the published fitxa as a PDF', () => {
  let api: TestService;
  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  const download = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });
  const textOf = async (response: Response) => oneLine(await pdfText(new Uint8Array(await response.arrayBuffer())));
  /** A link served by the API, fetched from this test's service (PUBLIC_BASE_URL may name another host). */
  const pathOf = (url: string) => { const parsed = new URL(url); return parsed.pathname + parsed.search; };

  it('downloads 111219 with its title, code, audience, contact and Catalan text intact', async () => {
    const response = await download('/resources/diba/111219.pdf');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="111219.pdf"');
    assert.match(response.headers.get('cache-control') ?? '', /\bpublic\b/);
    assert.match(response.headers.get('etag') ?? '', /^"[^"]+"$/);
    assert.match(response.headers.get('vary') ?? '', /Accept-Language/i);
    const text = await textOf(response);
    for (const phrase of [
      'Migració del servei de correu electrònic', 'Codi recurs', '111219',
      'Destinataris', 'Ajuntaments', 'Consells comarcals', 'Mancomunitats', 'Entitats municipals descentralitzades',
      'Requisits de concessió', 'Termini màxim de resolució', "Tres mesos a partir de l'endemà", 'Compromisos de qualitat',
      'Normativa aplicable', 'Llei 39/2015', 'ODS', 'Convocatòria / línia de suport', 'Catàleg 2021-2023: Xarxa de Governs Locals 2023',
      'Canal', 'Període de vigència i sol·licitud', '28/12/2022 a 31/12/2023', 'Tipus de recurs', 'Recurs material',
      'Procediment de concessió', 'Concessió directa amb concurrència',
      'Unitat prestadora', 'Direcció de Serveis de Tecnologies i Sistemes Corporatius', 'ds.tsc@diba.cat', '934 723 510',
      'sol·licitud', 'Àrea de Serveis Generals i Transició Digital',
    ]) assert.ok(text.includes(phrase), `the PDF shows "${phrase}"`);
  });

  it('answers 304 to If-None-Match with the same ETag, and each locale has its own', async () => {
    const first = await download('/resources/diba/111219.pdf?locale=ca');
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await download('/resources/diba/111219.pdf?locale=ca', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal((await again.arrayBuffer()).byteLength, 0);
    const second = await download('/resources/diba/111219.pdf?locale=ca');
    assert.equal(second.headers.get('etag'), etag, 'the same published version gives the same ETag');
    const spanish = await download('/resources/diba/111219.pdf?locale=es', { 'if-none-match': etag });
    assert.equal(spanish.status, 200, 'the Catalan ETag does not match the Spanish PDF');
    assert.notEqual(spanish.headers.get('etag'), etag);
    assert.deepEqual(Buffer.from(await second.arrayBuffer()).subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('writes Spanish headings and labels for ?locale=ES or Accept-Language: es; Occitan reads Catalan', async () => {
    for (const [path, headers] of [['/resources/diba/111219.pdf?locale=ES', {}], ['/resources/diba/111219.pdf', { 'accept-language': 'es-ES,es;q=0.9' }]] as const) {
      const response = await download(path, headers);
      assert.equal(response.status, 200);
      const text = await textOf(response);
      for (const phrase of ['Migración del servicio de correo electrónico', 'Destinatarios', 'Ayuntamientos', 'Requisitos de concesión',
        'Plazo máximo de resolución', 'Procedimiento de concesión', 'Concesión directa con concurrencia', 'Unidad prestadora', 'Código recurso']) {
        assert.ok(text.includes(phrase), `${path} ${JSON.stringify(headers)} shows "${phrase}"`);
      }
      assert.ok(!text.includes('Destinataris'), 'no Catalan heading left');
    }
    const argumentWins = await textOf(await download('/resources/diba/111219.pdf?locale=ca', { 'accept-language': 'es' }));
    assert.ok(argumentWins.includes('Destinataris'));
    const occitan = await textOf(await download('/resources/diba/111219.pdf?locale=oc'));
    assert.ok(occitan.includes('Destinataris') && occitan.includes('Migració del servei de correu electrònic'));
  });

  it('downloads the Lleida encàrrec de gestió from the downloadUrl GraphQL serves', async () => {
    const { body } = await api.graphql(`{ resources(filter: { provider: ["diputacio-lleida"], search: "encàrrec de gestió assistència tècnica informàtica" }) {
      nodes { code title grantProcedure downloadUrl jsonLdUrl provider { slug } } } }`);
    assert.equal(body.errors, undefined);
    const fitxa = body.data.resources.nodes.find((r: { grantProcedure: string }) => r.grantProcedure === 'MANAGEMENT_ENTRUSTMENT');
    assert.ok(fitxa);
    assert.equal(pathOf(fitxa.downloadUrl), `/resources/diputacio-lleida/${encodeURIComponent(fitxa.code)}.pdf?locale=ca`);
    const response = await download(pathOf(fitxa.downloadUrl));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="${fitxa.code}.pdf"`);
    const text = await textOf(response);
    for (const phrase of [fitxa.title, fitxa.code, 'Diputació de Lleida', "Padró municipal d'habitants", 'Encàrrec de gestió', 'Com fer el tràmit']) {
      assert.ok(text.includes(phrase), `the Lleida PDF shows "${phrase}"`);
    }
  });

  it('serves downloadUrl in the served locale and jsonLdUrl at the JSON-LD', async () => {
    const { body } = await api.graphql(`{ ca: resource(provider: "diba", code: "111219") { downloadUrl jsonLdUrl jsonLd }
      es: resource(provider: "diba", code: "111219", locale: ES) { locale downloadUrl jsonLdUrl } }`);
    assert.equal(body.errors, undefined);
    assert.equal(pathOf(body.data.ca.downloadUrl), '/resources/diba/111219.pdf?locale=ca');
    assert.equal(pathOf(body.data.es.downloadUrl), '/resources/diba/111219.pdf?locale=es');
    assert.equal(body.data.es.jsonLdUrl, body.data.ca.jsonLdUrl);
    assert.equal(pathOf(body.data.ca.jsonLdUrl), '/resources/diba/111219.jsonld');
    const jsonLd = await download(pathOf(body.data.ca.jsonLdUrl));
    assert.deepEqual(await jsonLd.json(), body.data.ca.jsonLd);
    const header = await api.graphql('{ resource(provider: "diba", code: "111219") { downloadUrl } }', {}, { 'accept-language': 'es' });
    assert.equal(pathOf(header.body.data.resource.downloadUrl), '/resources/diba/111219.pdf?locale=es');
  });

  it('answers 404 for unknown fitxes, unknown providers and drafts, 400 for a bad locale', async () => {
    for (const path of ['/resources/diba/nope.pdf', '/resources/no-such-provider/111219.pdf', '/resources/dipta/111219.pdf']) {
      const response = await download(path);
      assert.equal(response.status, 404, path);
      const error = await response.json() as { errors: { extensions: { code: string } }[] };
      assert.equal(error.errors[0].extensions.code, 'NOT_FOUND', 'answered by the one error mapping');
    }
    const [draft] = await api.service.database.orm.em.getConnection().execute<{ code: string; slug: string }[]>(
      `select r.code, p.slug from resource r join provider p on p.id = r.provider_id where r.status = 'DRAFT' limit 1`);
    assert.ok(draft, 'the seeds include draft fitxes');
    const drafted = await download(`/resources/${draft.slug}/${encodeURIComponent(draft.code)}.pdf`);
    assert.equal(drafted.status, 404, 'a draft is not downloadable');
    const staff = await download(`/resources/${draft.slug}/${encodeURIComponent(draft.code)}.pdf`,
      await api.as({ nif: '11111111H', roles: [`editor:${draft.slug}`] }));
    assert.equal(staff.status, 404, 'not even for its editors: the download is the published fitxa');

    for (const locale of ['fr', 'xx', '', 'es-ES', 'c'.repeat(5000)]) {
      const response = await download(`/resources/diba/111219.pdf?locale=${encodeURIComponent(locale)}`);
      assert.equal(response.status, 400, `locale=${locale.slice(0, 10)}`);
      const error = await response.json() as { errors: { message: string; extensions: { code: string; field: string[] } }[] };
      assert.equal(error.errors[0].extensions.code, 'BAD_USER_INPUT');
      assert.match(error.errors[0].message, /ca, es, en, oc/);
      assert.deepEqual(error.errors[0].extensions.field, ['locale']);
    }
    const repeated = await download('/resources/diba/111219.pdf?locale=ca&locale=es');
    assert.equal(repeated.status, 400);
  });
});
