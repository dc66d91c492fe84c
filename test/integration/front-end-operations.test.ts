import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { toGlobalId } from '../../src/graphql/global-id';
import { samplePdf } from '../support/file-samples';
import { loadOperations } from '../support/operations-compiler';
import { oneLine, pdfText } from '../support/pdf-text';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

/**
 * The front ends' operations (test/operations) run against the real service on PostgreSQL, with
 * the variables their screens send, each as a front end sends it: the operation and its fragments,
 * by name, within the service's query limits. The compile test proves they are typed; this one
 * proves they work.
 */

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const LLEIDA_REVIEWER = { nif: '22222222J', name: 'Revisor Lleida', roles: ['reviewer:diputacio-lleida'] };
const DIBA_REVIEWER = { nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] };
const DIBA_EDITOR = { nif: '33333333P', name: 'Editora Diba', roles: ['editor:diba'] };

describe("front ends' operations against the real service", () => {
  let api: TestService;
  let pki: TestPki;
  let operations: Awaited<ReturnType<typeof loadOperations>>;
  const ran = new Set<string>();

  /** Runs one named operation and returns its data; any top-level error fails the test. */
  async function run<T = any>(name: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
    const operation = operations.get(name);
    assert.ok(operation, `no operation ${name} in test/operations`);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: operation.document, operationName: name, variables }),
    });
    const body = await response.json() as { data?: T; errors?: unknown[] };
    assert.equal(body.errors, undefined, `${name}: ${JSON.stringify(body.errors)}`);
    assert.equal(response.status, 200, name);
    ran.add(name);
    return body.data as T;
  }
  const noErrors = (payload: { userErrors: unknown[] }, what: string) => assert.deepEqual(payload.userErrors, [], what);

  before(async () => {
    operations = await loadOperations();
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem } });
  });
  after(async () => {
    await api?.close();
  });

  describe('public catalogue', () => {
    it('filter options, then a search paged forwards and backwards', async () => {
      const { providers } = await run('CatalogueFilterOptions');
      const diba = providers.find((provider: any) => provider.slug === 'diba');
      assert.ok(diba.areas.length > 0 && diba.catalogues.length > 0 && diba.programmes.length > 0);

      const filter = { provider: ['diba'] };
      const first = (await run('CatalogueSearch', { filter, first: 3, locale: 'CA', orderBy: { field: 'CODE', direction: 'ASC' } })).resources;
      assert.ok(first.totalCount > 3, `diba has more than one page: ${first.totalCount}`);
      assert.equal(first.edges.length, 3);
      assert.equal(first.pageInfo.hasNextPage, true);
      const second = (await run('CatalogueSearch', { filter, first: 3, after: first.pageInfo.endCursor, orderBy: { field: 'CODE', direction: 'ASC' } })).resources;
      const codes = (page: any) => page.edges.map((edge: any) => edge.node.code);
      assert.ok(codes(second).every((code: string) => code > codes(first).at(-1)), 'the next page follows the first');
      const back = (await run('CatalogueSearch', { filter, last: 3, before: second.pageInfo.startCursor, orderBy: { field: 'CODE', direction: 'ASC' } })).resources;
      assert.deepEqual(codes(back), codes(first), 'paging backwards returns the first page');
      assert.ok(first.edges.every((edge: any) => edge.node.provider.slug === 'diba' && edge.node.status === 'PUBLISHED'));

      const search = (await run('CatalogueSearch', { filter: { search: 'correu electronic', kind: ['MATERIAL'], audience: ['AJUNTAMENT'] }, first: 10 })).resources;
      assert.ok(codes(search).includes('111219'), 'accent-insensitive search finds the e-mail migration fitxa');

      // Facets: each dimension counts the fitxes of the filter without its own selection.
      const technical = (await run('CatalogueSearch', { filter: { provider: ['diba'], kind: ['TECHNICAL'] }, first: 1, locale: 'ES' })).resources;
      const kinds = Object.fromEntries(technical.facets.kind.map((facet: any) => [facet.value, facet.count]));
      assert.equal(kinds.TECHNICAL, technical.totalCount);
      assert.equal(Object.values(kinds).reduce((sum: number, count: any) => sum + count, 0), first.totalCount, 'the kind facet ignores the kind selection');
      assert.ok(technical.facets.kind.every((facet: any) => facet.label && facet.label !== facet.value), 'labels, not codes');
      assert.deepEqual(technical.facets.provider.map((facet: any) => [facet.value, facet.count]).filter(([value]: [string]) => value === 'diba'),
        [['diba', technical.totalCount]]);
      const area = technical.facets.area.find((facet: any) => facet.count > 0);
      assert.match(area.value, /^diba:/, 'areas are qualified by provider');
      const inArea = (await run('CatalogueSearch', { filter: { provider: ['diba'], kind: ['TECHNICAL'], area: [area.value] }, first: 1 })).resources;
      assert.equal(inArea.totalCount, area.count, 'a facet value put back in the filter gives its count');
      for (const dimension of ['audience', 'programme', 'catalogue', 'sdg']) assert.ok(technical.facets[dimension].length > 0, dimension);
    });

    it('the fitxa page of 111219, in Catalan and in Spanish', async () => {
      const { resource } = await run('Fitxa', { provider: 'diba', code: '111219', locale: 'CA' });
      assert.equal(resource.title, 'Migració del servei de correu electrònic');
      assert.equal(resource.locale, 'CA');
      assert.equal(resource.kind, 'MATERIAL');
      assert.ok(resource.providerUnit.contactPoint.email, 'the unit has a contact');
      assert.ok(resource.requirements.length > 0 && resource.documents.length > 0 && resource.qualityCommitments.length > 0);
      assert.ok(resource.downloadUrl.length > 0);
      assert.ok(resource.documents.every((document: any) => document.downloadUrl.length > 0));
      const spanish = (await run('Fitxa', { provider: 'diba', code: '111219', locale: 'ES' })).resource;
      assert.ok(spanish.availableLocales.includes('ES'));
      assert.equal(spanish.locale, 'ES');
      assert.notEqual(spanish.title, resource.title);
      // The labels a screen shows come from the API, in the language served.
      assert.deepEqual([resource.kindLabel, spanish.kindLabel], ['Recurs material', 'Recurso material']);
      assert.ok(resource.audienceLabels.includes('Ajuntaments') && spanish.audienceLabels.includes('Ayuntamientos'));
      assert.deepEqual(spanish.sdgGoals.map((goal: any) => goal.number), spanish.sdgs);
      assert.ok(spanish.sdgGoals.every((goal: any, index: number) => goal.name && goal.name !== resource.sdgGoals[index].name), 'goal names translated');
      assert.ok(spanish.requirements.every((requirement: any, index: number) => requirement.verificationLabel && requirement.verificationLabel !== resource.requirements[index].verificationLabel));
      assert.ok(spanish.resolutionTerm.unitLabel && spanish.documents.every((document: any) => document.kindLabel));
      assert.equal((await run('Fitxa', { provider: 'diba', code: 'no-such-code' })).resource, null);

      // "Descarrega" and the JSON-LD are plain links a browser follows.
      const local = (url: string) => { const parsed = new URL(url); return `${api.url}${parsed.pathname}${parsed.search}`; };
      const pdf = await fetch(local(spanish.downloadUrl));
      assert.equal(pdf.status, 200);
      assert.match(pdf.headers.get('content-type') ?? '', /^application\/pdf/);
      assert.ok(oneLine(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).includes(spanish.title), 'the PDF is the fitxa in the language served');
      const jsonLd = await fetch(local(resource.jsonLdUrl));
      assert.equal(jsonLd.status, 200);
      assert.ok('@context' in (await jsonLd.json() as object), 'JSON-LD');
    });

    it('a person keeps a fitxa in the folder and takes it out', async () => {
      const maria = await api.as(MARIA);
      const { resource } = await run('Fitxa', { provider: 'diba', code: '111219' });
      assert.equal((await run('Fitxa', { provider: 'diba', code: '111219' }, maria)).resource.viewerHasInFolder, false);
      noErrors((await run('AddToFolder', { input: { resourceId: resource.id } }, maria)).addToFolder, 'add');
      assert.equal((await run('Fitxa', { provider: 'diba', code: '111219' }, maria)).resource.viewerHasInFolder, true);
      const cards = (await run('CatalogueSearch', { filter: { search: 'correu electronic' }, first: 10 }, maria)).resources.edges;
      assert.equal(cards.find((edge: any) => edge.node.code === '111219').node.viewerHasInFolder, true, 'the result card shows it too');
      const kept = (await run('MyFolder', { first: 10 }, maria)).viewer.folder;
      assert.deepEqual(kept.nodes.map((item: any) => item.code), ['111219']);
      assert.equal(kept.totalCount, 1);
      noErrors((await run('RemoveFromFolder', { input: { resourceId: resource.id } }, maria)).removeFromFolder, 'remove');
      assert.equal((await run('MyFolder', { first: 10 }, maria)).viewer.folder.totalCount, 0);
      const unknown = (await run('AddToFolder', { input: { resourceId: toGlobalId('Resource', '00000000-0000-0000-0000-000000000000') } }, maria)).addToFolder;
      assert.deepEqual(unknown.userErrors.map((error: any) => [error.code, error.field]), [['NOT_FOUND', ['input', 'resourceId']]]);
    });
  });

  describe('applicant wizard', () => {
    it("Lleida's representative applies for the encàrrec de gestió, signs and submits; the reviewer opens it", async () => {
      const maria = await api.as({ ...MARIA, represents: LLEIDA });
      const { viewer } = await run('MyEntities', {}, maria);
      const entity = viewer.entities.find((item: any) => item.nif === LLEIDA.nif);
      assert.ok(entity, 'the represented entity is offered');
      const { resource } = await run('WizardResource', { provider: 'diputacio-lleida', code: 'NNTT-EG', locale: 'CA' });
      assert.equal(resource.openForApplications, true);
      const fitxa = (await run('Fitxa', { provider: 'diputacio-lleida', code: 'NNTT-EG' }, maria)).resource;
      assert.deepEqual(fitxa.viewerEligibility.map((item: any) => [item.localEntity.id, item.mayApply, item.reasons]), [[entity.id, true, []]], 'the button says it may apply');
      const elsewhere = (await run('Fitxa', { provider: 'diba', code: '120903' }, maria)).resource.viewerEligibility;
      assert.deepEqual(elsewhere.map((item: any) => item.mayApply), [false], 'a Lleida ajuntament may not apply for a Barcelona fund');
      assert.ok(elsewhere[0].reasons.length > 0);

      const started = (await run('StartApplication', { input: { resourceId: resource.id, localEntityId: entity.id } }, maria)).startApplication;
      noErrors(started, 'start');
      const applicationId = started.application.id;
      assert.equal(started.application.status, 'DRAFT');
      noErrors((await run('UpdateApplicantDetails', { input: {
        applicationId, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat', phone: '973 700 300',
      } }, maria)).updateApplicantDetails, 'details');
      const services = resource.serviceOptions.map((option: any) => option.code);
      const selected = (await run('SelectServices', { input: { applicationId, serviceCodes: services } }, maria)).selectServices;
      assert.deepEqual([selected.userErrors, selected.warnings], [[], []]);
      noErrors((await run('SetAgreementDate', { input: { applicationId, date: '2026-11-05' } }, maria)).setAgreementDate, 'agreement date');
      const documents = resource.documents.filter((document: any) => document.mustAccept).map((document: any) => ({ documentId: document.id, sha256: document.sha256 }));
      const accepted = (await run('AcceptConditions', { input: { applicationId, documents } }, maria)).acceptConditions;
      noErrors(accepted, 'accept');
      assert.deepEqual(accepted.application.missingSteps, []);
      assert.deepEqual((await run('WizardDraft', { id: applicationId }, maria)).application.selectedServices.length, services.length);

      const { signingPayload } = (await run('SigningPayload', { id: applicationId }, maria)).application;
      const signature = await pki.sign(signingPayload.canonicalJson, await pki.signer({ ...MARIA, represents: LLEIDA }));
      const submitted = (await run('SubmitApplication', { input: { applicationId, signature, idempotencyKey: 'operations-lleida-0001' } }, maria)).submitApplication;
      noErrors(submitted, 'submit');
      assert.equal(submitted.receipt.contentSha256, signingPayload.sha256);
      assert.equal(submitted.application.status, 'SUBMITTED');

      const reviewed = (await run('ReviewApplication', { id: applicationId }, await api.as(LLEIDA_REVIEWER))).application;
      assert.equal(reviewed.registryNumber, submitted.receipt.registryNumber);
      assert.equal(reviewed.deadlineState, 'ON_TIME');
      assert.equal(reviewed.applicant.position, 'Alcaldessa');

      const mine = (await run('MyApplications', { filter: { status: ['SUBMITTED'] }, first: 10 }, maria)).viewer.applications;
      assert.ok(mine.nodes.some((item: any) => item.id === applicationId && item.registryNumber === submitted.receipt.registryNumber));
      const queue = (await run('ReviewQueue', { filter: { provider: ['diputacio-lleida'], status: ['SUBMITTED'], deadlineState: ['ON_TIME'] }, first: 10 }, await api.as(LLEIDA_REVIEWER))).applications;
      assert.ok(queue.edges.some((edge: any) => edge.node.id === applicationId && edge.node.deadlineState === 'ON_TIME'));

      const page = (await run('EntityApplications', { id: entity.id, first: 10 }, maria)).node;
      assert.equal(page.__typename, 'LocalEntity');
      assert.ok(page.applications.nodes.some((item: any) => item.id === applicationId && item.status === 'SUBMITTED'));
      assert.deepEqual((await run('ApplicationNode', { id: applicationId }, await api.as(LLEIDA_REVIEWER))).node,
        { __typename: 'Application', id: applicationId, status: 'SUBMITTED', version: submitted.application.version, registryNumber: submitted.receipt.registryNumber });
      assert.equal((await run('ApplicationNode', { id: applicationId }, await api.as({ nif: '99999999R', name: 'Ningú' }))).node, null, 'invisible to anyone else');

      // Granted (resolving is no front-end operation here), the entity answers the survey once; the provider reads it.
      const granted = await api.graphql('mutation($input: ResolveApplicationInput!) { resolveApplication(input: $input) { userErrors { code } } }',
        { input: { applicationId, decision: 'GRANT', reasons: 'Es compleixen els requisits.', competentBody: 'Presidència' } }, await api.as(LLEIDA_REVIEWER));
      assert.deepEqual(granted.body.data.resolveApplication.userErrors, []);
      const survey = (await run('ApplicationSurvey', { id: applicationId, locale: 'ES' }, maria)).application;
      assert.equal(survey.surveyAvailable, true);
      assert.equal(survey.surveyResponse, null);
      assert.ok(survey.survey.some((question: any) => question.kind === 'FREE_TEXT' && question.kindLabel === 'Texto libre'));
      const answers = survey.survey.map((question: any) => (question.kind === 'RATING' ? { questionCode: question.code, rating: 8 } : { questionCode: question.code, text: 'Cap.' }));
      const answered = (await run('SubmitSurveyResponse', { input: { applicationId, answers } }, maria)).submitSurveyResponse;
      noErrors(answered, 'survey');
      assert.equal(answered.application.surveyAvailable, false);
      assert.equal(answered.surveyResponse.answers.length, survey.survey.length);
      const today = api.clock.now().toISOString().slice(0, 10);
      const responses = (await run('SurveyResponses', { provider: 'diputacio-lleida', code: 'NNTT-EG', from: today, to: today, first: 10 }, await api.as(LLEIDA_REVIEWER))).resource;
      assert.deepEqual(responses.surveyResponses.nodes.map((node: any) => node.applicationId), [applicationId]);
      assert.equal((await run('SurveyResponses', { provider: 'diputacio-lleida', code: 'NNTT-EG', first: 10 }, maria)).resource.surveyResponses, null, 'not for the applicant');
    });

    it('a Barcelona ajuntament designates interlocutors, attaches files for 111219, then withdraws the draft', async () => {
      api.clock.set('2023-03-15T09:30:00Z');
      try {
        const jordi = await api.as({ ...JORDI, represents: BARCELONA });
        const entity = (await run('MyEntities', {}, jordi)).viewer.entities.find((item: any) => item.nif === BARCELONA.nif);
        const { resource } = await run('WizardResource', { provider: 'diba', code: '111219' });
        const reviewer = await api.as(DIBA_REVIEWER);
        for (const requirement of resource.requirements.filter((item: any) => item.verification === 'STAFF_RECORD')) {
          const recorded = (await run('RecordRequirementFulfilment', { input: {
            localEntityId: entity.id, requirementId: requirement.id, date: '2023-02-20', note: 'Reunió amb el SAMSE',
          } }, reviewer)).recordRequirementFulfilment;
          noErrors(recorded, requirement.code);
          assert.equal(recorded.fulfilment.requirementCode, requirement.code);
        }
        const started = (await run('StartApplication', { input: { resourceId: resource.id, localEntityId: entity.id } }, jordi)).startApplication;
        noErrors(started, 'start');
        const applicationId = started.application.id;
        const designated = (await run('DesignateInterlocutors', { input: { applicationId, interlocutors: [
          { roleCode: 'technical', name: 'Anna Serra', nif: '11111111H', email: 'aserra@bcn.cat', phone: '932 000 000' },
          { roleCode: 'organizational', name: 'Pere Soler', nif: '22222222J', email: 'psoler@bcn.cat' },
        ] } }, jordi)).designateInterlocutors;
        noErrors(designated, 'interlocutors');
        assert.deepEqual(designated.application.interlocutors.map((person: any) => person.roleCode).sort(), ['organizational', 'technical']);
        for (const document of resource.documents.filter((item: any) => item.mustAttach)) {
          const form = new FormData();
          form.append('file', new Blob([Buffer.concat([samplePdf(), Buffer.from(`% ${document.code}\n`)])], { type: 'application/pdf' }), `${document.code}.pdf`);
          const upload = await fetch(`${api.url}/files`, { method: 'POST', headers: jordi, body: form });
          assert.equal(upload.status, 201);
          const { id: fileId } = await upload.json() as { id: string };
          noErrors((await run('AttachFile', { input: { applicationId, documentCode: document.code, fileId } }, jordi)).attachFile, document.code);
        }
        const draft = (await run('WizardDraft', { id: applicationId }, jordi)).application;
        assert.deepEqual(draft.attachments.map((attachment: any) => attachment.documentCode).sort(), ['conditions', 'interlocutors-form']);
        // "Descarrega" on an attachment is a plain link: no Authorization header.
        const link = new URL(draft.attachments[0].downloadUrl);
        const download = await fetch(`${api.url}${link.pathname}${link.search}`);
        assert.equal(download.status, 200);
        assert.equal(createHash('sha256').update(Buffer.from(await download.arrayBuffer())).digest('hex'), draft.attachments[0].sha256);

        const withdrawn = (await run('WithdrawApplication', { input: { applicationId } }, jordi)).withdrawApplication;
        noErrors(withdrawn, 'withdraw');
        assert.equal(withdrawn.application.status, 'WITHDRAWN');
      } finally {
        api.clock.set('2026-11-23T10:00:00Z');
      }
    });

    it('declarations for the comerç local fund', async () => {
      const jordi = await api.as({ ...JORDI, represents: BARCELONA });
      const entity = (await run('MyEntities', {}, jordi)).viewer.entities.find((item: any) => item.nif === BARCELONA.nif);
      const { resource } = await run('WizardResource', { provider: 'diba', code: '120903', locale: 'CA' });
      const started = (await run('StartApplication', { input: { resourceId: resource.id, localEntityId: entity.id } }, jordi)).startApplication;
      noErrors(started, 'start');
      const declarations = resource.requirements.filter((item: any) => item.verification === 'DECLARATION').map((item: any) => item.code);
      assert.equal(declarations.length, 1);
      const declared = (await run('MakeDeclarations', { input: { applicationId: started.application.id, requirementCodes: declarations } }, jordi)).makeDeclarations;
      noErrors(declared, 'declarations');
      assert.deepEqual(declared.application.declaredRequirements, declarations);
      assert.ok(!declared.application.missingSteps.some((step: any) => step.step === 'DECLARATIONS'));
    });
  });

  describe('back office', () => {
    it('an editor creates a fitxa, saves it from the form, sees the revisions, restores one and publishes', async () => {
      const editor = await api.as(DIBA_EDITOR);
      const ca = (text: string) => [{ locale: 'CA', text }];
      const content = (title: string) => ({
        kind: 'TECHNICAL', audience: ['AJUNTAMENT'], sdgs: [9], unitCode: 'dstsc', resolutionTerm: { amount: 3, unit: 'MONTHS' },
        translations: [
          { locale: 'CA', title, summary: 'Resum de la fitxa', description: 'Descripció de la fitxa' },
          { locale: 'ES', title: 'Apoyo de prueba', summary: 'Resumen', description: 'Descripción' },
        ],
        requirements: [{ text: ca('Ser ajuntament'), verification: 'ELIGIBILITY' }],
      });
      const created = (await run('CreateResource', { input: { provider: 'diba', code: 'OPS-1', content: content('Suport de prova') } }, editor)).createResource;
      noErrors(created, 'create');
      assert.equal(created.resource.status, 'DRAFT');
      const drafts = { filter: { provider: ['diba'], status: ['DRAFT'] }, first: 50 };
      const listed = (await run('EditorResources', drafts, editor)).resources;
      assert.ok(listed.nodes.some((item: any) => item.code === 'OPS-1' && item.status === 'DRAFT'), 'the editor lists the draft');
      assert.ok(listed.nodes.every((item: any) => item.status === 'DRAFT'));
      assert.equal((await run('EditorResources', drafts)).resources.totalCount, 0, 'nobody else sees drafts, and asking is no error');

      // The form loads the draft in the shape of its input, once, and saves it back.
      const form = (await run('ResourceForm', { provider: 'diba', code: 'OPS-1' }, editor)).resource;
      assert.deepEqual(form.content.translations.map((translation: any) => [translation.locale, translation.title]),
        [['CA', 'Suport de prova'], ['ES', 'Apoyo de prueba']]);
      const edited = { ...form.content, translations: form.content.translations.map((translation: any) =>
        (translation.locale === 'CA' ? { ...translation, title: 'Suport de prova revisat' } : translation)) };
      const saved = (await run('SaveResource', { input: { resourceId: form.id, expectedVersion: form.version, content: edited } }, editor)).updateResource;
      noErrors(saved, 'save');
      assert.equal(saved.resource.version, form.version + 1);
      assert.deepEqual((await run('ResourceForm', { provider: 'diba', code: 'OPS-1' }, editor)).resource.content, edited, 'what was saved reads back the same');

      const check = (await run('PublicationCheck', { provider: 'diba', code: 'OPS-1' }, editor)).resource.publicationCheck;
      assert.equal(check.publishable, true);
      assert.deepEqual(check.errors, []);
      assert.deepEqual(check.warnings.map((warning: any) => warning.field.at(-1)).sort(), ['EN', 'OC'], 'missing translations are warnings');

      const history = (await run('ResourceRevisions', { provider: 'diba', code: 'OPS-1' }, editor)).resource;
      assert.equal(history.revisions.totalCount, 2);
      const oldest = history.revisions.nodes.at(-1);
      const restored = (await run('RestoreResourceRevision', { input: { resourceId: history.id, revisionId: oldest.id, expectedVersion: history.version } }, editor)).restoreResourceRevision;
      noErrors(restored, 'restore');
      assert.equal(restored.resource.title, 'Suport de prova');

      const published = (await run('PublishResource', { input: { resourceId: history.id, expectedVersion: restored.resource.version } }, editor)).publishResource;
      noErrors(published, 'publish');
      assert.equal(published.resource.status, 'PUBLISHED');
      assert.equal((await run('Fitxa', { provider: 'diba', code: 'OPS-1' })).resource.title, 'Suport de prova');
    });
  });

  it('every operation in test/operations ran above', () => {
    const missing = [...operations.keys()].filter((name) => !ran.has(name));
    assert.deepEqual(missing, [], 'each operation needs a run here with realistic variables');
  });
});
