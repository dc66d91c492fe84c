import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { applicationClient } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { pdfText } from '../support/pdf-text';
import { createTestPki } from '../support/test-pki';
import { buildTenantWorld, LLEIDA, TenantWorld } from '../support/tenant-world';
import { startTestService, TestService } from '../support/test-service';

type Headers = Record<string, string>;
/** One check: with provider A's caller's headers, touch B's objects and prove nothing of B comes back. */
type Probe = (headers: Headers) => Promise<void>;

const REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/**
 * The callers from provider A's side (Diputació de Barcelona) and from outside any provider. None
 * of them may read B's private data (Diputació de Lleida) or change anything of B's.
 */
const CALLERS: [string, Record<string, unknown> | null][] = [
  ['anonymous', null],
  ['a person without roles', { nif: '33333333P' }],
  ['editor of A', { nif: '33333333P', roles: ['editor:diba'] }],
  ['reviewer of A', { nif: '33333333P', roles: ['reviewer:diba'] }],
  ['admin of A', { nif: '33333333P', roles: ['admin:diba'] }],
  ['every role of A', { nif: '33333333P', roles: ['editor:diba', 'reviewer:diba', 'admin:diba'] }],
  ['representative of an entity in A', { nif: '33333333P', represents: { nif: 'P0801900B', name: 'Ajuntament de Barcelona' } }],
];

