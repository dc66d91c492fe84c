import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromGlobalId } from '../../src/graphql/global-id';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

const CORRECTION_FIELDS = `id items { text requirementCode documentCode } termDays requestedAt termLastDay answeredAt suspendedDays
  notification { id status accessedAt }`;
const HISTORY_FIELDS = 'dueDateHistory { kind kindLabel previous next reason reasonLabel suspendedDays at }';

describe('requests for corrections: notified, suspending the maximum term, answered with a signature', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;
  let reviewer: Record<string, string>;
  let resourceId: string;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' }, now: '2026-11-23T10:00:00Z' });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    reviewer = await api.as({ nif: '11111111H', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] });
    resourceId = await publishResource();
  });
  after(async () => {
    await api?.close();
  });

  /**
   * A Lleida fitxa open all year, with a maximum term of 3 months, the 55-business-day target of
   * the Xarxa de Governs Locals' commitments and one requirement, so both due dates move.
   */
  async function publishResource(): Promise<string> {
    const editor = await api.as({ nif: '22222222J', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] });
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diputacio-lleida' limit 1`);
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: {
        provider: 'diputacio-lleida', code: 'ESMENES-1', content: {
          kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 3, unit: 'MONTHS' },
          translations: [{ locale: 'CA', title: 'Recurs amb esmenes', summary: 'Resum', description: 'Descripció' }],
          requirements: [{ code: 'certificat', text: [{ locale: 'CA', text: 'Certificat digital' }], verification: 'DIGITAL_CERTIFICATE' }],
          qualityCommitments: [{
            indicator: 'DECISION_WITHIN_TERM', text: [{ locale: 'CA', text: 'Resoldre en 55 dies hàbils' }], threshold: 55, thresholdUnit: 'BUSINESS_DAYS', targetPercent: 50,
          }],
        },
      },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const id = created.body.data.createResource.resource.id;
    const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId: id } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    return id;
  }

  /** Maria applies for the entity and submits, at the clock's instant. */
  async function submittedApplication(key: string): Promise<string> {
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    const payload = (await client.application(id, maria)).signingPayload.canonicalJson;
    const submitted = await client.submit({ applicationId: id, signature: await pki.sign(payload, await pki.signer({ ...MARIA, represents: LLEIDA })), idempotencyKey: key }, maria);
    assert.deepEqual(submitted.userErrors, []);
    return id;
  }

  async function requestCorrections(input: Record<string, unknown>, headers: Record<string, string>) {
    const { body } = await api.graphql(`mutation($input: RequestCorrectionsInput!) { requestCorrections(input: $input) {
      application { id status } correctionRequest { ${CORRECTION_FIELDS} } userErrors { code field } } }`, { input }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.requestCorrections;
  }

  async function read(id: string, headers: Record<string, string>) {
    const { body } = await api.graphql(`query($id: ID!) { application(id: $id) { id status resolutionDueDate targetDueDate
      correctionRequests { ${CORRECTION_FIELDS} } ${HISTORY_FIELDS} } }`, { id }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.application;
  }

  /** Everything requesting corrections may write. */
  async function written() {
    const [row] = await client.sql(`select (select count(*) from correction_request)::int as requests, (select count(*) from notification)::int as notifications,
      (select count(*) from outbox_event)::int as outbox, (select count(*) from application_event)::int as events,
      (select count(*) from application_due_date_change)::int as due_date_changes, (select coalesce(sum(version), 0) from application)::int as versions`);
    return row;
  }

  it('the submission writes the first due dates into the history', async () => {
    const id = await submittedApplication('corrections-history-0001');
    const application = await read(id, maria);
    assert.equal(application.resolutionDueDate, '2027-02-23');
    assert.ok(application.targetDueDate > '2026-12-31' && application.targetDueDate < application.resolutionDueDate, application.targetDueDate);
    assert.deepEqual(application.dueDateHistory, [
      { kind: 'RESOLUTION', kindLabel: 'Data màxima de resolució', previous: null, next: '2027-02-23', reason: 'SUBMITTED', reasonLabel: 'Presentació de la sol·licitud', suspendedDays: null, at: '2026-11-23T10:00:00.000Z' },
      { kind: 'TARGET', kindLabel: 'Data objectiu', previous: null, next: application.targetDueDate, reason: 'SUBMITTED', reasonLabel: 'Presentació de la sol·licitud', suspendedDays: null, at: '2026-11-23T10:00:00.000Z' },
    ]);
  });

  it("only the provider's reviewers ask, from SUBMITTED, with valid items and term; refusals write nothing", async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('corrections-refusals-0001');
    const items = [{ text: 'Cal aportar el certificat de la secretaria.', requirementCode: 'certificat' }];
    const before = await written();
    const refusals: [Record<string, unknown>, Record<string, string>, [string, string[]][]][] = [
      [{ applicationId: id, items }, maria, [['FORBIDDEN', ['input', 'applicationId']]]],
      [{ applicationId: id, items }, await api.as({ nif: '33333333P', roles: ['reviewer:diba', 'admin:diba'] }), [['NOT_FOUND', ['input', 'applicationId']]]],
      // Editors do not read applications at all: as if it did not exist.
      [{ applicationId: id, items }, await api.as({ nif: '33333333P', roles: ['editor:diputacio-lleida'] }), [['NOT_FOUND', ['input', 'applicationId']]]],
      [{ applicationId: id, items: [{ text: 'x', requirementCode: 'no-existeix', documentCode: 'tampoc' }], termDays: 31 }, reviewer, [
        ['OUT_OF_RANGE', ['input', 'termDays']], ['UNKNOWN_REQUIREMENT', ['input', 'items', '0', 'requirementCode']], ['UNKNOWN_DOCUMENT', ['input', 'items', '0', 'documentCode']],
      ]],
      [{ applicationId: id, items: [] }, reviewer, [['REQUIRED', ['input', 'items']]]],
    ];
    for (const [input, headers, expected] of refusals) {
      const result = await requestCorrections(input, headers);
      assert.deepEqual(result.userErrors.map((e: any) => [e.code, e.field]), expected);
      assert.equal(result.correctionRequest, null);
    }
    assert.deepEqual(await written(), before, 'nothing written');

    const made = await requestCorrections({ applicationId: id, items: [...items, { text: '  Signeu el formulari.  ' }] }, reviewer);
    assert.deepEqual(made.userErrors, []);
    assert.equal(made.application.status, 'CORRECTIONS_REQUESTED');
    assert.deepEqual(made.correctionRequest.items, [
      { text: 'Cal aportar el certificat de la secretaria.', requirementCode: 'certificat', documentCode: null },
      { text: 'Signeu el formulari.', requirementCode: null, documentCode: null },
    ]);
    assert.equal(made.correctionRequest.termDays, 10);
    assert.equal(made.correctionRequest.termLastDay, null, 'the term runs once the notification takes effect');
    assert.equal(made.correctionRequest.notification.status, 'AVAILABLE');
    const [event] = await client.sql(`select type, from_status, to_status from application_event where application_id = ? and type = 'correctionsRequested'`, [fromGlobalId(id)!.id]);
    assert.deepEqual(event, { type: 'correctionsRequested', from_status: 'SUBMITTED', to_status: 'CORRECTIONS_REQUESTED' });
    const topics = await client.sql(`select topic from outbox_event where payload->>'application' = ? order by id`, [id]);
    assert.ok(topics.some((t: any) => t.topic === 'application.correctionsRequested') && topics.some((t: any) => t.topic === 'notification.madeAvailable'), JSON.stringify(topics));

    const twice = await requestCorrections({ applicationId: id, items }, reviewer);
    assert.deepEqual(twice.userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
  });

  it('the term to answer runs from the access, in business days with the holidays', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('corrections-term-0001');
    const made = await requestCorrections({ applicationId: id, items: [{ text: 'Falta la signatura.' }] }, reviewer);
    api.clock.set('2026-11-24T09:00:00Z');
    const { body } = await api.graphql('mutation($input: OpenNotificationInput!) { openNotification(input: $input) { userErrors { code } } }',
      { input: { notificationId: made.correctionRequest.notification.id } }, maria);
    assert.deepEqual(body.data.openNotification.userErrors, []);
    const [request] = (await read(id, reviewer)).correctionRequests;
    // Ten business days from Tuesday 24 November 2026; 8 December (la Immaculada) is not one.
    assert.equal(request.termLastDay, '2026-12-09');
    assert.equal(request.notification.status, 'ACCESSED');
  });
});
