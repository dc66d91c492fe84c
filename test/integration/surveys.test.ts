import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromGlobalId } from '../../src/graphql/global-id';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

const text = (ca: string, es?: string) => [{ locale: 'CA', text: ca }, ...(es ? [{ locale: 'ES', text: es }] : [])];
/** The survey an editor gives the test fitxa: four ratings (one "fit to needs") and optional observations. */
const SURVEY = [
  { code: 'global', text: text('Valoració global del servei', 'Valoración global del servicio'), kind: 'RATING', required: true },
  { code: 'fit', text: text("Adequació del recurs a les necessitats de l'ens", 'Adecuación del recurso a las necesidades del ente'), kind: 'RATING', fitToNeeds: true, required: true },
  { code: 'clarity', text: text('Claredat de la informació'), kind: 'RATING', required: true },
  { code: 'remarks', text: text('Observacions i propostes de millora'), kind: 'FREE_TEXT' },
];
const GOOD_ANSWERS = [{ questionCode: 'global', rating: 9 }, { questionCode: 'fit', rating: 8 }, { questionCode: 'clarity', rating: 10 }, { questionCode: 'remarks', text: 'Tot correcte.' }];
const RESPONSE_FIELDS = 'id applicationId resourceId submittedAt submittedByNif localEntity { nif } answers { questionCode kind fitToNeeds rating text }';