describe('isolation matrix: every root field and every route, against another provider', () => {
  let api: TestService;
  let world: TenantWorld;
  let client: ReturnType<typeof applicationClient>;

  before(async () => {
    const pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    world = await buildTenantWorld(api, pki);
  });
  after(async () => {
    await api?.close();
  });

  /** Runs a root field; answers its payload (or null) and the codes of its errors, top-level and user errors alike. */
  async function call(headers: Headers, query: string, variables: Record<string, unknown> = {}) {
    const { body } = await api.graphql(query, variables, headers);
    const payload = body.data ? Object.values(body.data)[0] as any : null;
    const codes = [...(body.errors ?? []).map((e) => e.extensions?.code), ...(payload?.userErrors ?? []).map((e: any) => e.code)];
    return { payload, codes, body };
  }
  /** A mutation on B's object: refused, and what comes back holds nothing but the refusal. */
  const refusedMutation = (name: string, inputType: string, input: () => Record<string, unknown>, allowed = REFUSALS): Probe => async (headers) => {
    const { payload, codes } = await call(headers, `mutation($input: ${inputType}!) { ${name}(input: $input) { userErrors { code } } }`, { input: input() });
    assert.ok(codes.length > 0 && codes.every((code) => allowed.includes(code)), `${name}: ${JSON.stringify(codes)}`);
    assert.ok(payload === null || Object.keys(payload).every((key) => key === 'userErrors' || payload[key] == null));
  };
  const applicationStep = (name: string, inputType: string, extra: Record<string, unknown>) =>
    refusedMutation(name, inputType, () => ({ applicationId: world.draftApplicationId, ...extra }));
  const nothingOfB = (json: unknown) => {
    const text = JSON.stringify(json);
    for (const id of [world.draftId, world.draftApplicationId, world.submittedApplicationId, world.notificationId, world.authorizationId, world.draftDocumentId, world.surveyResponseId]) {
      assert.ok(!text.includes(id), `leaks ${id}`);
    }
    assert.doesNotMatch(text, /ISOLATION-DRAFT|Títol que encara no és públic|alcaldia@paeria\.cat|Resposta privada de la Paeria/);
  };

  const GRAPHQL: Record<string, Probe> = {
    // Queries
    application: async (headers) => {
      for (const id of [world.draftApplicationId, world.submittedApplicationId]) {
        const { payload, codes } = await call(headers, 'query($id: ID!) { application(id: $id) { id } }', { id });
        assert.equal(payload, null);
        assert.ok(codes.every((code) => REFUSALS.includes(code)));
      }
    },
    applications: async (headers) => {
      const { body } = await call(headers, '{ applications(first: 100, filter: { provider: ["diputacio-lleida"] }) { totalCount nodes { id } } }');
      nothingOfB(body);
      if (body.data) assert.equal(body.data.applications.totalCount, 0);
    },
    auditLog: async (headers) => {
      const { payload, codes, body } = await call(headers, '{ auditLog(provider: "diputacio-lleida", first: 10) { nodes { action } } }');
      assert.equal(payload, null);
      assert.ok(codes.length > 0 && codes.every((code) => REFUSALS.includes(code)), JSON.stringify(body));
    },
    // Public arithmetic over the public calendar: B has nothing private in it.
    computeDeadline: async (headers) => {
      const { body } = await call(headers, '{ computeDeadline(input: { provider: "diputacio-lleida", start: "2026-11-02T10:00:00Z", term: { amount: 10, unit: BUSINESS_DAYS } }) { lastDay } }');
      assert.ok(body.data?.computeDeadline.lastDay, JSON.stringify(body));
    },
    holidays: async (headers) => {
      const { body } = await call(headers, '{ holidays(provider: "diputacio-lleida", year: 2026) { date } }');
      assert.ok(body.data?.holidays.length > 0, JSON.stringify(body));
    },
    // Public reference data (SHARED_ACROSS_TENANTS): the entity is there, its authorizations are not.
    localEntities: async (headers) => {
      const { body } = await call(headers, `{ localEntities(first: 1, filter: { nif: "${LLEIDA.nif}" }) { nodes { nif authorizations { id } } } }`);
      assert.equal(body.data?.localEntities.nodes[0].nif, LLEIDA.nif);
      assert.equal(body.data?.localEntities.nodes[0].authorizations, null);
    },
    node: async (headers) => {
      for (const id of [world.draftId, world.draftApplicationId, world.submittedApplicationId, world.notificationId, world.authorizationId, world.attachedFileId]) {
        const { payload } = await call(headers, 'query($id: ID!) { node(id: $id) { id } }', { id });
        assert.equal(payload, null, id);
      }
      const published = await call(headers, 'query($id: ID!) { node(id: $id) { ... on Resource { title } } }', { id: world.publishedId });
      nothingOfB(published.body);
    },
    nodes: async (headers) => {
      const { body } = await call(headers, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: [world.draftId, world.draftApplicationId, world.submittedApplicationId, world.notificationId, world.authorizationId] });
      assert.deepEqual(body.data?.nodes, [null, null, null, null, null]);
    },
    provider: async (headers) => nothingOfB((await call(headers, '{ provider(slug: "diputacio-lleida") { slug name } }')).body),
    providers: async (headers) => nothingOfB((await call(headers, '{ providers { slug } }')).body),
    resource: async (headers) => {
      for (const code of ['ISOLATION-DRAFT', 'ISOLATION-PUBLISHED']) {
        const { body } = await call(headers, 'query($c: String!) { resource(provider: "diputacio-lleida", code: $c, preview: true) { code title revisions(first: 5) { totalCount } content { kind } publicationSchedule { action dueAt } } }', { c: code });
        nothingOfB(body);
        if (code === 'ISOLATION-PUBLISHED') {
          assert.equal(body.data?.resource.revisions, null);
          assert.equal(body.data?.resource.content, null);
          assert.equal(body.data?.resource.publicationSchedule, null);
        } else assert.equal(body.data?.resource, null);
      }
      // The survey of B's procedure is public; its answers are B's staff's only.
      const { body } = await call(headers, '{ resource(provider: "diputacio-lleida", code: "NNTT-EG") { survey { code } surveyResponses(first: 5) { totalCount nodes { id answers { text } } } } }');
      nothingOfB(body);
      assert.ok(body.data?.resource.survey.length > 0, JSON.stringify(body));
      assert.equal(body.data?.resource.surveyResponses, null);
    },
    resourceChanges: async (headers) => nothingOfB((await call(headers, '{ resourceChanges(first: 100, provider: ["diputacio-lleida"]) { nodes { resourceId } } }')).body),
    resources: async (headers) => {
      const { body } = await call(headers, '{ resources(first: 100, filter: { provider: ["diputacio-lleida"], status: [DRAFT, PUBLISHED, UNPUBLISHED, ARCHIVED] }) { nodes { id title } } }');
      nothingOfB(body);
    },
    signedActContent: async (headers) => {
      for (const applicationId of [world.draftApplicationId, world.submittedApplicationId]) {
        const { payload, codes, body } = await call(headers, 'query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson sha256 } }',
          { input: { applicationId, subject: 'WITHDRAWAL_REQUEST', statement: 'Desistim' } });
        assert.equal(payload, null);
        assert.ok(codes.length > 0 && codes.every((code) => REFUSALS.includes(code)), JSON.stringify(body));
        nothingOfB(body);
      }
    },
    viewer: async (headers) => {
      const { body } = await call(headers, '{ viewer { entities { nif } folder(first: 10) { nodes { code } } } }');
      nothingOfB(body);
      assert.ok(!JSON.stringify(body).includes(LLEIDA.nif));
    },

    // Mutations on B's fitxes
    createResource: refusedMutation('createResource', 'CreateResourceInput', () => ({
      provider: 'diputacio-lleida', code: 'INTRUS', content: { kind: 'TECHNICAL', translations: [{ locale: 'CA', title: 'Intrús', summary: 'R', description: 'D' }] },
    })),
    updateResource: refusedMutation('updateResource', 'UpdateResourceInput', () => ({
      resourceId: world.draftId, expectedVersion: 1, content: { kind: 'TECHNICAL', translations: [{ locale: 'CA', title: 'Intrús', summary: 'R', description: 'D' }] },
    })),
    deleteResourceDraft: refusedMutation('deleteResourceDraft', 'DeleteResourceDraftInput', () => ({ resourceId: world.draftId, expectedVersion: 1 })),
    restoreResourceRevision: refusedMutation('restoreResourceRevision', 'RestoreResourceRevisionInput', () => ({
      resourceId: world.publishedId, revisionId: world.publishedId, expectedVersion: 3,
    })),
    publishResource: refusedMutation('publishResource', 'ResourcePublicationInput', () => ({ resourceId: world.draftId })),
    unpublishResource: refusedMutation('unpublishResource', 'ResourcePublicationInput', () => ({ resourceId: world.publishedId })),
    archiveResource: refusedMutation('archiveResource', 'ResourcePublicationInput', () => ({ resourceId: world.publishedId })),
    cancelResourcePublicationSchedule: refusedMutation('cancelResourcePublicationSchedule', 'CancelResourcePublicationScheduleInput', () => ({ resourceId: world.publishedId })),
    scheduleResourcePublication: refusedMutation('scheduleResourcePublication', 'ScheduleResourcePublicationInput', () => ({
      resourceId: world.draftId, publishAt: '2099-06-01T08:00:00Z',
    })),
    // A folder holds published fitxes only, and is the caller's own.
    addToFolder: refusedMutation('addToFolder', 'FolderInput', () => ({ resourceId: world.draftId })),
    removeFromFolder: async (headers) => {
      await call(headers, 'mutation($input: FolderInput!) { removeFromFolder(input: $input) { userErrors { code } } }', { input: { resourceId: world.publishedId } });
    },

    // B's webhooks: its admins only
    webhookSubscriptions: async (headers) => {
      const { payload, codes, body } = await call(headers, '{ webhookSubscriptions(provider: "diputacio-lleida") { id url } }');
      assert.equal(payload, null);
      assert.ok(codes.length > 0 && codes.every((code) => REFUSALS.includes(code)), JSON.stringify(body));
    },
    webhookDeliveries: async (headers) => {
      const { payload, codes, body } = await call(headers, '{ webhookDeliveries(provider: "diputacio-lleida", first: 10) { nodes { id topic } } }');
      assert.equal(payload, null);
      assert.ok(codes.length > 0 && codes.every((code) => REFUSALS.includes(code)), JSON.stringify(body));
    },
    // B's delay tasks: its reviewers and admins only (the world holds one on the submitted application)
    decisionDelays: async (headers) => {
      const { payload, codes, body } = await call(headers, '{ decisionDelays(provider: "diputacio-lleida", first: 10) { totalCount nodes { id application { id } } } }');
      assert.equal(payload, null);
      assert.ok(codes.length > 0 && codes.every((code) => REFUSALS.includes(code)), JSON.stringify(body));
    },
    communicateDelay: refusedMutation('communicateDelay', 'CommunicateDelayInput', () => ({
      applicationId: world.submittedApplicationId, causes: 'Intrús', measures: 'Intrús',
    })),
    createWebhookSubscription: refusedMutation('createWebhookSubscription', 'CreateWebhookSubscriptionInput', () => ({
      provider: 'diputacio-lleida', url: 'https://intrus.example.org/', topics: ['*'],
    })),
    rotateWebhookSecret: refusedMutation('rotateWebhookSecret', 'WebhookSubscriptionRefInput', () => ({ subscriptionId: world.webhookSubscriptionId })),
    disableWebhook: refusedMutation('disableWebhook', 'WebhookSubscriptionRefInput', () => ({ subscriptionId: world.webhookSubscriptionId })),
    redeliverWebhook: refusedMutation('redeliverWebhook', 'RedeliverWebhookInput', () => ({ deliveryId: world.webhookDeliveryId })),

    // Mutations on B's taxonomy and calendar
    saveArea: refusedMutation('saveArea', 'SaveAreaInput', () => ({ provider: 'diputacio-lleida', code: 'intrus', name: 'Intrús' })),
    saveProgramme: refusedMutation('saveProgramme', 'SaveProgrammeInput', () => ({ provider: 'diputacio-lleida', code: 'intrus', name: 'Intrús' })),
    saveCatalogue: refusedMutation('saveCatalogue', 'SaveCatalogueInput', () => ({ provider: 'diputacio-lleida', code: 'intrus', name: 'Intrús' })),
    saveProviderUnit: refusedMutation('saveProviderUnit', 'SaveProviderUnitInput', () => ({ provider: 'diputacio-lleida', code: 'intrus', name: 'Intrús' })),
    deleteTaxonomyItem: async (headers) => {
      const [area] = await client.sql(`select a.code from area a join provider p on p.id = a.provider_id where p.slug = 'diputacio-lleida' limit 1`);
      await refusedMutation('deleteTaxonomyItem', 'DeleteTaxonomyItemInput', () => ({ provider: 'diputacio-lleida', kind: 'AREA', code: area.code }))(headers);
    },
    setHolidays: async (headers) => {
      const [lleida] = await client.sql(`select ine_code from local_entity where nif = ?`, [LLEIDA.nif]);
      await refusedMutation('setHolidays', 'SetHolidaysInput', () => ({
        year: 2027, municipality: lleida.ine_code, source: 'Intrús', holidays: [{ date: '2027-05-11', name: 'Intrús' }],
      }))(headers);
    },
    // Any admin may import the yearly list, but only their own territory's municipalities change.
    importLocalHolidays: async (headers) => {
      const [lleida] = await client.sql(`select ine_code from local_entity where nif = ?`, [LLEIDA.nif]);
      const { payload, codes } = await call(headers, `mutation($input: ImportLocalHolidaysInput!) {
        importLocalHolidays(input: $input) { report { added updated removed outsideTerritory } userErrors { code } } }`,
      { input: { csv: `any,codi_ine,data,nom\n2027,${lleida.ine_code},2027-05-11,Intrús\n`, source: 'Intrús' } });
      if (codes.length > 0) return assert.ok(codes.every((code) => REFUSALS.includes(code)), JSON.stringify(codes));
      assert.deepEqual(payload.report, { added: 0, updated: 0, removed: 0, outsideTerritory: 1 });
    },
    importLocalEntityIdentifiers: refusedMutation('importLocalEntityIdentifiers', 'ImportLocalEntityIdentifiersInput', () => ({
      provider: 'diputacio-lleida', csv: `ine_code,nif\n25120,${LLEIDA.nif}\n`,
    })),

    // Mutations on B's applications and on the entities B's applicants act for
    startApplication: refusedMutation('startApplication', 'StartApplicationInput', () => ({ resourceId: world.procedureId, localEntityId: world.localEntityId })),
    updateApplicantDetails: applicationStep('updateApplicantDetails', 'UpdateApplicantDetailsInput', { name: 'Intrús', nif: '33333333P', position: 'x', email: 'x@x.cat' }),
    selectServices: applicationStep('selectServices', 'SelectServicesInput', { serviceCodes: ['comptabilitat'] }),
    setAgreementDate: applicationStep('setAgreementDate', 'SetAgreementDateInput', { date: '2026-11-01' }),
    acceptConditions: applicationStep('acceptConditions', 'AcceptConditionsInput', { documents: [] }),
    designateInterlocutors: applicationStep('designateInterlocutors', 'DesignateInterlocutorsInput', { interlocutors: [] }),
    attachFile: applicationStep('attachFile', 'AttachFileInput', { documentCode: 'annex', fileId: 'bogus' }),
    makeDeclarations: applicationStep('makeDeclarations', 'MakeDeclarationsInput', { requirementCodes: [] }),
    withdrawApplication: applicationStep('withdrawApplication', 'ApplicationIdInput', {}),
    discardDraft: applicationStep('discardDraft', 'ApplicationIdInput', {}),
    requestWithdrawal: refusedMutation('requestWithdrawal', 'RequestWithdrawalInput', () => ({
      applicationId: world.submittedApplicationId, reason: 'Intrús', signature: 'not.a.jws', idempotencyKey: 'isolation-intruder-withdrawal',
    })),
    // Opening is for who acts for the entity; everyone on A's side is told it does not exist.
    openNotification: refusedMutation('openNotification', 'OpenNotificationInput', () => ({ notificationId: world.notificationId })),
    answerCorrections: refusedMutation('answerCorrections', 'AnswerCorrectionsInput', () => ({
      applicationId: world.submittedApplicationId, statement: 'Intrús', signature: 'not.a.jws', idempotencyKey: 'isolation-intruder-2',
    })),
    requestCorrections: refusedMutation('requestCorrections', 'RequestCorrectionsInput', () => ({ applicationId: world.submittedApplicationId, items: [{ text: 'Intrús' }] })),
    submitApplication: applicationStep('submitApplication', 'SubmitApplicationInput', { signature: 'not.a.jws', idempotencyKey: 'isolation-intruder-1' }),
    recordRequirementFulfilment: refusedMutation('recordRequirementFulfilment', 'RecordRequirementFulfilmentInput', () => ({
      localEntityId: world.localEntityId, requirementId: world.requirementId, date: '2026-11-02',
    })),
    grantEntityAuthorization: refusedMutation('grantEntityAuthorization', 'GrantEntityAuthorizationInput', () => ({
      localEntityId: world.localEntityId, granteeNif: '33333333P', granteeName: 'Intrús',
    })),
    revokeEntityAuthorization: refusedMutation('revokeEntityAuthorization', 'RevokeEntityAuthorizationInput', () => ({ authorizationId: world.authorizationId })),
    // The procedure after submission, on B's submitted application
    openHearing: refusedMutation('openHearing', 'OpenHearingInput', () => ({ applicationId: world.submittedApplicationId, reasons: 'Intrús.' })),
    submitAllegations: refusedMutation('submitAllegations', 'SubmitAllegationsInput', () => ({
      applicationId: world.submittedApplicationId, statement: 'Intrús.', signature: 'not.a.jws', idempotencyKey: 'isolation-intruder-2',
    })),
    resolveApplication: refusedMutation('resolveApplication', 'ResolveApplicationInput', () => ({
      applicationId: world.submittedApplicationId, decision: 'GRANT', reasons: 'Intrús.', competentBody: 'Intrús',
    })),
    // The analysis of a missed quality commitment of B's published fitxa: B's reviewers and admins only.
    recordQualityAnalysis: refusedMutation('recordQualityAnalysis', 'RecordQualityAnalysisInput', () => ({
      resourceId: world.procedureId, indicator: 'DECISION_WITHIN_TERM', from: '2026-07-01', to: '2026-09-30', causes: 'Intrús.', measures: 'Intrús.',
    })),
    // The revocation procedure on B's submitted application: B's reviewers and admins only.
    openRevocation: refusedMutation('openRevocation', 'OpenRevocationInput', () => ({
      applicationId: world.submittedApplicationId, deficiencies: ['Intrús'], measures: ['Intrús'], deadline: '2027-01-15',
    })),
    revokeGrant: refusedMutation('revokeGrant', 'RevokeGrantInput', () => ({
      applicationId: world.submittedApplicationId, reasons: 'Intrús', competentBody: 'Intrús',
    })),
    // Answering is for who acts for the entity: A's side is told the application does not exist.
    submitSurveyResponse: refusedMutation('submitSurveyResponse', 'SubmitSurveyResponseInput', () => ({
      applicationId: world.submittedApplicationId, answers: [{ questionCode: 'valoracio-global', rating: 10 }],
    })),
    closeRevocation: refusedMutation('closeRevocation', 'CloseRevocationInput', () => ({
      applicationId: world.submittedApplicationId, reasons: 'Intrús', competentBody: 'Intrús',
    })),
  };

  const get = (route: string, headers: Headers) => fetch(`${api.url}${route}`, { headers });
  const ROUTES: Record<string, Probe> = {
    'GET /healthz': async (headers) => nothingOfB(await (await get('/healthz', headers)).text()),
    'GET /readyz': async (headers) => nothingOfB(await (await get('/readyz', headers)).text()),
    // The fitxa's JSON-LD and PDF: published ones only, as they were published.
    'GET /resources/:provider/:file': async (headers) => {
      for (const file of ['ISOLATION-DRAFT.jsonld', 'ISOLATION-DRAFT.pdf']) assert.equal((await get(`/resources/diputacio-lleida/${file}`, headers)).status, 404, file);
      const published = await get('/resources/diputacio-lleida/ISOLATION-PUBLISHED.jsonld', headers);
      assert.equal(published.status, 200);
      nothingOfB(await published.text());
    },
    // An upload belongs to its uploader, whoever may upload; it touches nothing of B.
    'POST /files': async (headers) => {
      const form = new FormData();
      form.append('file', new Blob([samplePdf()], { type: 'application/pdf' }), 'intrus.pdf');
      const response = await fetch(`${api.url}/files`, { method: 'POST', headers, body: form });
      assert.ok([201, 401, 403].includes(response.status), String(response.status));
    },
    'GET /files/:id': async (headers) => assert.equal((await get(`/files/${world.attachedFileId}`, headers)).status, headers.authorization ? 404 : 401),
    // The sealed receipt of B's submitted application: 404 to A's side, 401 without a token or link.
    'GET /applications/:id/receipt.pdf': async (headers) =>
      assert.equal((await get(`/applications/${world.submittedApplicationId}/receipt.pdf`, headers)).status, headers.authorization ? 404 : 401),
    'GET /documents/:id': async (headers) => assert.equal((await get(`/documents/${world.draftDocumentId}`, headers)).status, 404),
    // The back office: static files and its configuration, the same for everyone; it reads data only through GraphQL.
    'GET /admin/config.json': async (headers) => nothingOfB(await (await get('/admin/config.json', headers)).text()),
    'GET /admin{/*path}': async (headers) => {
      const page = await get(`/admin/fitxes/${world.draftId}`, headers);
      assert.equal(page.status, 200);
      nothingOfB(await page.text());
    },
    // The development sign-in mints tokens for whoever the form names (never in production); it reads and writes nothing.
    'POST /admin/dev-token': async (headers) => {
      const response = await fetch(`${api.url}/admin/dev-token`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
      assert.equal(response.status, 400);
      nothingOfB(await response.text());
    },
    // B's published quality figures are public aggregates, for anyone: nothing of B's applications or drafts in them.
    'GET /providers/:slug/quality.csv': async (headers) => {
      const response = await get('/providers/diputacio-lleida/quality.csv?from=2026-01-01&to=2026-12-31', headers);
      assert.equal(response.status, 200);
      nothingOfB(await response.text());
    },
    'GET /providers/:slug/quality-report.pdf': async (headers) => {
      const response = await get('/providers/diputacio-lleida/quality-report.pdf?year=2026&quarter=4', headers);
      assert.equal(response.status, 200);
      nothingOfB(await pdfText(Buffer.from(await response.arrayBuffer())));
    },
  };

  /** Every row of every table, except uploads (any caller may upload; files are checked by route). */
  async function fingerprint(): Promise<Record<string, string>> {
    const tables = await client.sql<{ name: string }>(`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('stored_file', 'mikro_orm_migrations') order by 1`);
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await client.sql<{ digest: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`);
      result[name] = row.digest;
    }
    return result;
  }

  it('has a probe for every root field of the schema and every HTTP route', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));
    const rootFields = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((type) => Object.keys((type as GraphQLObjectType).getFields())).sort();
    assert.deepEqual(Object.keys(GRAPHQL).sort(), rootFields, 'a new query or mutation needs its row in the isolation matrix');
    assert.deepEqual(Object.keys(ROUTES).sort(), [...new Set(api.service.routes)].sort(), 'a new route needs its row in the isolation matrix');
  });

  // Read-only probes only: B's own people may change B's objects, and the matrix runs after this.
  it("fails its read probes for B's own people, so that passing them means something", async () => {
    const fails = async (headers: Headers, name: string) => ({ ...GRAPHQL, ...ROUTES })[name](headers).then(() => false, () => true);
    for (const name of ['application', 'applications', 'auditLog', 'node', 'resource', 'resources', 'webhookSubscriptions', 'webhookDeliveries', 'decisionDelays', 'GET /documents/:id']) {
      assert.ok(await fails(world.staff, name), `B's staff: ${name}`);
    }
    for (const name of ['application', 'viewer', 'GET /files/:id', 'GET /applications/:id/receipt.pdf']) assert.ok(await fails(world.applicant, name), `B's applicant: ${name}`);
  });

  for (const [caller, claims] of CALLERS) {
    it(`${caller}: reads nothing of another provider's and changes nothing`, async () => {
      const headers = claims ? await api.as(claims as never) : {};
      const before = await fingerprint();
      const failures: string[] = [];
      for (const [name, probe] of [...Object.entries(GRAPHQL), ...Object.entries(ROUTES)]) {
        await probe(headers).catch((error: Error) => failures.push(`${name}: ${error.message.split('\n')[0]}`));
      }
      assert.deepEqual(failures, []);
      const changed = Object.entries(await fingerprint()).filter(([table, digest]) => before[table] !== digest).map(([table]) => table);
      assert.deepEqual(changed, [], 'nothing in the database changed');
    });
  }
});
