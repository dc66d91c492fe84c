import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CPSV_AP_CONTEXT_URL, cpsvApDocumentLoader, cpsvApFile } from '../../src/exports/json-ld/cpsv-ap-context';
import { resolutionTermToDuration, resourceToJsonLd } from '../../src/exports/json-ld/resource-json-ld';
import { ResourceStatus, TermUnit } from '../../src/catalogue/resource-enums';
import { ResourceSnapshot } from '../../src/catalogue/resource-snapshot';
import { diba111219Snapshot } from '../fixtures/diba-111219-snapshot';
import { toNQuads, validateCpsvAp } from '../support/shacl';

const BASE_URL = 'https://cataleg.example.cat';
const SERVICE = `<${BASE_URL}/resources/diba/111219>`;
const SKOS_CONCEPT = 'http://www.w3.org/2004/02/skos/core#Concept';

type Graph = Record<string, unknown>[];
const exported = () => resourceToJsonLd(diba111219Snapshot, { baseUrl: BASE_URL }) as { '@context': unknown; '@graph': Graph };
const typesOf = (node: Record<string, unknown>) => [node['@type']].flat();

describe('CPSV-AP JSON-LD export of a fitxa', () => {
  it('conforms to the CPSV-AP 3.2.0 shapes', async () => {
    const { conforms, violations } = await validateCpsvAp(exported());
    assert.deepEqual(violations, []);
    assert.equal(conforms, true);
  });

  it('the validator fails the official example, which leaves its concepts untyped', async () => {
    const example = JSON.parse(readFileSync(cpsvApFile('example-rdf_public_service.jsonld'), 'utf8'));
    const { conforms, violations } = await validateCpsvAp(example);
    assert.equal(conforms, false);
    assert.equal(violations.length, 6, violations.join('\n'));
    assert.ok(violations.every((v) => v.includes('sh:class')), violations.join('\n'));
  });

  it('fails an export whose concepts are left out', async () => {
    const document = exported();
    document['@graph'] = document['@graph'].filter((n) => !typesOf(n).includes('Concept'));
    const { conforms, violations } = await validateCpsvAp(document);
    assert.equal(conforms, false);
    assert.ok(violations.some((v) => v.includes('/requirements/') && v.includes(`sh:class ${SKOS_CONCEPT}`)), violations.join('\n'));
    assert.ok(violations.some((v) => v.includes('/channel>') && v.includes(`sh:class ${SKOS_CONCEPT}`)), violations.join('\n'));
  });

  it('fails an export with a nameless requirement or no competent authority', async () => {
    const document = exported();
    const requirement = document['@graph'].find((n) => n['@type'] === 'Requirement')!;
    delete requirement['dct:title'];
    delete document['@graph'][0]['cv:hasCompetentAuthority'];
    const { conforms, violations } = await validateCpsvAp(document);
    assert.equal(conforms, false);
    assert.ok(violations.some((v) => v.startsWith(`<${requirement['@id']}> http://purl.org/dc/terms/title: expected sh:minCount 1`)),
      violations.join('\n'));
    assert.ok(violations.some((v) => v.startsWith(`${SERVICE} http://data.europa.eu/m8g/hasCompetentAuthority: expected sh:minCount 1`)),
      violations.join('\n'));
  });

  it('states the fitxa: identifier, names in each language, processing time, competent authority', async () => {
    const quads = (await toNQuads(exported())).split('\n');
    const has = (line: string) => assert.ok(quads.includes(`${line} .`), `missing: ${line}`);
    has(`${SERVICE} <http://purl.org/dc/terms/identifier> "111219"`);
    has(`${SERVICE} <http://purl.org/dc/terms/title> "Migració del servei de correu electrònic"@ca`);
    has(`${SERVICE} <http://purl.org/dc/terms/title> "Migración del servicio de correo electrónico"@es`);
    has(`${SERVICE} <http://data.europa.eu/m8g/processingTime> "P3M"^^<http://www.w3.org/2001/XMLSchema#duration>`);
    has(`${SERVICE} <http://data.europa.eu/m8g/hasCompetentAuthority> <${BASE_URL}/providers/diba>`);
    has(`<${BASE_URL}/providers/diba> <http://www.w3.org/2004/02/skos/core#prefLabel> "Diputació de Barcelona"@ca`);
    has(`<${BASE_URL}/providers/diba> <http://purl.org/dc/terms/spatial> <http://data.europa.eu/nuts/code/ES511>`);
    has(`${SERVICE} <http://data.europa.eu/m8g/isClassifiedBy> <http://metadata.un.org/sdg/9>`);
    has(`<http://metadata.un.org/sdg/9> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${SKOS_CONCEPT}>`);
    has(`${SERVICE} <http://data.europa.eu/m8g/hasLegalResource> <https://www.boe.es/eli/es/l/2015/10/01/39>`);
    has(`<${BASE_URL}/providers/diba/units/dstsc/contact-point> <http://data.europa.eu/m8g/email> "ds.tsc@diba.cat"`);

    const graph = exported()['@graph'];
    assert.equal(graph.filter((n) => n['@type'] === 'Requirement').length, 3);
    assert.deepEqual(graph.filter((n) => n['@type'] === 'Evidence').map((n) => n['dct:identifier']),
      ['condicions-acces-us', 'formulari-interlocutors']);
  });

  it('conforms for a draft with only its required fields', async () => {
    const draft: ResourceSnapshot = {
      ...diba111219Snapshot, status: ResourceStatus.DRAFT, modality: null, provisionType: null, audience: [], sdgs: [],
      catalogue: null, area: null, programme: null, providerUnit: null, channel: null, grantProcedure: null,
      resolutionTerm: null, silenceEffect: null, maxApplicationsPerEntity: null,
      translations: { CA: { ...diba111219Snapshot.translations.CA!, summary: null, description: null, applicationConditions: null } },
      requirements: [], documents: [], qualityCommitments: [], legalReferences: [], applicationWindows: [], firstPublishedAt: null,
      publishedAt: null,
    };
    const { violations } = await validateCpsvAp(resourceToJsonLd(draft, { baseUrl: BASE_URL }));
    assert.deepEqual(violations, []);
  });

  it('is pure: the same snapshot gives the same document, and the snapshot is left as it was', () => {
    const before = structuredClone(diba111219Snapshot);
    assert.deepEqual(exported(), resourceToJsonLd(diba111219Snapshot, { baseUrl: `${BASE_URL}/` }));
    assert.deepEqual(diba111219Snapshot, before);
  });

  it('maps resolution terms to xsd:duration, business days to whole weeks', () => {
    assert.equal(resolutionTermToDuration({ amount: 3, unit: TermUnit.MONTHS }), 'P3M');
    assert.equal(resolutionTermToDuration({ amount: 10, unit: TermUnit.CALENDAR_DAYS }), 'P10D');
    assert.equal(resolutionTermToDuration({ amount: 5, unit: TermUnit.BUSINESS_DAYS }), 'P7D');
    assert.equal(resolutionTermToDuration({ amount: 55, unit: TermUnit.BUSINESS_DAYS }), 'P77D');
    assert.equal(resolutionTermToDuration({ amount: 56, unit: TermUnit.BUSINESS_DAYS }), 'P84D');
  });

  it('loads only the bundled CPSV-AP context, offline', async () => {
    const { document } = await cpsvApDocumentLoader(CPSV_AP_CONTEXT_URL);
    assert.ok(typeof document === 'object' && document !== null && '@context' in document);
    await assert.rejects(cpsvApDocumentLoader('https://www.w3.org/ns/odrl.jsonld'), /Refusing to load/);
    // jsonld.js wraps the loader's refusal in its own error, keeping it as the cause.
    await assert.rejects(validateCpsvAp({ '@context': 'https://schema.org/', '@type': 'Thing' }),
      (error: { details?: { cause?: Error } }) => /Refusing to load https:\/\/schema.org\//.test(String(error.details?.cause?.message)));
  });
});