describe('surveys: editors maintain them, entities answer them once after a grant, providers read their own', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let editor: Record<string, string>;
  let reviewer: Record<string, string>;
  let jordi: Record<string, string>;
  let maria: Record<string, string>;
  let lleidaStaff: Record<string, string>;
  let resourceId: string;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    editor = await api.as({ nif: '22222222J', name: 'Editora Diba', roles: ['editor:diba'] });
    reviewer = await api.as({ nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] });
    jordi = await api.as({ ...JORDI, represents: BARCELONA });
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    lleidaStaff = await api.as({ nif: '33333333P', name: 'Staff Lleida', roles: ['reviewer:diputacio-lleida', 'editor:diputacio-lleida', 'admin:diputacio-lleida'] });
  });
  after(async () => {
    await api?.close();
  });

  const gql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await api.graphql(query, variables, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data;
  };
  const counts = async () => {
    const [row] = await client.sql(`select (select count(*) from survey_response)::int as responses, (select count(*) from survey_answer)::int as answers,
      (select count(*) from outbox_event)::int as outbox, (select count(*) from application_event)::int as events`);
    return row;
  };
  const answer = async (applicationId: string, answers: unknown[], headers: Record<string, string>) => (await gql(
    `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) {
      surveyResponse { ${RESPONSE_FIELDS} } application { id status } userErrors { code field message } } }`,
    { input: { applicationId, answers } }, headers)).submitSurveyResponse;
  const content = (survey: unknown[], unitCode: string) => ({
    kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode, resolutionTerm: { amount: 3, unit: 'MONTHS' },
    translations: [{ locale: 'CA', title: 'Recurs amb enquesta', summary: 'Resum', description: 'Descripció' }, { locale: 'ES', title: 'Recurso con encuesta' }],
    survey,
  });
  const editResource = async (survey: unknown[], expectedVersion: number) => {
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' order by u.code limit 1`);
    return (await gql('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { resource { version } userErrors { code field } } }',
      { input: { resourceId, expectedVersion, content: content(survey, unit.code) } }, editor)).updateResource;
  };
  const publish = async () => {
    const published = await gql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
    assert.deepEqual(published.publishResource.userErrors, []);
  };
  const version = async () => (await gql('query { resource(provider: "diba", code: "ENQUESTA-1", preview: true) { version } }', {}, editor)).resource.version as number;

  /** A Barcelona application for the test fitxa, signed by Jordi and submitted. */
  async function submitted(key: string): Promise<string> {
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(BARCELONA.nif) }, jordi);
    assert.deepEqual(started.userErrors, [], JSON.stringify(started));
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: JORDI.name, nif: JORDI.nif, position: 'Secretari', email: 'secretaria@bcn.cat' }, jordi);
    const payload = (await client.application(id, jordi)).signingPayload.canonicalJson;
    const signature = await pki.sign(payload, await pki.signer({ ...JORDI, represents: BARCELONA }));
    const result = await client.submit({ applicationId: id, signature, idempotencyKey: `survey-${key}` }, jordi);
    assert.deepEqual(result.userErrors, []);
    return id;
  }
  const resolve = async (applicationId: string, decision: 'GRANT' | 'DENY') => {
    const resolved = await gql('mutation($input: ResolveApplicationInput!) { resolveApplication(input: $input) { userErrors { code } } }',
      { input: { applicationId, decision, reasons: 'Es compleixen els requisits.', competentBody: 'Presidència delegada' } }, reviewer);
    assert.deepEqual(resolved.resolveApplication.userErrors, []);
  };
  const granted = async (key: string) => {
    const id = await submitted(key);
    await resolve(id, 'GRANT');
    return id;
  };

  it('lets an editor maintain the survey with the fitxa, refusing a bad one field by field and writing nothing', async () => {
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diba' order by u.code limit 1`);
    const created = await gql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id version } userErrors { code field } } }',
      { input: { provider: 'diba', code: 'ENQUESTA-1', content: content([], unit.code) } }, editor);
    assert.deepEqual(created.createResource.userErrors, []);
    resourceId = created.createResource.resource.id;

    const before = await client.sql(`select count(*)::int as n from survey_question`);
    const refused = await editResource([
      { code: 'a', text: text('A'), kind: 'RATING', fitToNeeds: true },
      { code: 'b', text: text('B'), kind: 'RATING', fitToNeeds: true },
      { code: 'c', text: text('C'), kind: 'FREE_TEXT', fitToNeeds: true },
      { code: 'a', text: text('D'), kind: 'RATING' },
      { code: 'e', text: [{ locale: 'ES', text: 'Sólo en castellano' }], kind: 'RATING' },
    ], 1);
    assert.deepEqual(refused.userErrors.map((e: any) => [e.code, e.field.join('.')]), [
      ['DUPLICATE', 'input.content.survey.1.fitToNeeds'],
      ['INVALID_VALUE', 'input.content.survey.2.fitToNeeds'],
      ['DUPLICATE', 'input.content.survey.3.code'],
      ['REQUIRED', 'input.content.survey.4.text.CA'],
    ]);
    assert.deepEqual(await client.sql(`select count(*)::int as n from survey_question`), before);
    assert.equal(await version(), 1);

    const saved = await editResource(SURVEY, 1);
    assert.deepEqual(saved.userErrors, []);
    // The draft reads back in the shape of the input, and the revision names the field that changed.
    const draft = await gql(`query { resource(provider: "diba", code: "ENQUESTA-1", preview: true) {
      content { survey { code kind fitToNeeds required text { locale text } } } revisions(first: 1) { nodes { changes { field } } } } }`, {}, editor);
    assert.deepEqual(draft.resource.content.survey.map((q: any) => [q.code, q.kind, q.fitToNeeds, q.required]),
      [['global', 'RATING', false, true], ['fit', 'RATING', true, true], ['clarity', 'RATING', false, true], ['remarks', 'FREE_TEXT', false, false]]);
    assert.deepEqual(draft.resource.content.survey[1].text, SURVEY[1].text);
    assert.deepEqual(draft.resource.revisions.nodes[0].changes.map((c: any) => c.field), [['survey']]);

    // Not public before publication; public, in the served locale, after.
    assert.deepEqual((await gql('query { resource(provider: "diba", code: "ENQUESTA-1") { survey { code } } }', {}, {})).resource, null);
    await publish();
    const published = await gql('query { resource(provider: "diba", code: "ENQUESTA-1", locale: ES) { survey { id code text kind kindLabel fitToNeeds required } } }', {}, {});
    assert.deepEqual(published.resource.survey.map((q: any) => [q.code, q.text, q.kindLabel]), [
      ['global', 'Valoración global del servicio', 'Valoración de 0 a 10'], ['fit', 'Adecuación del recurso a las necesidades del ente', 'Valoración de 0 a 10'],
      ['clarity', 'Claredat de la informació', 'Valoración de 0 a 10'], ['remarks', 'Observacions i propostes de millora', 'Texto libre'],
    ]);
    // The fitxa's JSON-LD carries the survey too.
    const jsonLd = await (await fetch(`${api.url}/resources/diba/ENQUESTA-1.jsonld`)).text();
    assert.ok(jsonLd.includes('Enquesta de satisfacció') && jsonLd.includes('1. Valoració global del servei'), jsonLd.slice(0, 200));
  });

  it('serves the seeded surveys of 111219 and of the Lleida encàrrec, with their "fit to needs" question', async () => {
    const data = await gql(`query { diba: resource(provider: "diba", code: "111219", locale: ES) { survey { code text kind fitToNeeds required } }
      lleida: resource(provider: "diputacio-lleida", code: "NNTT-EG") { survey { code text kind fitToNeeds } } }`, {}, {});
    assert.deepEqual(data.diba.survey.map((q: any) => q.code), ['valoracio-global', 'adequacio-necessitats', 'claredat-informacio', 'termini-resposta', 'observacions']);
    assert.deepEqual(data.diba.survey.filter((q: any) => q.fitToNeeds).map((q: any) => q.text), ['Adecuación del recurso a las necesidades del ente']);
    assert.deepEqual(data.diba.survey.map((q: any) => q.kind), ['RATING', 'RATING', 'RATING', 'RATING', 'FREE_TEXT']);
    assert.equal(data.lleida.survey.filter((q: any) => q.fitToNeeds).length, 1);
    assert.ok(data.lleida.survey.length >= 4);
  });

  it('takes the answers of a person acting for the entity after a grant, once, and refuses everything else writing nothing', async () => {
    const id = await submitted('first');
    const refusedWith = async (answers: unknown[], headers: Record<string, string>, expected: [string, string][]) => {
      const start = await counts();
      const result = await answer(id, answers, headers);
      assert.equal(result.surveyResponse, null);
      assert.deepEqual(result.userErrors.map((e: any) => [e.code, e.field.join('.')]), expected);
      assert.deepEqual(await counts(), start, 'nothing written');
    };
    // Before any resolution: submitted, not granted.
    await refusedWith(GOOD_ANSWERS, jordi, [['NOT_GRANTED', 'input.applicationId']]);
    assert.equal((await gql('query($id: ID!) { application(id: $id) { surveyAvailable surveyResponse { id } } }', { id }, jordi)).application.surveyAvailable, false);

    await resolve(id, 'GRANT');
    const available = async (headers: Record<string, string>) => (await gql('query($id: ID!) { application(id: $id) { surveyAvailable } }', { id }, headers)).application?.surveyAvailable;
    assert.equal(await available(jordi), true);
    assert.equal(await available(reviewer), false, 'the provider reads the application but does not answer for the entity');

    // Another entity's representative does not even see the application; the provider's reviewer may not answer.
    await refusedWith(GOOD_ANSWERS, maria, [['NOT_FOUND', 'input.applicationId']]);
    await refusedWith(GOOD_ANSWERS, reviewer, [['FORBIDDEN', 'input.applicationId']]);
    const anonymous = await api.graphql('mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { userErrors { code } } }',
      { input: { applicationId: id, answers: GOOD_ANSWERS } }, {});
    assert.equal(anonymous.body.errors?.[0].extensions?.code, 'UNAUTHENTICATED');

    const withRating = (rating: number) => [{ questionCode: 'global', rating }, ...GOOD_ANSWERS.slice(1)];
    for (const rating of [-1, 11, 5.5]) await refusedWith(withRating(rating), jordi, [['OUT_OF_RANGE', 'input.answers.0.rating']]);
    await refusedWith([...GOOD_ANSWERS, { questionCode: 'inventada', rating: 5 }], jordi, [['UNKNOWN_QUESTION', 'input.answers.4.questionCode']]);
    await refusedWith(GOOD_ANSWERS.filter((a) => a.questionCode !== 'fit'), jordi, [['REQUIRED', 'input.answers']]);
    await refusedWith([{ questionCode: 'global', rating: 7, text: 'comentari' }, ...GOOD_ANSWERS.slice(1)], jordi, [['INVALID_VALUE', 'input.answers.0.text']]);
    await refusedWith([...GOOD_ANSWERS.slice(0, 3), { questionCode: 'remarks', text: 'x'.repeat(4001) }], jordi, [['TOO_LONG', 'input.answers.3.text']]);

    const accepted = await answer(id, GOOD_ANSWERS, jordi);
    assert.deepEqual(accepted.userErrors, []);
    assert.equal(accepted.application.id, id);
    assert.equal(accepted.surveyResponse.submittedByNif, JORDI.nif);
    assert.equal(accepted.surveyResponse.localEntity.nif, BARCELONA.nif);
    assert.deepEqual(accepted.surveyResponse.answers, [
      { questionCode: 'global', kind: 'RATING', fitToNeeds: false, rating: 9, text: null },
      { questionCode: 'fit', kind: 'RATING', fitToNeeds: true, rating: 8, text: null },
      { questionCode: 'clarity', kind: 'RATING', fitToNeeds: false, rating: 10, text: null },
      { questionCode: 'remarks', kind: 'FREE_TEXT', fitToNeeds: false, rating: null, text: 'Tot correcte.' },
    ]);
    // The columns the quality report computes from, and an outbox event with ids only, in the same transaction.
    const [row] = await client.sql(`select r.provider_id, r.resource_id, r.application_id, r.submitted_at, p.slug from survey_response r join provider p on p.id = r.provider_id`);
    assert.deepEqual([row.slug, row.resource_id, row.application_id], ['diba', fromGlobalId(resourceId)!.id, fromGlobalId(id)!.id]);
    assert.equal(new Date(row.submitted_at).toISOString(), api.clock.now().toISOString());
    const [event] = await client.sql(`select topic, aggregate_id, payload from outbox_event where topic = 'application.surveyAnswered'`);
    assert.equal(event.aggregate_id, fromGlobalId(id)!.id);
    assert.deepEqual(Object.keys(event.payload).sort(), ['application', 'resource', 'surveyResponse']);
    assert.ok(!JSON.stringify(event.payload).includes(JORDI.nif) && !JSON.stringify(event.payload).includes('Tot correcte'));

    // Once: a second answer is refused and the first stays as it was; the database refuses changes too.
    const afterFirst = await counts();
    const twice = await answer(id, withRating(2), jordi);
    assert.deepEqual(twice.userErrors.map((e: any) => e.code), ['ALREADY_ANSWERED']);
    assert.deepEqual(await counts(), afterFirst);
    assert.equal(await available(jordi), false);
    await assert.rejects(client.sql(`update survey_answer set rating = 0`), /written once/);

    // The applicant reads their own answers on the application.
    const own = await gql(`query($id: ID!) { application(id: $id) { surveyResponse { ${RESPONSE_FIELDS} } } }`, { id }, jordi);
    assert.deepEqual(own.application.surveyResponse, accepted.surveyResponse);
  });

  it('refuses a denied application', async () => {
    const id = await submitted('denied');
    await resolve(id, 'DENY');
    const before = await counts();
    const result = await answer(id, GOOD_ANSWERS, jordi);
    assert.deepEqual(result.userErrors.map((e: any) => e.code), ['NOT_GRANTED']);
    assert.deepEqual(await counts(), before);
  });

  it('writes one response when the same answers are sent twice at once', async () => {
    const id = await granted('race');
    const before = await counts();
    const results = await Promise.all([answer(id, GOOD_ANSWERS, jordi), answer(id, GOOD_ANSWERS, jordi)]);
    const codes = results.map((r) => r.userErrors.map((e: any) => e.code).join(',')).sort();
    assert.deepEqual(codes, ['', 'ALREADY_ANSWERED']);
    const [rows] = await client.sql(`select count(*)::int as n from survey_response where application_id = ?`, [fromGlobalId(id)!.id]);
    assert.equal(rows.n, 1);
    const afterwards = await counts();
    assert.equal(afterwards.responses, before.responses + 1);
    assert.equal(afterwards.answers, before.answers + GOOD_ANSWERS.length);
  });

  it('checks the answers against the survey the application was filed against, not the one published later', async () => {
    const id = await submitted('filed-against');
    // The editor drops "clarity", makes "global" the "fit to needs" rating and republishes.
    const changed = await editResource([
      { ...SURVEY[0], fitToNeeds: true }, { ...SURVEY[1], fitToNeeds: false }, SURVEY[3], { code: 'nova', text: text('Pregunta nova'), kind: 'RATING', required: true },
    ], await version());
    assert.deepEqual(changed.userErrors, []);
    await publish();
    await resolve(id, 'GRANT');
    // "nova" was not in the survey this application was filed against; "clarity" was, and is required.
    const refused = await answer(id, [...GOOD_ANSWERS.slice(0, 2), { questionCode: 'nova', rating: 5 }], jordi);
    assert.deepEqual(refused.userErrors.map((e: any) => [e.code, e.field.join('.')]), [['UNKNOWN_QUESTION', 'input.answers.2.questionCode'], ['REQUIRED', 'input.answers']]);
    const accepted = await answer(id, GOOD_ANSWERS, jordi);
    assert.deepEqual(accepted.userErrors, []);
    // Kind and "fit to needs" as they were when it was filed.
    assert.deepEqual(accepted.surveyResponse.answers.filter((a: any) => a.fitToNeeds).map((a: any) => a.questionCode), ['fit']);
    // Application.survey shows the questions it answers; Resource.survey the ones published now.
    const shown = await gql('query($id: ID!) { application(id: $id) { survey { code fitToNeeds } resource { survey { code } } } }', { id }, jordi);
    assert.deepEqual(shown.application.survey.map((q: any) => q.code), ['global', 'fit', 'clarity', 'remarks']);
    assert.deepEqual(shown.application.resource.survey.map((q: any) => q.code), ['global', 'fit', 'remarks', 'nova']);
    // An application filed now answers the new survey.
    const later = await granted('after-change');
    const newer = await answer(later, [{ questionCode: 'global', rating: 6 }, { questionCode: 'fit', rating: 6 }, { questionCode: 'nova', rating: 7 }], jordi);
    assert.deepEqual(newer.userErrors, []);
    assert.deepEqual(newer.surveyResponse.answers.filter((a: any) => a.fitToNeeds).map((a: any) => a.questionCode), ['global']);
  });

  it('answers the survey fields of a list of applications in as many SQL statements for one as for all', async () => {
    const statements = async (first: number) => {
      const response = await api.graphql(`query($first: Int) { viewer { applications(first: $first) {
        nodes { id surveyAvailable survey { code } surveyResponse { answers { rating } } } } } }`, { first }, jordi);
      assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
      return { count: Number(response.headers.get('x-sql-statements')), nodes: response.body.data.viewer.applications.nodes };
    };
    const one = await statements(1);
    const all = await statements(50);
    assert.ok(all.nodes.length >= 5, `${all.nodes.length} applications`);
    assert.ok(all.nodes.some((node: any) => node.surveyResponse) && all.nodes.some((node: any) => node.surveyAvailable === false));
    assert.equal(all.count, one.count);
  });

  it("shows a fitxa's responses to its provider's staff only, by period, and never to another provider", async () => {
    const query = `query($from: Date, $to: Date) { resource(provider: "diba", code: "ENQUESTA-1") {
      surveyResponses(first: 10, from: $from, to: $to) { totalCount nodes { ${RESPONSE_FIELDS} } } } }`;
    const all = (await gql(query, {}, reviewer)).resource.surveyResponses;
    const [{ n }] = await client.sql(`select count(*)::int as n from survey_response where resource_id = ?`, [fromGlobalId(resourceId)!.id]);
    assert.equal(all.totalCount, n);
    assert.ok(n >= 4);
    assert.equal((await gql(query, {}, editor)).resource.surveyResponses.totalCount, n);
    const today = api.clock.now().toISOString().slice(0, 10);
    assert.equal((await gql(query, { from: today, to: today }, reviewer)).resource.surveyResponses.totalCount, n);
    assert.equal((await gql(query, { from: '2020-01-01', to: '2020-12-31' }, reviewer)).resource.surveyResponses.totalCount, 0);
    const reversed = await api.graphql(query, { from: '2026-12-31', to: '2026-01-01' }, reviewer);
    assert.equal(reversed.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');

    // Another provider's staff, the applicant, and the public get nothing.
    for (const headers of [lleidaStaff, jordi, {}]) assert.equal((await gql(query, {}, headers)).resource.surveyResponses, null);
    const [application] = all.nodes;
    assert.equal((await gql('query($id: ID!) { application(id: $id) { surveyResponse { id } } }', { id: application.applicationId }, lleidaStaff)).application, null);
    // The provider's reviewer reads the response on the application too.
    const onApplication = await gql(`query($id: ID!) { application(id: $id) { surveyResponse { id answers { rating } } } }`, { id: application.applicationId }, reviewer);
    assert.equal(onApplication.application.surveyResponse.id, application.id);
  });
});
