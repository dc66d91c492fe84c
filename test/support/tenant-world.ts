import assert from 'node:assert/strict';
import { ApplicationEntity } from '../../src/applications/application.entity';
import { withoutTenantFilter } from '../../src/database/tenant-filter';
import { StoredFileEntity } from '../../src/files/stored-file.entity';
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id';
import { NotificationAct } from '../../src/notifications/notification-act';
import { makeNotificationAvailable } from '../../src/notifications/notification.service';
import { APPLICATION_POPULATE } from '../../src/applications/application-access';
import { HearingPurpose } from '../../src/applications/hearing-purpose';
import { openHearingFor } from '../../src/applications/hearing.service';
import { ResolutionKind } from '../../src/applications/resolution-kind';
import { issueResolution, issueSealedCopies } from '../../src/applications/resolution.service';
import { applicationClient } from './application-client';
import { requestContextFor } from './request-context';
import { samplePdf } from './file-samples';
import { TestPki } from './test-pki';
import { TestService } from './test-service';

export const PEOPLE = { maria: '12345678Z', jordi: '87654321X', anna: '11111111H', pere: '22222222J' };
export const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };

/** Everything the other provider ("B", Diputació de Lleida) owns after the world is built, by global ID. */
export interface TenantWorld {
  /** Provider B's slug. */
  provider: string;
  /** A draft fitxa of B, with a revision, a scheduled publication and an unpublished condition document. */
  draftId: string;
  draftDocumentId: string;
  /** A fitxa of B published from a draft, then edited again (its working copy differs), with a scheduled unpublication. */
  publishedId: string;
  /** B's procedure NNTT-EG and a draft and a submitted application for it. */
  procedureId: string;
  draftApplicationId: string;
  submittedApplicationId: string;
  /** A notification with a document, made available on the submitted application (as B's acts will). */
  notificationId: string;
  /** A file attached to the draft application, and a condition document version of the procedure. */
  attachedFileId: string;
  conditionDocumentId: string;
  /** An authorization given by Lleida's representative; a requirement of B's procedure. */
  authorizationId: string;
  requirementId: string;
  localEntityId: string;
  /** The survey response Lleida's representative gave on the submitted (and granted) application. */
  surveyResponseId: string;
  /** B's webhook subscription (to every topic) and a delivery of it. */
  webhookSubscriptionId: string;
  webhookDeliveryId: string;
  /** Headers of B's own people. */
  staff: Record<string, string>;
  applicant: Record<string, string>;
}

/**
 * Builds, through real GraphQL requests, a row of every kind that provider B owns: fitxes and
 * their parts, revisions, audit entries and a schedule; applications with events, acceptances,
 * attachments and a registry entry; staff facts, an authorization and a folder item. The isolation
 * tests then prove that provider A's people reach none of it.
 */
