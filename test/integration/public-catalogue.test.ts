import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateCpsvAp } from '../support/shacl';
import { startTestService, TestService } from '../support/test-service';

const FITXA_FIELDS = `
  id code locale availableLocales title summary description kind modality provisionType audience sdgs status version
  catalogue { id code name startDate endDate } area { id code name } programme { id code name }
  providerUnit { id code name acronym contactPoint { phone email contactFormUrl website } }
  channel { kind name url } grantProcedure resolutionTerm { amount unit note } silenceEffect maxApplicationsPerEntity
  applicationConditions executionConditions revocationConditions afterApplication
  requirements { id text verification documentCode }
  documents { id code kind title version sha256 url mediaType mustAccept mustAttach signedCopyOnAcceptance }
  serviceOptions { id code name recommended }
  applicationWindows { id label opensOn closesOn } applicationDeadline openForApplications
  qualityCommitments { id indicator text threshold thresholdUnit targetPercent hardLimit { amount unit } breachAction }
  legalReferences { id title url eli }
  procedureSteps { id position kind title }
  interlocutorRoles { id code name required }
  publishedAt firstPublishedAt downloadUrl
  provider { id slug name }
`;

describe('public catalogue', () => {
  let api: TestService;
  before(async () => {
    api = await startTestService();
  });
  after(async () => {
    await api?.close();
  });

  it('lists the four diputacions and finds one by slug', async () => {
    const { body } = await api.graphql('{ providers { slug name nif } provider(slug: "diba") { name provinceCode units { acronym } } }');
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data.providers.map((p: { slug: string }) => p.slug).sort(), ['ddgi', 'diba', 'dipta', 'diputacio-lleida']);
    assert.equal(body.data.provider.provinceCode, '08');
    assert.ok(body.data.provider.units.some((u: { acronym: string }) => u.acronym === 'DSTSC'));
  });

  it('serves every field of the Barcelona fitxa 111219', async () => {
    const { body } = await api.graphql(`{ resource(provider: "diba", code: "111219") { ${FITXA_FIELDS} } }`);
    assert.equal(body.errors, undefined);
    const fitxa = body.data.resource;
    assert.equal(fitxa.title, 'Migració del servei de correu electrònic');
    assert.equal(fitxa.locale, 'CA');
    assert.equal(fitxa.kind, 'MATERIAL');
    assert.equal(fitxa.status, 'PUBLISHED');
    assert.deepEqual([...fitxa.audience].sort(), ['AJUNTAMENT', 'CONSELL_COMARCAL', 'EMD', 'MANCOMUNITAT']);
    assert.equal(fitxa.requirements.length, 3);
    assert.ok(fitxa.requirements.some((r: { verification: string }) => r.verification === 'STAFF_RECORD'));
    assert.deepEqual(fitxa.resolutionTerm, { amount: 3, unit: 'MONTHS', note: "Tres mesos a partir de l'endemà de la data en què es presenti la sol·licitud." });
    assert.equal(fitxa.maxApplicationsPerEntity, 1);
    assert.equal(fitxa.providerUnit.acronym, 'DSTSC');
    assert.equal(fitxa.providerUnit.contactPoint.email, 'ds.tsc@diba.cat');
    assert.equal(fitxa.catalogue.name, 'Catàleg 2021-2023: Xarxa de Governs Locals 2023');
    assert.equal(fitxa.area.name, 'Àrea de Serveis Generals i Transició Digital');
    assert.equal(fitxa.programme.name, 'Governs digitals');
    assert.equal(fitxa.channel.kind, 'PROCESSING_PORTAL');
    assert.equal(fitxa.grantProcedure, 'DIRECT_WITH_CONCURRENCE');
    assert.deepEqual(fitxa.applicationWindows.map((w: { opensOn: string; closesOn: string }) => [w.opensOn, w.closesOn]), [['2022-12-28', '2023-12-31']]);
    assert.equal(fitxa.applicationDeadline, '2023-12-31');
    assert.equal(fitxa.openForApplications, false);
    assert.equal(fitxa.qualityCommitments.length, 4);
    const decision = fitxa.qualityCommitments.find((q: { indicator: string }) => q.indicator === 'DECISION_WITHIN_TERM');
    assert.deepEqual([decision.threshold, decision.thresholdUnit, decision.targetPercent, decision.hardLimit], [55, 'BUSINESS_DAYS', 50, { amount: 3, unit: 'MONTHS' }]);
    assert.ok(fitxa.legalReferences.length >= 4);
    const conditions = fitxa.documents.find((d: { code: string }) => d.code === 'conditions');
    assert.match(conditions.sha256, /^[0-9a-f]{64}$/);
    assert.equal(conditions.mustAccept, true);
    assert.ok(fitxa.documents.some((d: { kind: string; mustAttach: boolean }) => d.kind === 'FORM' && d.mustAttach));
    assert.ok(fitxa.interlocutorRoles.length >= 1);
    assert.match(fitxa.downloadUrl, /\/resources\/diba\/111219\.pdf\?locale=ca$/);
    assert.equal(fitxa.provider.slug, 'diba');
  });

  it('serves the Lleida encàrrec de gestió with its eight recommended services and two documents', async () => {
    const { body } = await api.graphql(`{ resources(filter: { provider: ["diputacio-lleida"], search: "encàrrec de gestió assistència tècnica informàtica" }) {
      nodes { code title grantProcedure serviceOptions { name recommended } documents { kind signedCopyOnAcceptance } procedureSteps { position kind } } } }`);
    assert.equal(body.errors, undefined);
    const fitxa = body.data.resources.nodes.find((r: { grantProcedure: string }) => r.grantProcedure === 'MANAGEMENT_ENTRUSTMENT');
    assert.ok(fitxa, 'the encàrrec de gestió is found by free text');
    assert.equal(fitxa.serviceOptions.length, 8);
    assert.ok(fitxa.serviceOptions.every((s: { recommended: boolean }) => s.recommended));
    assert.ok(fitxa.serviceOptions.some((s: { name: string }) => s.name === 'Padró municipal d\'habitants'));
    assert.deepEqual(fitxa.documents.map((d: { kind: string }) => d.kind).sort(), ['DATA_PROCESSING_CONTRACT', 'MANAGEMENT_AGREEMENT']);
    assert.ok(fitxa.documents.every((d: { signedCopyOnAcceptance: boolean }) => d.signedCopyOnAcceptance));
    assert.deepEqual(fitxa.procedureSteps.map((s: { kind: string }) => s.kind),
      ['IDENTIFY', 'SELECT_ENTITY', 'APPLICANT_DETAILS', 'SELECT_SERVICES', 'AGREEMENT_DATE', 'ACCEPT_CONDITIONS', 'SIGN']);
  });

  it('follows the locale argument, then Accept-Language, and falls back to Catalan', async () => {
    const spanish = await api.graphql('{ resource(provider: "diba", code: "111219", locale: ES) { locale title requirements { text } } }');
    assert.equal(spanish.body.data.resource.locale, 'ES');
    assert.match(spanish.body.data.resource.title, /correo electrónico/i);
    const header = await api.graphql('{ resource(provider: "diba", code: "111219") { locale title } }', {}, { 'accept-language': 'es-ES,es;q=0.9,ca;q=0.8' });
    assert.equal(header.body.data.resource.locale, 'ES');
    const argumentWins = await api.graphql('{ resource(provider: "diba", code: "111219", locale: CA) { locale } }', {}, { 'accept-language': 'es' });
    assert.equal(argumentWins.body.data.resource.locale, 'CA');
    const fallback = await api.graphql('{ resource(provider: "diba", code: "111219", locale: OC) { locale title } }');
    assert.equal(fallback.body.data.resource.locale, 'CA');
    assert.equal(fallback.body.data.resource.title, 'Migració del servei de correu electrònic');
  });

  it('searches free text without accents, ranked, in any translated language', async () => {
    for (const search of ['correu electronic migracio', 'migración correo']) {
      const { body } = await api.graphql('query($search: String) { resources(filter: { search: $search }) { totalCount nodes { code } } }', { search });
      assert.equal(body.errors, undefined);
      assert.equal(body.data.resources.nodes[0]?.code, '111219', `"${search}" ranks 111219 first`);
    }
    const none = await api.graphql('{ resources(filter: { search: "xyzzy inexistent" }) { totalCount } }');
    assert.equal(none.body.data.resources.totalCount, 0);
  });

  it('filters by provider, kind, audience, area, programme, catalogue, SDG and dates', async () => {
    const count = async (filter: string) => {
      const { body } = await api.graphql(`{ resources(filter: ${filter}) { totalCount nodes { code kind audience sdgs applicationWindows { opensOn closesOn } } } }`);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data.resources;
    };
    const all = await count('{}');
    assert.ok(all.totalCount >= 30, `at least 30 published fitxes, got ${all.totalCount}`);
    const diba = await count('{ provider: ["diba"] }');
    assert.ok(diba.totalCount > 0 && diba.totalCount < all.totalCount);
    const economic = await count('{ kind: [ECONOMIC] }');
    assert.ok(economic.totalCount > 0 && economic.nodes.every((r: { kind: string }) => r.kind === 'ECONOMIC'));
    const emd = await count('{ audience: [EMD] }');
    assert.ok(emd.nodes.every((r: { audience: string[] }) => r.audience.includes('EMD')));
    const digital = await count('{ provider: ["diba"], area: ["serveis-generals-transicio-digital"] }');
    const byCatalogue = await count('{ programme: ["governs-digitals"] }');
    assert.ok(byCatalogue.nodes.some((r: { code: string }) => r.code === '111219') || digital.nodes.some((r: { code: string }) => r.code === '111219'));
    const sdg9 = await count('{ sdg: [9] }');
    assert.ok(sdg9.totalCount > 0 && sdg9.nodes.every((r: { sdgs: number[] }) => r.sdgs.includes(9)));
    const open2023 = await count('{ openOn: "2023-06-01" }');
    assert.ok(open2023.nodes.some((r: { code: string }) => r.code === '111219'));
    const openToday = await count('{ openOn: "2026-11-23" }');
    assert.ok(openToday.totalCount > 0);
    assert.ok(!openToday.nodes.some((r: { code: string }) => r.code === '111219'));
    for (const r of openToday.nodes) {
      assert.ok(r.applicationWindows.some((w: { opensOn: string; closesOn: string }) => w.opensOn <= '2026-11-23' && '2026-11-23' <= w.closesOn));
    }
    const deadline2023 = await count('{ applicationDeadlineFrom: "2023-12-01", applicationDeadlineTo: "2023-12-31" }');
    assert.ok(deadline2023.nodes.some((r: { code: string }) => r.code === '111219'));
  });

  it('orders and pages forwards and backwards with cursors', async () => {
    const all = await api.graphql('{ resources(first: 100, orderBy: { field: CODE }) { totalCount nodes { id code } } }');
    const codes: string[] = all.body.data.resources.nodes.map((r: { code: string }) => r.code);
    const ids: string[] = all.body.data.resources.nodes.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'no fitxa appears twice');
    assert.equal(ids.length, all.body.data.resources.totalCount);
    const page1 = await api.graphql('{ resources(first: 5, orderBy: { field: CODE }) { edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }');
    const { edges, pageInfo } = page1.body.data.resources;
    assert.deepEqual(edges.map((e: { node: { code: string } }) => e.node.code), codes.slice(0, 5));
    assert.equal(pageInfo.hasNextPage, true);
    assert.equal(pageInfo.hasPreviousPage, false);
    const page2 = await api.graphql('query($after: String) { resources(first: 5, after: $after, orderBy: { field: CODE }) { nodes { code } pageInfo { hasPreviousPage startCursor } } }', { after: pageInfo.endCursor });
    assert.deepEqual(page2.body.data.resources.nodes.map((r: { code: string }) => r.code), codes.slice(5, 10));
    assert.equal(page2.body.data.resources.pageInfo.hasPreviousPage, true);
    const back = await api.graphql('query($before: String) { resources(last: 3, before: $before, orderBy: { field: CODE }) { nodes { code } } }', { before: page2.body.data.resources.pageInfo.startCursor });
    assert.deepEqual(back.body.data.resources.nodes.map((r: { code: string }) => r.code), codes.slice(2, 5));
    const desc = await api.graphql('{ resources(first: 3, orderBy: { field: TITLE, direction: DESC }) { nodes { title } } }');
    const titles = desc.body.data.resources.nodes.map((r: { title: string }) => r.title);
    assert.equal(titles.length, 3);
    const deadline = await api.graphql('{ resources(first: 100, orderBy: { field: APPLICATION_DEADLINE }) { nodes { applicationDeadline } } }');
    const days = deadline.body.data.resources.nodes.map((r: { applicationDeadline: string | null }) => r.applicationDeadline).filter(Boolean);
    assert.deepEqual(days, [...days].sort());
  });

  it('refuses pages over 100 and cursors it did not issue', async () => {
    const big = await api.graphql('{ resources(first: 101) { totalCount } }');
    assert.equal(big.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const zero = await api.graphql('{ localEntities(first: 0) { totalCount } }');
    assert.equal(zero.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const forged = await api.graphql('{ resources(after: "not-a-cursor") { totalCount } }');
    assert.equal(forged.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const relevance = await api.graphql('{ resources(orderBy: { field: RELEVANCE }) { totalCount } }');
    assert.equal(relevance.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  it('shows anonymous callers published fitxes only', async () => {
    const [draft] = await api.service.database.orm.em.getConnection().execute<{ id: string; code: string; slug: string }[]>(
      `select r.id, r.code, p.slug from resource r join provider p on p.id = r.provider_id where r.status = 'DRAFT' limit 1`);
    assert.ok(draft, 'the seeds include draft fitxes');
    const byCode = await api.graphql('query($p: String!, $c: String!) { resource(provider: $p, code: $c) { code } }', { p: draft.slug, c: draft.code });
    assert.equal(byCode.body.data.resource, null);
    const preview = await api.graphql('query($p: String!, $c: String!) { resource(provider: $p, code: $c, preview: true) { code } }', { p: draft.slug, c: draft.code });
    assert.equal(preview.body.data.resource, null);
    const id = Buffer.from(`Resource:${draft.id}`).toString('base64url');
    const byId = await api.graphql('query($id: ID!) { node(id: $id) { id } }', { id });
    assert.equal(byId.body.data.node, null);
    const listed = await api.graphql('{ resources(first: 100) { nodes { code provider { slug } } } }');
    assert.ok(!listed.body.data.resources.nodes.some((r: { code: string; provider: { slug: string } }) => r.code === draft.code && r.provider.slug === draft.slug));
  });

  it('fetches any public object by global ID with node and nodes', async () => {
    const { body } = await api.graphql(`{ resource(provider: "diba", code: "111219") { id catalogue { id } providerUnit { id } provider { id } }
      localEntities(filter: { ineCode: "25120" }) { nodes { id name } } }`);
    const resource = body.data.resource;
    const entity = body.data.localEntities.nodes[0];
    const ids = [resource.id, resource.provider.id, resource.catalogue.id, resource.providerUnit.id, entity.id, 'garbage', Buffer.from('Resource:00000000-0000-0000-0000-000000000000').toString('base64url')];
    const nodes = await api.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
      ... on Resource { code } ... on Provider { slug } ... on Catalogue { code } ... on ProviderUnit { acronym } ... on LocalEntity { name } } }`, { ids });
    assert.equal(nodes.body.errors, undefined);
    assert.deepEqual(nodes.body.data.nodes.map((n: { __typename: string } | null) => n?.__typename ?? null),
      ['Resource', 'Provider', 'Catalogue', 'ProviderUnit', 'LocalEntity', null, null]);
    assert.equal(nodes.body.data.nodes[0].code, '111219');
    assert.equal(nodes.body.data.nodes[4].name, entity.name);
  });

  it('lists local entities: 947 ajuntaments, each under the diputació of its province', async () => {
    const count = async (filter: string) => (await api.graphql(`{ localEntities(filter: ${filter}) { totalCount nodes { name type ineCode provider { slug } } } }`)).body.data.localEntities;
    assert.equal((await count('{ type: [AJUNTAMENT] }')).totalCount, 947);
    assert.equal((await count('{ type: [AJUNTAMENT], provider: ["diba"] }')).totalCount, 311);
    assert.equal((await count('{ type: [AJUNTAMENT], provider: ["ddgi"] }')).totalCount, 221);
    assert.equal((await count('{ type: [AJUNTAMENT], provider: ["diputacio-lleida"] }')).totalCount, 231);
    assert.equal((await count('{ type: [AJUNTAMENT], provider: ["dipta"] }')).totalCount, 184);
    assert.ok((await count('{ type: [CONSELL_COMARCAL] }')).totalCount >= 42);
    assert.ok((await count('{ type: [EMD] }')).totalCount >= 1);
    assert.ok((await count('{ type: [MANCOMUNITAT] }')).totalCount >= 1);
    const lleida = await count('{ ineCode: "25120" }');
    assert.equal(lleida.nodes[0].provider.slug, 'diputacio-lleida');
    const accentless = await count('{ search: "girones", type: [CONSELL_COMARCAL] }');
    assert.ok(accentless.nodes.some((e: { name: string }) => e.name.includes('Gironès')));
  });

  it('exports every published fitxa as CPSV-AP JSON-LD that conforms to the official SHACL shapes', async () => {
    const { body } = await api.graphql('{ resources(first: 100) { nodes { code jsonLd downloadUrl provider { slug } } } }');
    assert.equal(body.errors, undefined);
    for (const resource of body.data.resources.nodes) {
      const report = await validateCpsvAp(resource.jsonLd);
      assert.deepEqual(report.violations, [], `${resource.provider.slug}/${resource.code}`);
    }
  });

  it('serves the same JSON-LD at /resources/{provider}/{code}.jsonld', async () => {
    const { body } = await api.graphql('{ resource(provider: "diba", code: "111219") { jsonLd } }');
    const response = await fetch(`${api.url}/resources/diba/111219.jsonld`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/ld\+json/);
    assert.deepEqual(await response.json(), body.data.resource.jsonLd);
    const missing = await fetch(`${api.url}/resources/diba/nope.jsonld`);
    assert.equal(missing.status, 404);
  });
});
