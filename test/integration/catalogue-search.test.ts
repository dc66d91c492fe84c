import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const FACETS = 'facets { provider { value label count } kind { value label count } audience { value label count } area { value label count } programme { value label count } catalogue { value label count } sdg { value label count } }';

type Facet = { value: string; label: string; count: number };
const counts = (facet: Facet[]) => Object.fromEntries(facet.map((v) => [v.value, v.count]));

describe('catalogue search: facets, qualified codes, status, viewer state', () => {
  let api: TestService;
  const search = async (args: string, fields: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) => {
    const response = await api.graphql(`query($first: Int) { resources(first: $first, ${args}) { ${fields} } }`, { first: 100, ...variables }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.resources;
  };
  const total = async (filter: string, headers: Record<string, string> = {}) => (await search(`filter: ${filter}`, 'totalCount', headers)).totalCount as number;

  before(async () => {
    api = await startTestService({ env: { RESPONSE_CACHE: 'false', GRAPHQL_MAX_COST: '1000000' } });
  });
  after(async () => {
    await api?.close();
  });

  it('counts each dimension without its own selection: filtering TECHNICAL keeps the other kinds, the rest count within TECHNICAL', async () => {
    const all = await search('filter: {}', `totalCount ${FACETS}`);
    const technical = await search('filter: { kind: [TECHNICAL] }', `totalCount ${FACETS}`);
    // Hand-counted on the seeded catalogue: 32 published fitxes, 16 technical, 9 economic, 7 material.
    assert.equal(all.totalCount, 32);
    assert.equal(technical.totalCount, 16);
    assert.deepEqual(counts(technical.facets.kind), { TECHNICAL: 16, ECONOMIC: 9, MATERIAL: 7 });
    assert.deepEqual(technical.facets.kind, all.facets.kind);
    assert.deepEqual(counts(all.facets.provider), { diba: 10, 'diputacio-lleida': 8, ddgi: 7, dipta: 7 });
    assert.deepEqual(counts(technical.facets.provider), { diba: 4, 'diputacio-lleida': 4, ddgi: 4, dipta: 4 });
    assert.deepEqual(counts(technical.facets.audience), { AJUNTAMENT: 16, EMD: 10, CONSELL_COMARCAL: 7, MANCOMUNITAT: 5, CONSORCI: 3 });
    assert.deepEqual(counts(technical.facets.sdg), { 16: 7, 9: 7, 11: 5, 15: 4, 3: 4, 17: 3, 13: 2, 6: 1 });
    assert.equal(counts(technical.facets.area)['diba:serveis-generals-transicio-digital'], 2);
    assert.equal(counts(all.facets.area)['diba:serveis-generals-transicio-digital'], 3);

    // Every value is what the filter would give when fed back, within the other selections.
    for (const { value, count } of technical.facets.provider) assert.equal(await total(`{ kind: [TECHNICAL], provider: ["${value}"] }`), count, value);
    for (const { value, count } of technical.facets.area) assert.equal(await total(`{ kind: [TECHNICAL], area: ["${value}"] }`), count, value);
    for (const { value, count } of technical.facets.catalogue.slice(0, 4)) assert.equal(await total(`{ kind: [TECHNICAL], catalogue: ["${value}"] }`), count, value);
    for (const { value, count } of technical.facets.sdg.slice(0, 4)) assert.equal(await total(`{ kind: [TECHNICAL], sdg: [${value}] }`), count, value);
    const sum = (facet: Facet[]) => facet.reduce((n, v) => n + v.count, 0);
    assert.equal(sum(technical.facets.provider), 16, 'every fitxa has one provider');
    assert.ok(technical.facets.kind.every((v: Facet, i: number, list: Facet[]) => i === 0 || list[i - 1].count >= v.count), 'ordered by count');
  });

  it('keeps a selected value no fitxa has, with count 0', async () => {
    const none = await search('filter: { sdg: [14], kind: [TECHNICAL] }', `totalCount ${FACETS}`);
    const technical = await search('filter: { kind: [TECHNICAL] }', FACETS);
    assert.equal(none.totalCount, 0);
    assert.deepEqual(none.facets.sdg, [...technical.facets.sdg, { value: '14', label: '14. Vida submarina', count: 0 }], 'the SDG facet ignores the SDG filter');
    assert.deepEqual(none.facets.kind, [{ value: 'TECHNICAL', label: 'Recurs tècnic', count: 0 }], 'nothing has SDG 14, whatever the kind');
    assert.deepEqual(none.facets.provider, []);
  });

  it('labels facets in the served locale', async () => {
    const es = await search('filter: { provider: ["diba"] }, locale: ES', `nodes { area { code name } } ${FACETS}`);
    const label = (facet: Facet[], value: string) => facet.find((v) => v.value === value)?.label;
    assert.equal(label(es.facets.kind, 'TECHNICAL'), 'Recurso técnico');
    assert.equal(label(es.facets.audience, 'AJUNTAMENT'), 'Ayuntamientos');
    assert.equal(label(es.facets.sdg, '16'), '16. Paz, justicia e instituciones sólidas');
    assert.equal(label(es.facets.provider, 'diba'), 'Diputació de Barcelona');
    // Taxonomy names come from taxonomyLabel, the same as the fitxa's own area in that locale.
    const area = es.nodes.find((n: any) => n.area?.code === 'cultura').area;
    assert.equal(label(es.facets.area, 'diba:cultura'), area.name);
    const ca = await search('filter: { provider: ["diba"] }, locale: CA', FACETS);
    assert.equal(label(ca.facets.kind, 'TECHNICAL'), 'Recurs tècnic');
    const accepted = await api.graphql('{ resources(first: 1) { facets { kind { label } } } }', {}, { 'accept-language': 'es-ES,es;q=0.9' });
    assert.ok(accepted.body.data.resources.facets.kind.some((v: Facet) => v.label === 'Recurso técnico'), 'Accept-Language serves facets too');
  });

  it('tells apart the same taxonomy code of two providers', async () => {
    const codes = async (filter: string) => (await search(`filter: ${filter}`, 'nodes { code provider { slug } }')).nodes
      .map((n: any) => `${n.provider.slug}/${n.code}`).sort();
    assert.deepEqual(await codes('{ area: ["cultura"] }'), [
      'ddgi/CULT-EXPO', 'ddgi/PAT-INV', 'diba/120611', 'diba/120702', 'dipta/CULT-EXPO', 'diputacio-lleida/CULT-ESC', 'diputacio-lleida/CULT-MAT',
    ]);
    assert.deepEqual(await codes('{ area: ["diba:cultura"] }'), ['diba/120611', 'diba/120702']);
    assert.deepEqual(await codes('{ area: ["diba:cultura", "ddgi:cultura"] }'), ['ddgi/CULT-EXPO', 'ddgi/PAT-INV', 'diba/120611', 'diba/120702']);
    assert.deepEqual(await codes('{ programme: ["dipta:urbanisme"] }'), ['dipta/SAM-URB']);
    assert.deepEqual(await codes('{ catalogue: ["ddgi:cataleg-2025"] }'), ['ddgi/PAT-INV']);
    const facets = await search('filter: { area: ["cultura"] }', FACETS);
    assert.deepEqual(facets.facets.area.filter((v: Facet) => v.value.endsWith(':cultura')).map((v: Facet) => [v.value, v.count]).sort(),
      [['ddgi:cultura', 2], ['diba:cultura', 2], ['dipta:cultura', 1], ['diputacio-lleida:cultura', 2]]);
    // A provider with no such code, or no such provider, matches nothing (like any unknown code).
    assert.equal(await total('{ area: ["nobody:cultura"] }'), 0);
    assert.equal(await total('{ area: ["diba:no-such-area"] }'), 0);
  });

  it('refuses malformed and over-long codes with BAD_USER_INPUT, never a 500', async () => {
    const faults: [string, string][] = [['diba:', 'INVALID_FORMAT'], [':cultura', 'INVALID_FORMAT'], ['a:b:c', 'INVALID_FORMAT'],
      ['cul tura', 'INVALID_FORMAT'], ['', 'INVALID_FORMAT'], ['x'.repeat(65), 'TOO_LONG'], [`diba:${'x'.repeat(65)}`, 'TOO_LONG']];
    for (const [value, reason] of faults) {
      for (const dimension of ['area', 'programme', 'catalogue']) {
        const response = await api.graphql(`query($v: [String!]) { resources(filter: { ${dimension}: $v }) { totalCount } }`, { v: ['cultura', value] });
        assert.equal(response.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${dimension} ${value}`);
        assert.equal(response.body.errors?.[0]?.extensions?.reason, reason, `${dimension} ${value}`);
        assert.deepEqual(response.body.errors?.[0]?.extensions?.field, ['filter', dimension, '1']);
        assert.notEqual(response.status, 500);
        assert.doesNotMatch(JSON.stringify(response.body.errors), /select|published_resource/i);
      }
    }
    const status = await api.graphql('{ resources(filter: { status: [BOGUS] }) { totalCount } }');
    assert.ok(status.body.errors?.length);
    assert.notEqual(status.status, 500);
  });

  it('exposes the area of a programme', async () => {
    const { body } = await api.graphql('{ resource(provider: "diba", code: "111219") { programme { code area { code name } } } provider(slug: "dipta") { programmes { code area { code } } } }');
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data.resource.programme.area, { code: 'serveis-generals-transicio-digital', name: 'Àrea de Serveis Generals i Transició Digital' });
    const urbanisme = body.data.provider.programmes.find((p: any) => p.code === 'urbanisme');
    assert.equal(urbanisme.area.code, 'assistencia-municipal');
  });

  it("lists the provider's drafts and unpublished fitxes for its staff only, with consistent facets", async () => {
    const editor = await api.as({ nif: '11111111H', name: 'Editora Diba', roles: ['editor:diba'] });
    const reviewer = await api.as({ nif: '22222222J', name: 'Revisora Diba', roles: ['reviewer:diba'] });
    const lleidaEditor = await api.as({ nif: '33333333P', name: 'Editor Lleida', roles: ['editor:diputacio-lleida'] });
    const list = async (filter: string, headers: Record<string, string>) => search(`filter: ${filter}, orderBy: { field: CODE, direction: ASC }`, `totalCount nodes { code status title } ${FACETS}`, headers);
    const seeded = await list('{ status: [DRAFT, UNPUBLISHED] }', editor);
    assert.ok(seeded.nodes.every((n: any) => ['DRAFT', 'UNPUBLISHED'].includes(n.status)));
    const created = await api.graphql(`mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code message } } }`, {
      input: { provider: 'diba', code: 'ESBORRANY-1', content: {
        kind: 'TECHNICAL', audience: ['AJUNTAMENT'], sdgs: [14], areaCode: 'cultura',
        translations: [{ locale: 'CA', title: 'Esborrany de prova', summary: 'Mapes de posidònia' }],
      } },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const published = await search('filter: { provider: ["diba"] }', 'nodes { id code }');
    const withdrawn = published.nodes.find((n: any) => n.code === '120702');
    const unpublished = await api.graphql('mutation($id: ID!) { unpublishResource(input: { resourceId: $id }) { userErrors { code } } }', { id: withdrawn.id }, editor);
    assert.deepEqual(unpublished.body.data.unpublishResource.userErrors, []);

    for (const staff of [editor, reviewer]) {
      const drafts = await list('{ status: [DRAFT, UNPUBLISHED] }', staff);
      assert.deepEqual(drafts.nodes.map((n: any) => [n.code, n.status]),
        [...seeded.nodes.map((n: any) => [n.code, n.status]), ['120702', 'UNPUBLISHED'], ['ESBORRANY-1', 'DRAFT']].sort((a, b) => a[0].localeCompare(b[0])));
      assert.equal(drafts.totalCount, seeded.totalCount + 2);
      assert.equal(drafts.nodes.find((n: any) => n.code === 'ESBORRANY-1').title, 'Esborrany de prova');
      assert.deepEqual(counts(drafts.facets.provider), { diba: seeded.totalCount + 2 });
      assert.equal(counts(drafts.facets.sdg)[14], 1);
      assert.equal(counts(drafts.facets.area)['diba:cultura'], (counts(seeded.facets.area)['diba:cultura'] ?? 0) + 2);
      assert.equal((await list('{ status: [DRAFT], search: "posidònia" }', staff)).totalCount, 1, 'drafts are searchable');
      assert.equal((await list('{ status: [DRAFT], kind: [MATERIAL] }', staff)).totalCount, 0);
      const onlyDrafts = await list('{ status: [DRAFT], provider: ["diba"] }', staff);
      const both = await list('{ status: [PUBLISHED, DRAFT], provider: ["diba"] }', staff);
      assert.equal(both.totalCount, 9 + onlyDrafts.totalCount, '9 published and the drafts');
      assert.equal(counts(both.facets.kind).TECHNICAL, 4 + (counts(onlyDrafts.facets.kind).TECHNICAL ?? 0));
      assert.equal((await list('{ provider: ["diba"] }', staff)).totalCount, 9, 'without status: published only, as for the public');
    }
    for (const outsider of [{}, lleidaEditor, await api.as(MARIA)]) {
      const drafts = await list('{ status: [DRAFT, UNPUBLISHED, ARCHIVED] }', outsider);
      assert.ok(!drafts.nodes.some((n: any) => n.code === 'ESBORRANY-1' || n.code === '120702'), 'nobody else sees them');
      assert.ok(drafts.nodes.every((n: any) => n.status !== 'PUBLISHED'));
      assert.ok(!drafts.facets.provider.some((v: Facet) => v.value === 'diba'));
      assert.equal((await list('{ status: [PUBLISHED], provider: ["diba"] }', outsider)).totalCount, 9);
    }
    assert.equal((await list('{ status: [DRAFT] }', {})).totalCount, 0, 'anonymous: published only, so no drafts and no error');
  });

  it('says which fitxes are in the viewer\'s folder, false for anonymous callers', async () => {
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    const target = (await search('filter: { provider: ["diba"] }', 'nodes { id code }')).nodes.find((n: any) => n.code === '111219');
    const before = await search('filter: {}', 'nodes { code viewerHasInFolder }', maria);
    assert.ok(before.nodes.every((n: any) => n.viewerHasInFolder === false));
    const added = await api.graphql('mutation($id: ID!) { addToFolder(input: { resourceId: $id }) { userErrors { code } } }', { id: target.id }, maria);
    assert.deepEqual(added.body.data.addToFolder.userErrors, []);
    const afterwards = await search('filter: {}', 'nodes { code viewerHasInFolder }', maria);
    assert.deepEqual(afterwards.nodes.filter((n: any) => n.viewerHasInFolder).map((n: any) => n.code), ['111219']);
    const someoneElse = await search('filter: {}', 'nodes { code viewerHasInFolder }', await api.as({ nif: '87654321X' }));
    assert.ok(someoneElse.nodes.every((n: any) => n.viewerHasInFolder === false));
    const anonymous = await search('filter: {}', 'nodes { viewerHasInFolder }');
    assert.ok(anonymous.nodes.every((n: any) => n.viewerHasInFolder === false));
    const folder = await api.graphql(`{ viewer { folder { totalCount ${FACETS} } } }`, {}, maria);
    assert.deepEqual(counts(folder.body.data.viewer.folder.facets.provider), { diba: 1 }, "the folder's facets count the folder");
  });

  it('tells an ajuntament representative, before any draft, for which fitxes it may apply and why not, as startApplication would', async () => {
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    const fields = 'nodes { id code provider { slug } viewerEligibility { localEntity { id nif name } mayApply reasons { code message } } }';
    const page = await search('filter: { provider: ["diputacio-lleida", "diba"] }', fields, maria);
    const of = (slug: string, code: string) => page.nodes.find((n: any) => n.provider.slug === slug && n.code === code);
    const encarrec = of('diputacio-lleida', 'NNTT-EG');
    assert.equal(encarrec.viewerEligibility.length, 1);
    assert.deepEqual([encarrec.viewerEligibility[0].localEntity.nif, encarrec.viewerEligibility[0].mayApply, encarrec.viewerEligibility[0].reasons],
      [LLEIDA.nif, true, []]);

    const count = async () => (await api.service.database.orm.em.fork().getConnection().execute('select count(*)::int as n from application'))[0].n;
    const applications = await count();
    for (const [slug, code] of [['diba', '111219'], ['diputacio-lleida', 'COOP-EMD']]) {
      const fitxa = of(slug, code);
      const [state] = fitxa.viewerEligibility;
      assert.equal(state.mayApply, false, code);
      const started = await api.graphql('mutation($input: StartApplicationInput!) { startApplication(input: $input) { userErrors { code message } } }',
        { input: { resourceId: fitxa.id, localEntityId: state.localEntity.id } }, maria);
      assert.deepEqual(state.reasons, started.body.data.startApplication.userErrors, `${code}: the same reasons as startApplication`);
    }
    assert.deepEqual(of('diba', '111219').viewerEligibility[0].reasons.map((r: any) => r.code).sort().slice(0, 2), ['APPLICATION_WINDOW_CLOSED', 'OUTSIDE_TERRITORY']);
    assert.ok(of('diputacio-lleida', 'COOP-EMD').viewerEligibility[0].reasons.some((r: any) => r.code === 'ENTITY_NOT_IN_AUDIENCE'));
    assert.equal(await count(), applications, 'refused starts write nothing');

    const nobody = await search('filter: { provider: ["diba"] }', 'nodes { viewerEligibility { mayApply } }', await api.as({ nif: '87654321X' }));
    assert.ok(nobody.nodes.every((n: any) => n.viewerEligibility.length === 0), 'no entity, no states');
    const anonymous = await search('filter: { provider: ["diba"] }', 'nodes { viewerEligibility { mayApply } }');
    assert.ok(anonymous.nodes.every((n: any) => n.viewerEligibility.length === 0));
  });

  // A page with drafts compiles them from their rows: one statement per relation the drafts have,
  // more than a page of published fitxes, so the staff case compares two pages of drafts that
  // start with the same fully-filled fitxa (120702, first by code).
  it('runs as many SQL statements for a page of 1 as for 100, with facets and viewer state', async () => {
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    const editor = await api.as({ nif: '11111111H', roles: ['editor:diba'] });
    const query = `query($first: Int, $status: [ResourceStatus!]) { resources(first: $first, filter: { status: $status }, orderBy: { field: CODE, direction: ASC }) {
      totalCount nodes { code viewerHasInFolder viewerEligibility { mayApply reasons { code } localEntity { name } } programme { area { code } } }
      ${FACETS} } }`;
    for (const [headers, status] of [[maria, null], [editor, ['DRAFT', 'UNPUBLISHED']]] as const) {
      const statements: number[] = [];
      for (const first of [1, 100]) {
        const response = await api.graphql(query, { first, status }, headers);
        assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
        assert.equal(response.body.data.resources.nodes.length, Math.min(first, response.body.data.resources.totalCount));
        statements.push(Number(response.headers.get('x-sql-statements')));
      }
      assert.ok(statements[0] > 0);
      assert.equal(statements[1], statements[0], `statements for 1 and 100: ${statements}`);
    }
  });
});
