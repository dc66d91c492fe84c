import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProvisionType, SilenceEffect, SurveyQuestionKind } from '../../src/catalogue/resource-enums';
import { ResourceSnapshot } from '../../src/catalogue/resource-snapshot';
import { PROVISION_TYPE_LABELS, SILENCE_EFFECT_LABELS } from '../../src/catalogue/resource-labels';
import { labelOf } from '../../src/i18n/labels';
import { fitxaJsonLdUrl, fitxaPdfUrl } from '../../src/exports/export-urls';
import { buildFitxaDocument, FitxaDocument, formatDay } from '../../src/exports/fitxa-document';
import { renderFitxaPdf } from '../../src/exports/fitxa-pdf';
import { FITXA_HEADINGS, FitxaHeading, heading } from '../../src/exports/fitxa-pdf-headings';
import { attachment, downloadLocale, RenderedPdfCache } from '../../src/exports/fitxa-pdf.routes';
import { AppError } from '../../src/errors/error-mapping';
import { Locale } from '../../src/i18n/locale';
import { diba111219Snapshot } from '../fixtures/diba-111219-snapshot';
import { oneLine, pdfText } from '../support/pdf-text';

const headingsOf = (document: FitxaDocument) => document.sections.map((s) => s.heading);
const section = (document: FitxaDocument, key: FitxaHeading) => {
  const found = document.sections.find((s) => s.heading === heading(key, document.locale));
  assert.ok(found, `section ${key} in ${document.locale}`);
  return found;
};
const itemsOf = (document: FitxaDocument, key: FitxaHeading) =>
  section(document, key).blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]));

