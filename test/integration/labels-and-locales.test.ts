import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applicationClient } from '../support/application-client';
import { startTestService, TestService } from '../support/test-service';

const AREA = 'serveis-generals-transicio-digital';
const AREA_CA = 'Àrea de Serveis Generals i Transició Digital';
const AREA_ES = 'Área de Servicios Generales y Transición Digital';

const LABELLED_FITXA = `locale kind kindLabel audience audienceLabels grantProcedureLabel silenceEffectLabel provisionTypeLabel statusLabel
  sdgs sdgGoals { number name } resolutionTerm { unit unitLabel } requirements { verification verificationLabel }
  documents { kind kindLabel } procedureSteps { kind kindLabel } channel { kindLabel }
  qualityCommitments { indicator indicatorLabel thresholdUnitLabel hardLimit { unitLabel } }
  area { name } catalogue { name } programme { name } providerUnit { name }`;

describe('labels and locales', () => {
  let api: TestService;
  const sql = <T = any>(query: string, params: unknown[] = []) => api.service.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const saveArea = (headers: Record<string, string>, input: Record<string, unknown>) => api.graphql(
    `mutation($input: SaveAreaInput!) { saveArea(input: $input) { item { code name translations { locale name } } created userErrors { code field } } }`,
    { input }, headers);
  const areaRow = async () => (await sql(`select a.name, a.name_translations from area a join provider p on p.id = a.provider_id where p.slug = 'diba' and a.code = ?`, [AREA]))[0];
  const admin = () => api.as({ nif: '12345678Z', name: 'Admin Diba', roles: ['admin:diba'] });

  before(async () => {
    // Reads right after writes: without the response cache, whose invalidation arrives by NOTIFY.
    api = await startTestService({ env: { RESPONSE_CACHE: 'false' } });
  });
  after(async () => {
    await api?.close();
  });

  it('labels every enum value of fitxa 111219 in Catalan, Spanish and English, and names its SDGs', async () => {
    // Without an English translation the fitxa is served in Catalan, labels included: one object, one language.
    const untranslated = await api.graphql('{ resource(provider: "diba", code: "111219", locale: EN) { locale kindLabel sdgGoals { name } area { name } } }');
    assert.deepEqual(untranslated.body.data.resource, {
      locale: 'CA', kindLabel: 'Recurs material', area: { name: AREA_CA },
      sdgGoals: [{ name: 'Indústria, innovació i infraestructura' }, { name: 'Pau, justícia i institucions sòlides' }, { name: 'Aliança pels objectius' }],
    });
    // As if an editor had translated it into English and published it.
    await sql(`update published_resource set snapshot = jsonb_set(snapshot, '{translations,EN}',
      jsonb_set(snapshot->'translations'->'CA', '{title}', '"E-mail service migration"')) where code = '111219'`);

    const { body } = await api.graphql(`{
      ca: resource(provider: "diba", code: "111219", locale: CA) { ${LABELLED_FITXA} }
      es: resource(provider: "diba", code: "111219", locale: ES) { ${LABELLED_FITXA} }
      en: resource(provider: "diba", code: "111219", locale: EN) { ${LABELLED_FITXA} }
      oc: resource(provider: "diba", code: "111219", locale: OC) { ${LABELLED_FITXA} } }`);
    assert.equal(body.errors, undefined);
    const { ca, es, en, oc } = body.data;
    assert.deepEqual([ca.locale, es.locale, en.locale, oc.locale], ['CA', 'ES', 'EN', 'CA']);

    assert.equal(ca.kindLabel, 'Recurs material');
    assert.equal(es.kindLabel, 'Recurso material');
    assert.equal(en.kindLabel, 'Material support');
    assert.deepEqual(ca.audience, ['AJUNTAMENT', 'CONSELL_COMARCAL', 'MANCOMUNITAT', 'EMD']);
    assert.deepEqual(ca.audienceLabels, ['Ajuntaments', 'Consells comarcals', 'Mancomunitats', 'Entitats municipals descentralitzades']);
    assert.deepEqual(es.audienceLabels, ['Ayuntamientos', 'Consejos comarcales', 'Mancomunidades', 'Entidades municipales descentralizadas']);
    assert.deepEqual(en.audienceLabels, ['Town councils', 'County councils', 'Associations of municipalities', 'Decentralised municipal entities']);
    assert.deepEqual([ca.grantProcedureLabel, es.grantProcedureLabel, en.grantProcedureLabel],
      ['Concessió directa amb concurrència', 'Concesión directa con concurrencia', 'Direct award with concurrence']);
    assert.deepEqual([ca.silenceEffectLabel, es.silenceEffectLabel, en.silenceEffectLabel], ['Silenci desestimatori', 'Silencio desestimatorio', 'Deemed refused']);
    assert.deepEqual([ca.provisionTypeLabel, es.provisionTypeLabel], ['Recurs de prestació continuada', 'Recurso de prestación continuada']);
    assert.deepEqual([ca.statusLabel, es.statusLabel, en.statusLabel], ['Publicat', 'Publicado', 'Published']);
    assert.deepEqual([ca.resolutionTerm.unitLabel, es.resolutionTerm.unitLabel, en.resolutionTerm.unitLabel], ['mesos', 'meses', 'months']);
    assert.equal(ca.channel.kindLabel, 'Portal de tramitació');
    assert.equal(es.channel.kindLabel, 'Portal de tramitación');

    // SDGs 9, 16 and 17, in order, with the official names.
    assert.deepEqual(ca.sdgGoals, [
      { number: 9, name: 'Indústria, innovació i infraestructura' },
      { number: 16, name: 'Pau, justícia i institucions sòlides' },
      { number: 17, name: 'Aliança pels objectius' },
    ]);
    assert.deepEqual(es.sdgGoals.map((g: { name: string }) => g.name), ['Industria, innovación e infraestructura', 'Paz, justicia e instituciones sólidas', 'Alianzas para lograr los objetivos']);
    assert.deepEqual(en.sdgGoals.map((g: { name: string }) => g.name), ['Industry, innovation and infrastructure', 'Peace, justice and strong institutions', 'Partnerships for the goals']);
    assert.deepEqual(ca.sdgGoals.map((g: { number: number }) => g.number), ca.sdgs);

    // Nested objects follow the root field's locale.
    const staffRecord = (fitxa: any) => fitxa.requirements.find((r: { verification: string }) => r.verification === 'STAFF_RECORD').verificationLabel;
    assert.deepEqual([staffRecord(ca), staffRecord(es), staffRecord(en)], ['Comprovació de la unitat prestadora', 'Comprobación de la unidad prestadora', 'Checked by the provider unit']);
    const conditions = (fitxa: any) => fitxa.documents.find((d: { kind: string }) => d.kind === 'CONDITIONS_OF_ACCESS').kindLabel;
    assert.deepEqual([conditions(ca), conditions(es), conditions(en)], ["Condicions d'accés i ús", 'Condiciones de acceso y uso', 'Conditions of access and use']);
    const accept = (fitxa: any) => fitxa.procedureSteps.find((s: { kind: string }) => s.kind === 'ACCEPT_CONDITIONS').kindLabel;
    assert.deepEqual([accept(ca), accept(es)], ['Acceptació de les condicions', 'Aceptación de las condiciones']);
    const decision = (fitxa: any) => fitxa.qualityCommitments.find((q: { indicator: string }) => q.indicator === 'DECISION_WITHIN_TERM');
    assert.deepEqual([decision(ca).indicatorLabel, decision(ca).thresholdUnitLabel, decision(ca).hardLimit.unitLabel],
      ['Comunicació de la resolució en termini', 'dies hàbils', 'mesos']);
    assert.equal(decision(en).thresholdUnitLabel, 'business days');

    // Occitan has no labels of its own: Catalan, like every other missing translation.
    assert.equal(oc.kindLabel, ca.kindLabel);
    assert.deepEqual(oc.audienceLabels, ca.audienceLabels);
    assert.deepEqual(oc.sdgGoals, ca.sdgGoals);
  });

  it('takes the locale from Accept-Language on every root field, falls back to Catalan, and lets the locale argument override it', async () => {
    const spanish = { 'accept-language': 'es-ES,es;q=0.9' };
    const entities = await api.graphql(`{ localEntities(filter: { ineCode: "08019", type: [AJUNTAMENT] }) { nodes { type typeLabel } } }`, {}, spanish);
    assert.equal(entities.body.errors, undefined);
    assert.deepEqual(entities.body.data.localEntities.nodes, [{ type: 'AJUNTAMENT', typeLabel: 'Ayuntamiento' }]);

    const fitxa = await api.graphql('{ resources(filter: { search: "111219" }) { nodes { code kindLabel grantProcedureLabel } } }', {}, spanish);
    assert.deepEqual(fitxa.body.data.resources.nodes[0], { code: '111219', kindLabel: 'Recurso material', grantProcedureLabel: 'Concesión directa con concurrencia' });

    const unknownLanguage = await api.graphql('{ localEntities(filter: { ineCode: "08019", type: [AJUNTAMENT] }) { nodes { typeLabel } } }', {}, { 'accept-language': 'de-DE, fr;q=0.8' });
    assert.equal(unknownLanguage.body.data.localEntities.nodes[0].typeLabel, 'Ajuntament');

    // The argument wins for its field and everything below it; a sibling root field keeps the header's.
    const overridden = await api.graphql(`{
      english: localEntities(filter: { ineCode: "08019", type: [AJUNTAMENT] }, locale: EN) { nodes { typeLabel provider { slug } } }
      header: localEntities(filter: { ineCode: "08019", type: [AJUNTAMENT] }) { nodes { typeLabel } }
      fitxes: resources(filter: { search: "111219" }, locale: EN) { nodes { kindLabel sdgGoals { name } requirements { verificationLabel } } }
    }`, {}, spanish);
    assert.equal(overridden.body.errors, undefined);
    assert.equal(overridden.body.data.english.nodes[0].typeLabel, 'Town council');
    assert.equal(overridden.body.data.header.nodes[0].typeLabel, 'Ayuntamiento');
    assert.equal(overridden.body.data.fitxes.nodes[0].kindLabel, 'Material support');
    assert.equal(overridden.body.data.fitxes.nodes[0].sdgGoals[0].name, 'Industry, innovation and infrastructure');

    // node/nodes and provider(s) take it too.
    const { body: ids } = await api.graphql('{ resource(provider: "diba", code: "111219") { id } localEntities(filter: { ineCode: "08019", type: [AJUNTAMENT] }) { nodes { id } } }');
    const nodes = await api.graphql(`query($ids: [ID!]!) {
      nodes(ids: $ids, locale: EN) { ... on Resource { kindLabel } ... on LocalEntity { typeLabel } }
      node(id: "${ids.data.localEntities.nodes[0].id}") { ... on LocalEntity { typeLabel } } }`,
    { ids: [ids.data.resource.id, ids.data.localEntities.nodes[0].id] }, spanish);
    assert.equal(nodes.body.errors, undefined);
    assert.deepEqual(nodes.body.data.nodes, [{ kindLabel: 'Material support' }, { typeLabel: 'Town council' }]);
    assert.deepEqual(nodes.body.data.node, { typeLabel: 'Ayuntamiento' });
  });

  it('labels holidays and terms of the deadline computation', async () => {
    const { body } = await api.graphql(`{
      holidays(provider: "diba", year: 2026, locale: ES) { date scope scopeLabel }
      computeDeadline(input: { provider: "diba", start: "2026-03-02T10:00:00+01:00", term: { amount: 10, unit: BUSINESS_DAYS } }, locale: EN) {
        term { unit unitLabel } skippedHolidays { scopeLabel } } }`);
    assert.equal(body.errors, undefined);
    const easterMonday = body.data.holidays.find((h: { date: string }) => h.date === '2026-04-06');
    assert.deepEqual(easterMonday, { date: '2026-04-06', scope: 'CATALONIA', scopeLabel: 'Fiesta de Cataluña' });
    assert.deepEqual(body.data.computeDeadline.term, { unit: 'BUSINESS_DAYS', unitLabel: 'business days' });
  });

  it("labels an application's status, missing steps and entity, in the locale of its root field", async () => {
    const client = applicationClient(api);
    const maria = await api.as({ nif: '12345678Z', name: 'Maria Puig Soler', represents: { nif: 'P2515100B', name: 'Ajuntament de Lleida' } });
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId('P2515100B') }, maria);
    assert.deepEqual(started.userErrors, []);
    const query = `query($id: ID!, $locale: Locale) { application(id: $id, locale: $locale) {
      status statusLabel missingSteps { step stepLabel } localEntity { typeLabel } resource { kindLabel grantProcedureLabel } } }`;
    const spanish = await api.graphql(query, { id: started.application.id, locale: 'ES' }, { ...maria, 'accept-language': 'en' });
    assert.equal(spanish.body.errors, undefined);
    const application = spanish.body.data.application;
    assert.equal(application.statusLabel, 'Borrador');
    assert.deepEqual(application.missingSteps.find((s: { step: string }) => s.step === 'APPLICANT_DETAILS'), { step: 'APPLICANT_DETAILS', stepLabel: 'Datos de la persona solicitante' });
    assert.deepEqual(application.localEntity, { typeLabel: 'Ayuntamiento' });
    assert.deepEqual(application.resource, { kindLabel: 'Recurso técnico', grantProcedureLabel: 'Encargo de gestión' });
    const english = await api.graphql(query, { id: started.application.id }, { ...maria, 'accept-language': 'en' });
    assert.equal(english.body.data.application.statusLabel, 'Draft');
    assert.equal(english.body.data.application.localEntity.typeLabel, 'Town council');
    const listed = await api.graphql('{ applications(locale: ES) { nodes { statusLabel localEntity { typeLabel } } } }', {}, { ...maria, 'accept-language': 'en' });
    assert.equal(listed.body.errors, undefined);
    assert.deepEqual(listed.body.data.applications.nodes, [{ statusLabel: 'Borrador', localEntity: { typeLabel: 'Ayuntamiento' } }]);
  });

  it('rejects an unknown locale as a GraphQL validation error, never a 500', async () => {
    const literal = await api.graphql('{ providers(locale: FR) { slug } }');
    assert.equal(literal.status, 400);
    assert.ok(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST'].includes(literal.body.errors?.[0].extensions?.code), literal.body.errors?.[0].extensions?.code);
    assert.match(literal.body.errors?.[0].message ?? '', /Locale/);
    const variable = await api.graphql('query($locale: Locale) { localEntities(locale: $locale) { totalCount } }', { locale: 'fr' });
    assert.ok(variable.status >= 400 && variable.status < 500, `status ${variable.status}`);
    assert.ok(['BAD_USER_INPUT', 'BAD_REQUEST'].includes(variable.body.errors?.[0].extensions?.code), variable.body.errors?.[0].extensions?.code);
    const tooLong = await api.graphql('query($locale: Locale) { resource(provider: "diba", code: "111219", locale: $locale) { code } }', { locale: 'ES'.repeat(5000) });
    assert.ok(tooLong.status >= 400 && tooLong.status < 500, `status ${tooLong.status}`);
  });

  it("lets the provider's admins translate an area's name, served under ES wherever the area appears and in Catalan under OC", async () => {
    const headers = await admin();
    const saved = await saveArea(headers, { provider: 'diba', code: AREA, name: AREA_CA, translations: [{ locale: 'ES', name: ` ${AREA_ES} ` }, { locale: 'EN', name: 'Area of General Services and Digital Transition' }] });
    assert.deepEqual(saved.body.data.saveArea.userErrors, []);
    assert.equal(saved.body.data.saveArea.created, false);
    assert.deepEqual(saved.body.data.saveArea.item.translations, [{ locale: 'ES', name: AREA_ES }, { locale: 'EN', name: 'Area of General Services and Digital Transition' }]);
    assert.deepEqual(await areaRow(), { name: AREA_CA, name_translations: { ES: AREA_ES, EN: 'Area of General Services and Digital Transition' } });

    // The provider's taxonomy, by header and by argument.
    const areaName = (provider: { areas: { code: string; name: string }[] }) => provider.areas.find((a) => a.code === AREA)!.name;
    const lists = await api.graphql(`{ es: provider(slug: "diba", locale: ES) { areas { code name } } oc: provider(slug: "diba", locale: OC) { areas { code name } } }`);
    assert.equal(areaName(lists.body.data.es), AREA_ES);
    assert.equal(areaName(lists.body.data.oc), AREA_CA);
    const byHeader = await api.graphql('{ providers { slug areas { code name } } }', {}, { 'accept-language': 'es' });
    assert.equal(areaName(byHeader.body.data.providers.find((p: { slug: string }) => p.slug === 'diba')), AREA_ES);

    // The fitxa compiled from the draft carries the translation (the snapshot compiler keeps it).
    const editor = await api.as({ nif: '22222222J', roles: ['editor:diba'] });
    const preview = await api.graphql(`{
      es: resource(provider: "diba", code: "111219", preview: true, locale: ES) { area { id name } }
      oc: resource(provider: "diba", code: "111219", preview: true, locale: OC) { area { name } } }`, {}, editor);
    assert.equal(preview.body.errors, undefined);
    assert.equal(preview.body.data.es.area.name, AREA_ES);
    assert.equal(preview.body.data.oc.area.name, AREA_CA);
    const node = await api.graphql(`{ node(id: "${preview.body.data.es.area.id}", locale: ES) { ... on Area { name } } }`);
    assert.equal(node.body.data.node.name, AREA_ES);

    // Published fitxes keep the names they were published with until published again.
    const before = await api.graphql('{ resource(provider: "diba", code: "111219", locale: ES) { id area { name } } }');
    assert.equal(before.body.data.resource.area.name, AREA_CA);
    const published = await api.graphql('mutation($id: ID!) { publishResource(input: { resourceId: $id }) { userErrors { code } } }', { id: before.body.data.resource.id }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    const republished = await api.graphql(`{ es: resource(provider: "diba", code: "111219", locale: ES) { area { name } }
      oc: resource(provider: "diba", code: "111219", locale: OC) { area { name } } }`);
    assert.deepEqual([republished.body.data.es.area.name, republished.body.data.oc.area.name], [AREA_ES, AREA_CA]);

    // Saving again without translations keeps them; an empty list removes them.
    await saveArea(headers, { provider: 'diba', code: AREA, name: AREA_CA });
    assert.deepEqual((await areaRow()).name_translations, { ES: AREA_ES, EN: 'Area of General Services and Digital Transition' });
    await saveArea(headers, { provider: 'diba', code: AREA, name: AREA_CA, translations: [] });
    assert.equal((await areaRow()).name_translations, null);
    const cleared = await api.graphql('{ provider(slug: "diba", locale: ES) { areas { code name translations { locale } } } }');
    assert.deepEqual(cleared.body.data.provider.areas.find((a: { code: string }) => a.code === AREA), { code: AREA, name: AREA_CA, translations: [] });
  });

  it('translates programmes, catalogues and units the same way', async () => {
    const headers = await admin();
    const unit = await api.graphql(`mutation { saveProviderUnit(input: { provider: "diba", code: "unitat-traduida", name: "Servei de Suport", email: "suport@diba.cat",
      translations: [{ locale: ES, name: "Servicio de Apoyo" }] }) { item { name } userErrors { code } } }`, {}, headers);
    assert.deepEqual(unit.body.data.saveProviderUnit, { item: { name: 'Servei de Suport' }, userErrors: [] });
    const programme = await api.graphql(`mutation { saveProgramme(input: { provider: "diba", code: "programa-traduit", name: "Biblioteques",
      translations: [{ locale: EN, name: "Libraries" }] }) { userErrors { code } } }`, {}, headers);
    assert.deepEqual(programme.body.data.saveProgramme.userErrors, []);
    const catalogue = await api.graphql(`mutation { saveCatalogue(input: { provider: "diba", code: "cataleg-traduit", name: "Catàleg 2027",
      translations: [{ locale: ES, name: "Catálogo 2027" }] }) { userErrors { code } } }`, {}, headers);
    assert.deepEqual(catalogue.body.data.saveCatalogue.userErrors, []);
    const { body } = await api.graphql(`{ provider(slug: "diba") {
      units { code name } programmes { code name } catalogues { code name } } }`, {}, { 'accept-language': 'es' });
    const find = (list: { code: string; name: string }[], code: string) => list.find((item) => item.code === code)?.name;
    assert.equal(find(body.data.provider.units, 'unitat-traduida'), 'Servicio de Apoyo');
    assert.equal(find(body.data.provider.programmes, 'programa-traduit'), 'Biblioteques', 'no Spanish name: Catalan');
    assert.equal(find(body.data.provider.catalogues, 'cataleg-traduit'), 'Catálogo 2027');
  });

  it("refuses another provider's admins and bad translations, writing nothing", async () => {
    const before = await areaRow();
    const intruder = await api.as({ nif: '11111111H', roles: ['admin:ddgi'] });
    const refused = await saveArea(intruder, { provider: 'diba', code: AREA, name: AREA_CA, translations: [{ locale: 'ES', name: 'Área intrusa' }] });
    const code = refused.body.errors?.[0].extensions?.code ?? refused.body.data?.saveArea?.userErrors?.[0]?.code;
    assert.equal(code, 'FORBIDDEN');
    assert.deepEqual(await areaRow(), before);

    const headers = await admin();
    const cases: [unknown[], string, string[]][] = [
      [[{ locale: 'CA', name: 'Una altra' }], 'INVALID_VALUE', ['input', 'translations', 'CA', 'locale']],
      [[{ locale: 'ES', name: 'Uno' }, { locale: 'ES', name: 'Dos' }], 'DUPLICATE', ['input', 'translations', 'ES', 'locale']],
      [[{ locale: 'EN', name: '   ' }], 'REQUIRED', ['input', 'translations', 'EN', 'name']],
      [[{ locale: 'OC', name: 'x'.repeat(301) }], 'TOO_LONG', ['input', 'translations', 'OC', 'name']],
      [[{ locale: 'ES', name: 'a' }, { locale: 'EN', name: 'b' }, { locale: 'OC', name: 'c' }, { locale: 'ES', name: 'd' }], 'TOO_MANY', ['input', 'translations']],
    ];
    for (const [translations, expected, field] of cases) {
      const response = await saveArea(headers, { provider: 'diba', code: AREA, name: 'Nom canviat', translations });
      assert.equal(response.body.errors, undefined);
      assert.deepEqual(response.body.data.saveArea.userErrors, [{ code: expected, field }], expected);
      assert.equal(response.body.data.saveArea.item, null);
    }
    for (const translations of [[{ locale: 'FR', name: 'Zone' }], [{ locale: 'ES', name: 'x'.repeat(5000) }]]) {
      const response = await saveArea(headers, { provider: 'diba', code: AREA, name: 'Nom canviat', translations });
      assert.ok(response.status < 500, `a client error, not ${response.status}`);
      assert.ok(response.body.errors?.length || response.body.data?.saveArea?.userErrors?.length, JSON.stringify(response.body));
      assert.equal(response.body.data?.saveArea?.item ?? null, null);
    }
    assert.deepEqual(await areaRow(), before);
  });

  it('reads snapshots published before taxonomy names had translations', async () => {
    await saveArea(await admin(), { provider: 'diba', code: AREA, name: AREA_CA, translations: [{ locale: 'ES', name: AREA_ES }] });
    // As the snapshots of fitxes published before this change: no nameTranslations at all.
    await sql(`update published_resource set snapshot = snapshot #- '{area,nameTranslations}' #- '{catalogue,nameTranslations}'
      #- '{programme,nameTranslations}' #- '{providerUnit,nameTranslations}' where code = '111219'`);
    const [{ keys }] = await sql(`select snapshot->'area' ? 'nameTranslations' as keys from published_resource where code = '111219'`);
    assert.equal(keys, false);
    const { body } = await api.graphql('{ resource(provider: "diba", code: "111219", locale: ES) { area { name translations { locale } } catalogue { name } providerUnit { name } } }');
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data.resource.area, { name: AREA_CA, translations: [] });
    assert.equal(body.data.resource.catalogue.name, 'Catàleg 2021-2023: Xarxa de Governs Locals 2023');
  });
});