export async function buildTenantWorld(api: TestService, pki: TestPki): Promise<TenantWorld> {
  const client = applicationClient(api);
  const provider = 'diputacio-lleida';
  const staff = await api.as({ nif: PEOPLE.anna, name: 'Anna Lleida', roles: [`editor:${provider}`, `reviewer:${provider}`, `admin:${provider}`] });
  const applicant = await api.as({ nif: PEOPLE.maria, name: 'Maria Puig Soler', represents: LLEIDA });
  const gql = async (query: string, input: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await api.graphql(query, { input }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    const payload = Object.values(response.body.data as Record<string, any>)[0];
    assert.deepEqual(payload.userErrors ?? [], [], query);
    return payload;
  };

  // Subscribed first, so every event below is a delivery of B's (never sent: no runner in these tests).
  const webhookSubscriptionId = (await gql('mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } userErrors { code } } }',
    { provider, url: 'https://hooks.example.org/lleida', topics: ['*'], description: 'Back office de Lleida' }, staff)).subscription.id as string;

  const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = ? limit 1`, [provider]);
  const content = (title: string) => ({
    kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 1, unit: 'MONTHS' },
    translations: [{ locale: 'CA', title, summary: 'Resum', description: 'Descripció' }],
  });
  const create = async (code: string, extra: Record<string, unknown> = {}) => (await gql(
    'mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id documents { id } } userErrors { code } } }',
    { provider, code, content: { ...content(`Recurs ${code}`), ...extra } }, staff)).resource as { id: string; documents: { id: string }[] };
  const draftFileId = await client.upload(staff, Buffer.from('%PDF-1.4\n% esborrany\n%%EOF\n'), 'esborrany.pdf');
  const draft = await create('ISOLATION-DRAFT', {
    documents: [{ code: 'conditions', kind: 'CONDITIONS_OF_ACCESS', title: [{ locale: 'CA', text: 'Condicions' }], mustAccept: true, fileId: draftFileId }],
  });
  const draftId = draft.id;
  const draftDocumentId = draft.documents[0].id;
  await gql('mutation($input: ScheduleResourcePublicationInput!) { scheduleResourcePublication(input: $input) { userErrors { code } } }',
    { resourceId: draftId, publishAt: '2099-01-01T08:00:00Z' }, staff);
  const publishedId = (await create('ISOLATION-PUBLISHED')).id;
  await gql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { resourceId: publishedId }, staff);
  await gql('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { userErrors { code } } }',
    { resourceId: publishedId, expectedVersion: 2, content: content('Títol que encara no és públic') }, staff);
  await gql('mutation($input: ScheduleResourcePublicationInput!) { scheduleResourcePublication(input: $input) { userErrors { code } } }',
    { resourceId: publishedId, unpublishAt: '2099-01-01T08:00:00Z' }, staff);

  const procedure = await client.resource(provider, 'NNTT-EG');
  const localEntityId = await client.localEntityId(LLEIDA.nif);
  const start = async () => (await client.step('startApplication', { resourceId: procedure.id, localEntityId }, applicant)).application.id as string;
  const draftApplicationId = await start();
  const submittedApplicationId = await start();
  const id = submittedApplicationId;
  await client.step('updateApplicantDetails', { applicationId: id, name: 'Maria Puig Soler', nif: PEOPLE.maria, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, applicant);
  await client.step('selectServices', { applicationId: id, serviceCodes: ['comptabilitat'] }, applicant);
  await client.step('setAgreementDate', { applicationId: id, date: '2026-11-01' }, applicant);
  const conditions = procedure.documents.filter((d: any) => d.mustAccept);
  await client.step('acceptConditions', { applicationId: id, documents: conditions.map((d: any) => ({ documentId: d.id, sha256: d.sha256 })) }, applicant);
  // NNTT-EG asks for no attachment, so the draft gets one through SQL: the isolation tests need a
  // row of every kind, and reading an attachment must not depend on how it was written.
  const attachedFileId = await client.upload(applicant, Buffer.concat([samplePdf(), Buffer.from('% annex\n')]), 'annex.pdf');
  await client.sql(`insert into application_attachment (id, created_at, updated_at, application_id, document_code, file_id, sha256)
    select gen_random_uuid(), now(), now(), ?, 'annex', f.id, f.sha256 from stored_file f where f.id = ?`, [fromGlobalId(draftApplicationId)!.id, fromGlobalId(attachedFileId)!.id]);
  const signing = await client.application(id, applicant);
  const signature = await pki.sign(signing.signingPayload.canonicalJson, await pki.signer({ nif: PEOPLE.maria, name: 'Maria Puig Soler', represents: LLEIDA }));
  const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: 'isolation-world-0001' }, applicant);
  assert.deepEqual(submitted.userErrors, []);
  // A revocation procedure needs a granted application, and granting is not what this world is
  // about: the row is written through SQL (closed, so that it claims nothing about the status).
  await client.sql(`insert into revocation (id, application_id, provider_id, deficiencies, measures, deadline, opened_at, opened_by_nif,
      last_day_to_resolve, lapses_at, closed_at, closed_by_nif, outcome, reasons, competent_body)
    select gen_random_uuid(), a.id, a.provider_id, '["Deficiència"]', '["Mesura"]', '2027-01-15', now(), ?, '2027-03-01', '2027-03-01T23:00:00Z',
      now(), ?, 'CLOSED', 'Motius', 'Presidència' from application a where a.id = ?`, [PEOPLE.anna, PEOPLE.anna, fromGlobalId(id)!.id]);
  // An analysis of a missed quality commitment of B's fitxa, through SQL: missing a commitment takes a quarter of decisions.
  await client.sql(`insert into quality_analysis (id, created_at, updated_at, provider_id, resource_id, indicator, occurrence, period_from, period_to,
      causes, measures, recorded_at, recorded_by_nif)
    select gen_random_uuid(), now(), now(), r.provider_id, r.id, 'DECISION_WITHIN_TERM', 1, '2026-07-01', '2026-09-30', 'Causes', 'Mesures', now(), ?
      from resource r where r.id = ?`, [PEOPLE.anna, fromGlobalId(procedure.id)!.id]);
  // A delay task comes only 3 months after the filing: the row is written through SQL, as the delay job writes it.
  await client.sql(`insert into decision_delay (id, application_id, resource_id, provider_id, breached_at, communication_due_date)
    select gen_random_uuid(), a.id, a.resource_id, a.provider_id, '2027-03-01T23:00:00Z', '2027-03-09' from application a where a.id = ?`, [fromGlobalId(id)!.id]);
  // No act notifies through GraphQL yet: the world makes a notification available as an act will, in its own transaction.
  const notifiedFileId = await client.upload(staff, Buffer.concat([samplePdf(), Buffer.from('% requeriment\n')]), 'requeriment.pdf');
  const notification = await api.service.database.orm.em.fork().transactional(async (em) => makeNotificationAvailable(em, {
    application: await em.findOneOrFail(ApplicationEntity, fromGlobalId(id)!.id, { populate: ['provider'], ...withoutTenantFilter('the world acts as the service itself') }),
    act: NotificationAct.CORRECTIONS_REQUEST, at: api.clock.now(), document: await em.findOneOrFail(StoredFileEntity, fromGlobalId(notifiedFileId)!.id),
  }));
  const notificationId = toGlobalId('Notification', notification.id);
  // A request for corrections (and its own notification) on the submitted application.
  await gql('mutation($input: RequestCorrectionsInput!) { requestCorrections(input: $input) { userErrors { code } } }',
    { applicationId: id, items: [{ text: 'Cal aportar el certificat.' }] }, staff);
  // A hearing, a resolution and its sealed copies on the submitted application, written by the
  // service's own functions in one transaction (whatever the application's status by then).
  const context = await requestContextFor(api, staff, { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem });
  await context.em.transactional(async (em) => {
    const application = await em.findOneOrFail(ApplicationEntity, fromGlobalId(id)!.id, { populate: APPLICATION_POPULATE, ...withoutTenantFilter('the world acts as the service itself') });
    await openHearingFor(context, em, application, { purpose: HearingPurpose.BEFORE_RESOLUTION, reasons: 'Informe tècnic.', at: api.clock.now(), act: NotificationAct.HEARING });
    const resolution = await issueResolution(context, em, application, { kind: ResolutionKind.GRANT, reasons: 'Compleix els requisits.', competentBody: 'Presidència', at: api.clock.now() });
    assert.ok((await issueSealedCopies(context, em, application, resolution, api.clock.now())).length > 0);
  });
  // Granted, so its entity answers the survey of NNTT-EG.
  const surveyResponseId = (await gql('mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { surveyResponse { id } userErrors { code } } }', {
    applicationId: id, answers: [
      { questionCode: 'valoracio-global', rating: 8 }, { questionCode: 'adequacio-necessitats', rating: 9 }, { questionCode: 'temps-resposta-incidencies', rating: 7 },
      { questionCode: 'observacions', text: 'Resposta privada de la Paeria.' },
    ],
  }, applicant)).surveyResponse.id as string;

  // A staff fact recorded by another provider's reviewer (Diputació de Barcelona's fitxa 111219).
  const diba = await client.resource('diba', '111219');
  const staffRecord = diba.requirements.find((r: any) => r.verification === 'STAFF_RECORD');
  await gql('mutation($input: RecordRequirementFulfilmentInput!) { recordRequirementFulfilment(input: $input) { userErrors { code } } }',
    { localEntityId: await client.localEntityId('P0801900B'), requirementId: staffRecord.id, date: '2026-11-02' },
    await api.as({ nif: PEOPLE.jordi, roles: ['reviewer:diba'] }));
  const granted = await gql('mutation($input: GrantEntityAuthorizationInput!) { grantEntityAuthorization(input: $input) { authorization { id } userErrors { code } } }',
    { localEntityId, granteeNif: PEOPLE.pere, granteeName: 'Pere Roca' }, applicant);
  await gql('mutation($input: FolderInput!) { addToFolder(input: $input) { userErrors { code } } }', { resourceId: publishedId }, applicant);

  const [delivery] = await client.sql(`select id from webhook_delivery where subscription_id = ? order by sequence limit 1`, [fromGlobalId(webhookSubscriptionId)!.id]);
  assert.ok(delivery, 'the world\'s events fan out to B\'s subscription');

  return {
    webhookSubscriptionId, webhookDeliveryId: toGlobalId('WebhookDelivery', delivery.id), surveyResponseId,
    provider, draftId, draftDocumentId, publishedId, procedureId: procedure.id, draftApplicationId, submittedApplicationId, notificationId, attachedFileId,
    conditionDocumentId: conditions[0].id, authorizationId: granted.authorization.id, requirementId: procedure.requirements[0].id, localEntityId, staff, applicant,
  };
}