describe('the printed fitxa (document model)', () => {
  it('has every heading in Catalan, Spanish and English, and Occitan reads Catalan', () => {
    for (const [key, texts] of Object.entries(FITXA_HEADINGS) as [FitxaHeading, Record<string, string>][]) {
      for (const locale of ['CA', 'ES', 'EN']) assert.ok(texts[locale]?.trim(), `${key} in ${locale}`);
      assert.equal(heading(key, Locale.OC), texts.CA);
      assert.equal(heading(key, Locale.ES), texts.ES);
    }
  });

  it('lays out 111219 in the order of the fitxa page, with its labels and the unit contact', () => {
    const document = buildFitxaDocument(diba111219Snapshot, Locale.CA);
    assert.equal(document.title, 'Migració del servei de correu electrònic');
    assert.equal(document.code, '111219');
    assert.deepEqual(document.kicker, ['Fitxa del recurs', 'Diputació de Barcelona', 'Àrea de Serveis Generals i Transició Digital', 'Governs digitals']);
    assert.deepEqual(headingsOf(document), [
      'Destinataris', 'Requisits de concessió', 'Termini màxim de resolució', 'Condicions de sol·licitud',
      "Condicions d'execució i justificació", 'Com fer el tràmit', 'Després de fer el tràmit', 'Documents',
      'Compromisos de qualitat', 'Normativa aplicable', 'ODS', 'Convocatòria / línia de suport', 'Canal',
      'Període de vigència i sol·licitud', 'Tipus de recurs', 'Procediment de concessió', 'Unitat prestadora', 'Codi recurs',
    ]);
    assert.deepEqual(itemsOf(document, 'audience'), ['Ajuntaments', 'Consells comarcals', 'Mancomunitats', 'Entitats municipals descentralitzades']);
    assert.equal(itemsOf(document, 'requirements').length, 3);
    assert.match(itemsOf(document, 'resolutionTerm')[0], /^3 mesos\. Tres mesos a partir de l'endemà/);
    assert.ok(itemsOf(document, 'resolutionTerm').includes(labelOf(SILENCE_EFFECT_LABELS, SilenceEffect.NEGATIVE, Locale.CA)));
    assert.deepEqual(itemsOf(document, 'sdgs'), ['9. Indústria, innovació i infraestructura', '16. Pau, justícia i institucions sòlides']);
    assert.deepEqual(itemsOf(document, 'applicationPeriod'), ['2023: 28/12/2022 a 31/12/2023']);
    assert.deepEqual(itemsOf(document, 'kind'),
      ['Recurs material', 'Realització de serveis i activitats', labelOf(PROVISION_TYPE_LABELS, ProvisionType.CONTINUOUS, Locale.CA)]);
    assert.deepEqual(itemsOf(document, 'grantProcedure'), ['Concessió directa amb concurrència']);
    assert.deepEqual(itemsOf(document, 'channel'), ['Portal de tramitació (PMT)\nhttps://pmt.diba.cat']);
    const unit = section(document, 'providerUnit').blocks;
    assert.deepEqual(unit.map((b) => b.label), [null, 'Tel.', 'Correu electrònic', 'Formulari de contacte', 'Web']);
    assert.deepEqual(itemsOf(document, 'providerUnit').slice(0, 3), ['Direcció de Serveis de Tecnologies i Sistemes Corporatius (DSTSC)', '934 723 510', 'ds.tsc@diba.cat']);
    assert.equal(itemsOf(document, 'qualityCommitments').length, 6, 'four commitments, two with a breach action');
    assert.deepEqual(itemsOf(document, 'procedureSteps').slice(0, 2), ['Identificació amb certificat digital', "Selecció de l'ens"]);
    const steps = section(document, 'procedureSteps').blocks[0];
    assert.equal(steps.kind === 'list' && steps.numbered, true, 'the steps are numbered');
    assert.equal(document.publishedOn, formatDay(diba111219Snapshot.publishedAt!.slice(0, 10)));
  });

  it('lists the survey questions in order with their kind, after the quality commitments', () => {
    const survey = [
      { id: 'b', position: 2, code: 'observacions', text: { CA: 'Observacions', ES: 'Observaciones' }, kind: SurveyQuestionKind.FREE_TEXT, fitToNeeds: false, required: false },
      { id: 'a', position: 1, code: 'global', text: { CA: 'Valoració global' }, kind: SurveyQuestionKind.RATING, fitToNeeds: false, required: true },
    ];
    const document = buildFitxaDocument({ ...diba111219Snapshot, survey }, Locale.CA);
    const headings = headingsOf(document);
    assert.equal(headings.indexOf('Enquesta de satisfacció'), headings.indexOf('Compromisos de qualitat') + 1);
    assert.deepEqual(itemsOf(document, 'survey'), ['Valoració global (Valoració de 0 a 10, obligatori)', 'Observacions (Text lliure)']);
    // A snapshot published before surveys existed has none, and no section.
    assert.ok(!headingsOf(buildFitxaDocument(diba111219Snapshot, Locale.CA)).includes('Enquesta de satisfacció'));
  });

  it('leaves out sections the fitxa has nothing for', () => {
    const bare: ResourceSnapshot = {
      ...diba111219Snapshot, serviceOptions: [], sdgs: [], legalReferences: [], providerUnit: null, channel: null, applicationWindows: [],
    };
    const headings = headingsOf(buildFitxaDocument(bare, Locale.CA));
    for (const gone of ['ODS', 'Normativa aplicable', 'Unitat prestadora', 'Canal', 'Període de vigència i sol·licitud', 'Serveis que es poden seleccionar']) {
      assert.ok(!headings.includes(gone), gone);
    }
    assert.ok(headingsOf(buildFitxaDocument(diba111219Snapshot, Locale.CA)).includes('ODS'));
  });

  it('writes headings and labels in Spanish and English, the fitxa text in its translation or Catalan', () => {
    const spanish = buildFitxaDocument(diba111219Snapshot, Locale.ES);
    assert.equal(spanish.textLocale, Locale.ES);
    assert.equal(spanish.title, 'Migración del servicio de correo electrónico');
    assert.ok(headingsOf(spanish).includes('Destinatarios'));
    assert.ok(headingsOf(spanish).includes('Requisitos de concesión'));
    assert.deepEqual(itemsOf(spanish, 'audience'), ['Ayuntamientos', 'Consejos comarcales', 'Mancomunidades', 'Entidades municipales descentralizadas']);
    assert.deepEqual(itemsOf(spanish, 'grantProcedure'), ['Concesión directa con concurrencia']);
    assert.deepEqual(itemsOf(spanish, 'applicationPeriod'), ['2023: 28/12/2022 a 31/12/2023']);

    const english = buildFitxaDocument(diba111219Snapshot, Locale.EN);
    assert.equal(english.textLocale, Locale.CA, 'no English translation: the text stays Catalan');
    assert.equal(english.title, 'Migració del servei de correu electrònic');
    assert.ok(headingsOf(english).includes('Who may apply'));
    assert.deepEqual(itemsOf(english, 'applicationPeriod'), ['2023: 28/12/2022 to 31/12/2023']);
    assert.match(itemsOf(english, 'resolutionTerm')[0], /^3 months\./);

    const occitan = buildFitxaDocument(diba111219Snapshot, Locale.OC);
    assert.deepEqual(headingsOf(occitan), headingsOf(buildFitxaDocument(diba111219Snapshot, Locale.CA)));
  });
});

describe('the download locale and links', () => {
  it('takes ?locale= in any case, then Accept-Language, then Catalan', () => {
    assert.equal(downloadLocale('es', undefined), Locale.ES);
    assert.equal(downloadLocale('EN', 'es'), Locale.EN);
    assert.equal(downloadLocale('Oc', undefined), Locale.OC);
    assert.equal(downloadLocale(undefined, 'es-ES,es;q=0.9'), Locale.ES);
    assert.equal(downloadLocale(undefined, 'de'), Locale.CA);
    assert.equal(downloadLocale(undefined, undefined), Locale.CA);
  });

  it('refuses an unknown, repeated, empty or over-long ?locale=', () => {
    for (const bad of ['fr', '', 'es-ES', ['ca', 'es'], { x: 'ca' }, 'c'.repeat(10_000)]) {
      assert.throws(() => downloadLocale(bad, 'ca'), (e: AppError) => e instanceof AppError && e.extensions.code === 'BAD_USER_INPUT', JSON.stringify(bad).slice(0, 20));
    }
    assert.doesNotMatch(String((() => { try { downloadLocale('c'.repeat(10_000), undefined); } catch (e) { return (e as Error).message; } })()), /cccc/);
  });

  it('names the attachment with a quoted file name, and an RFC 6266 form for other characters', () => {
    assert.equal(attachment('111219.pdf'), 'attachment; filename="111219.pdf"');
    assert.equal(attachment('NNTT-EG.pdf'), 'attachment; filename="NNTT-EG.pdf"');
    assert.equal(attachment('Sol·licitud "A".pdf'), `attachment; filename="Sol_licitud _A_.pdf"; filename*=UTF-8''Sol%C2%B7licitud%20%22A%22.pdf`);
  });

  it('builds the PDF link with the locale and the JSON-LD link without', () => {
    assert.equal(fitxaPdfUrl('https://cat.example', 'diputacio-lleida', 'A 1/2', Locale.ES), 'https://cat.example/resources/diputacio-lleida/A%201%2F2.pdf?locale=es');
    assert.equal(fitxaJsonLdUrl('https://cat.example', 'diba', '111219'), 'https://cat.example/resources/diba/111219.jsonld');
  });
});

describe('the per-instance cache of rendered PDFs', () => {
  it('renders a key once, shares a rendering in progress, and keeps keys apart', async () => {
    const cache = new RenderedPdfCache(10);
    const renders: string[] = [];
    const render = (key: string) => async () => { renders.push(key); await new Promise((r) => setTimeout(r, 5)); return Buffer.from(key); };
    const [a, b] = await Promise.all([cache.get('v1:CA', render('v1:CA')), cache.get('v1:CA', render('v1:CA'))]);
    assert.equal(a.toString(), 'v1:CA');
    assert.equal(b, a);
    assert.equal((await cache.get('v1:CA', render('v1:CA'))).toString(), 'v1:CA');
    assert.equal((await cache.get('v1:ES', render('v1:ES'))).toString(), 'v1:ES');
    assert.deepEqual(renders, ['v1:CA', 'v1:ES']);
  });

  it('forgets a failed rendering, so the next request tries again', async () => {
    const cache = new RenderedPdfCache(10);
    await assert.rejects(cache.get('k', async () => { throw new Error('boom'); }), /boom/);
    assert.equal((await cache.get('k', async () => Buffer.from('ok'))).toString(), 'ok');
  });

  it('keeps at most its number of entries', async () => {
    const cache = new RenderedPdfCache(2);
    let renders = 0;
    const render = async () => { renders++; return Buffer.from('pdf'); };
    for (const key of ['a', 'b', 'c', 'a']) await cache.get(key, render);
    assert.equal(renders, 4, '"a" was evicted by "c"');
  });
});

describe('the PDF', () => {
  it('embeds a font that keeps Catalan text intact, and renders one version to the same bytes', async () => {
    const document = buildFitxaDocument(diba111219Snapshot, Locale.CA);
    const [first, second] = [await renderFitxaPdf(document), await renderFitxaPdf(document)];
    assert.equal(first.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(first.equals(second), 'deterministic output, so one ETag names one set of bytes on every instance');
    assert.match(first.toString('latin1'), /\/FontFile2/, 'the TrueType font is embedded');
    const text = oneLine(await pdfText(first));
    for (const phrase of ['Migració del servei de correu electrònic', 'sol·licitud', 'Concessió directa amb concurrència', 'ds.tsc@diba.cat', '934 723 510', 'Codi recurs', '111219']) {
      assert.ok(text.includes(phrase), phrase);
    }
  });
});
