import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fromGlobalId } from '../../src/graphql/global-id';
import { x509 } from '../../src/signature/x509';
import { checkPades, pdfsig } from '../support/pades-check';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

const CORRECTION_FIELDS = `id items { text requirementCode documentCode } termDays requestedAt termLastDay answeredAt suspendedDays registryNumber answerRegistryNumber
  notification { id status accessedAt document { filename mediaType sha256 downloadUrl } }`;
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
    return client.publishResource('diputacio-lleida', 'ESMENES-1', {
      kind: 'TECHNICAL', audience: ['AJUNTAMENT'], resolutionTerm: { amount: 3, unit: 'MONTHS' },
      translations: [{ locale: 'CA', title: 'Recurs amb esmenes', summary: 'Resum', description: 'Descripció' }],
      requirements: [{ code: 'certificat', text: [{ locale: 'CA', text: 'Certificat digital' }], verification: 'DIGITAL_CERTIFICATE' }],
      qualityCommitments: [{
        indicator: 'DECISION_WITHIN_TERM', text: [{ locale: 'CA', text: 'Resoldre en 55 dies hàbils' }], threshold: 55, thresholdUnit: 'BUSINESS_DAYS', targetPercent: 50,
      }],
    }, editor);
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
      (select count(*) from application_due_date_change)::int as due_date_changes, (select coalesce(sum(version), 0) from application)::int as versions,
      (select count(*) from registry_entry)::int as entries, (select coalesce(sum(last_sequence), 0) from registry_counter)::int as numbers`);
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
    // Registered in the provider's outgoing book, numbered apart from the incoming one.
    assert.match(made.correctionRequest.registryNumber, /^DIPUTACIO-LLEIDA-S-2026-\d{6}$/);
    const [outgoing] = await client.sql(`select direction, subject, signature from registry_entry where number = ?`, [made.correctionRequest.registryNumber]);
    assert.deepEqual(outgoing, { direction: 'OUTGOING', subject: 'CORRECTIONS_REQUEST', signature: null });
    // The notified document is the request as a PDF sealed by the provider, and the entry holds its hash.
    const document = made.correctionRequest.notification.document;
    assert.equal(document.mediaType, 'application/pdf');
    assert.equal(document.filename, `requeriment-esmena-${made.correctionRequest.registryNumber}.pdf`);
    const [entryHash] = await client.sql(`select content_sha256 from registry_entry where number = ?`, [made.correctionRequest.registryNumber]);
    assert.equal(entryHash.content_sha256, document.sha256);
    const link = new URL(document.downloadUrl);
    const pdf = Buffer.from(await (await fetch(`${api.url}${link.pathname}${link.search}`)).arrayBuffer());
    assert.equal(createHash('sha256').update(pdf).digest('hex'), document.sha256);
    // Sealed by the Diputació de Lleida (PAdES), valid and unmodified for pkijs and for poppler's pdfsig.
    const developmentCa = Buffer.from(new x509.X509Certificate(readFileSync(path.join(api.dataDir, 'signature', 'dev-ca.pem'), 'utf8')).rawData);
    // Checked now: the development CA is issued on the real clock, later than this test's fixed one.
    const cms = await checkPades(pdf, developmentCa, new Date());
    assert.equal(cms.problem, undefined);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted], [true, true, true]);
    const report = await pdfsig(pdf);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned, report.signerCommonName], [true, true, 'Diputació de Lleida'], report.output);
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

  it('the term to answer a notice accessed on a Saturday counts the Monday as its first day (art. 30.3, not 31.2.b)', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('corrections-term-0002');
    const made = await requestCorrections({ applicationId: id, items: [{ text: 'Falta la signatura.' }] }, reviewer);
    api.clock.set('2026-11-28T10:00:00Z');
    const { body } = await api.graphql('mutation($input: OpenNotificationInput!) { openNotification(input: $input) { userErrors { code } } }',
      { input: { notificationId: made.correctionRequest.notification.id } }, maria);
    assert.deepEqual(body.data.openNotification.userErrors, []);
    const [request] = (await read(id, reviewer)).correctionRequests;
    // Day 1 is Monday 30 November, 8 December (la Immaculada) is skipped: day 10 is Monday 14
    // December. Treated as a filing (moved to Monday, counted from Tuesday) it would be the 15th.
    assert.equal(request.termLastDay, '2026-12-14');
  });

  /** The bytes to sign for an answer, as Query.signedActContent gives them to the applicant. */
  async function answerContent(applicationId: string, statement: string, attachmentIds: string[], headers: Record<string, string>): Promise<string> {
    const { body } = await api.graphql('query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }',
      { input: { applicationId, subject: 'CORRECTIONS_ANSWER', statement, attachmentIds } }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.signedActContent.canonicalJson;
  }

  async function answer(input: Record<string, unknown>, headers: Record<string, string>) {
    const { body } = await api.graphql(`mutation($input: AnswerCorrectionsInput!) { answerCorrections(input: $input) {
      application { id status resolutionDueDate targetDueDate } correctionRequest { ${CORRECTION_FIELDS} }
      registryEntry { number direction subject signerNif seal } userErrors { code field } } }`, { input }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.answerCorrections;
  }

  async function answerWritten() {
    const [row] = await client.sql(`select (select count(*) from registry_entry)::int as entries, (select count(*) from outbox_event)::int as outbox,
      (select count(*) from application_event)::int as events, (select count(*) from application_due_date_change)::int as due_date_changes,
      (select count(*) from correction_request where answered_at is not null)::int as answered, (select coalesce(sum(version), 0) from application)::int as versions,
      (select coalesce(sum(last_sequence), 0) from registry_counter)::int as numbers`);
    return row;
  }

  it('the entity answers with a CAdES signature after N days: the due dates move by exactly the suspended days', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('corrections-answer-0001');
    const submitted = await read(id, maria);
    const made = await requestCorrections({ applicationId: id, items: [{ text: 'Aporteu el certificat.', requirementCode: 'certificat' }] }, reviewer);
    assert.deepEqual(made.userErrors, []);

    // Tuesday 24 November at 10:00 in Catalonia the representative opens it: the term and the suspension start.
    api.clock.set('2026-11-24T09:00:00Z');
    await api.graphql('mutation($input: OpenNotificationInput!) { openNotification(input: $input) { userErrors { code } } }', { input: { notificationId: made.correctionRequest.notification.id } }, maria);

    // Seven days later (Tuesday 1 December) she answers with a file, signed with CAdES.
    api.clock.set('2026-12-01T10:00:00Z');
    const fileId = await client.upload(maria, Buffer.from('%PDF-1.4\n% certificat\n%%EOF\n'), 'certificat.pdf');
    const statement = "S'aporta el certificat de la secretaria.";
    const content = await answerContent(id, statement, [fileId], maria);
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const signature = await pki.signCades(content, signer);

    // Bad input first: another entity's person, the provider's reviewer, a signature over other content, no statement; nothing written.
    const before = await answerWritten();
    const otherEntity = await api.as({ nif: '87654321X', name: 'Jordi Vidal', represents: { nif: 'P0801900B', name: 'Ajuntament de Barcelona' } });
    const refusals: [Record<string, unknown>, Record<string, string>, string][] = [
      [{ applicationId: id, statement, attachmentIds: [fileId], signature, idempotencyKey: 'answer-other-0001' }, otherEntity, 'NOT_FOUND'],
      [{ applicationId: id, statement, attachmentIds: [fileId], signature, idempotencyKey: 'answer-reviewer-0001' }, reviewer, 'FORBIDDEN'],
      [{ applicationId: id, statement: `${statement} I res més.`, attachmentIds: [fileId], signature, idempotencyKey: 'answer-changed-0001' }, maria, 'PAYLOAD_CHANGED'],
      [{ applicationId: id, statement, attachmentIds: [], signature, idempotencyKey: 'answer-no-file-0001' }, maria, 'PAYLOAD_CHANGED'],
    ];
    for (const [input, headers, code] of refusals) {
      const refused = await answer(input, headers);
      assert.deepEqual(refused.userErrors.map((e: any) => e.code), [code], JSON.stringify(input));
      assert.equal(refused.registryEntry, null);
    }
    assert.deepEqual(await answerWritten(), before, 'refused answers write nothing');

    const answered = await answer({ applicationId: id, statement, attachmentIds: [fileId], signature, idempotencyKey: 'answer-maria-0001' }, maria);
    assert.deepEqual(answered.userErrors, []);
    assert.equal(answered.application.status, 'SUBMITTED');
    assert.deepEqual([answered.registryEntry.direction, answered.registryEntry.subject, answered.registryEntry.signerNif], ['INCOMING', 'CORRECTIONS_ANSWER', MARIA.nif]);
    assert.match(answered.registryEntry.number, /^DIPUTACIO-LLEIDA-E-2026-\d{6}$/);
    assert.ok(answered.registryEntry.seal, 'a sealed justificant');
    assert.equal(answered.correctionRequest.answeredAt, '2026-12-01T10:00:00.000Z');
    assert.equal(answered.correctionRequest.suspendedDays, 7);
    assert.equal(answered.correctionRequest.answerRegistryNumber, answered.registryEntry.number);
    assert.equal(answered.correctionRequest.registryNumber, made.correctionRequest.registryNumber);
    // 23 February 2027 + 7 days = Tuesday 2 March, a business day.
    assert.equal(answered.application.resolutionDueDate, '2027-03-02');
    const after = await read(id, reviewer);
    assert.deepEqual(after.dueDateHistory.slice(2).map((c: any) => [c.kind, c.previous, c.next, c.reason, c.suspendedDays, c.at]), [
      ['RESOLUTION', '2027-02-23', '2027-03-02', 'SUSPENDED_FOR_CORRECTIONS', 7, '2026-12-01T10:00:00.000Z'],
      ['TARGET', submitted.targetDueDate, after.targetDueDate, 'SUSPENDED_FOR_CORRECTIONS', 7, '2026-12-01T10:00:00.000Z'],
    ]);
    assert.equal(after.dueDateHistory[3].reasonLabel, "Suspensió per requeriment d'esmena");
    const moved = new Date(`${submitted.targetDueDate}T00:00:00Z`);
    moved.setUTCDate(moved.getUTCDate() + 7);
    assert.ok(after.targetDueDate >= moved.toISOString().slice(0, 10) && after.targetDueDate <= addDays(moved, 4), `${submitted.targetDueDate} + 7 → ${after.targetDueDate}`);

    // A retry with the same key answers with the same entry and writes nothing; answering twice is out of order.
    const settled = await answerWritten();
    const retry = await answer({ applicationId: id, statement, attachmentIds: [fileId], signature, idempotencyKey: 'answer-maria-0001' }, maria);
    assert.deepEqual(retry.userErrors, []);
    assert.equal(retry.registryEntry.number, answered.registryEntry.number);
    assert.equal(retry.correctionRequest.answerRegistryNumber, answered.registryEntry.number);
    const twice = await answer({ applicationId: id, statement, attachmentIds: [fileId], signature, idempotencyKey: 'answer-maria-0002' }, maria);
    assert.deepEqual(twice.userErrors.map((e: any) => e.code), ['INVALID_STATUS']);
    assert.deepEqual(await answerWritten(), settled);
  });

  it('answering with no request is out of order; a late answer still counts, suspended only until the term ended', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('corrections-late-0001');
    const statement = 'Resposta tardana.';
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const early = await answer({ applicationId: id, statement, signature: await pki.signCades(await answerContent(id, statement, [], maria), signer), idempotencyKey: 'answer-early-0001' }, maria);
    assert.deepEqual(early.userErrors.map((e: any) => e.code), ['INVALID_STATUS']);

    await requestCorrections({ applicationId: id, items: [{ text: 'Falta la signatura.' }] }, reviewer);
    // Never opened: deemed rejected on Thursday 3 December at 11:00; ten business days from then (8 December is a holiday) end on Friday 18 December.
    api.clock.set('2026-12-22T09:00:00Z');
    const late = await answer({ applicationId: id, statement, signature: await pki.sign(await answerContent(id, statement, [], maria), signer), idempotencyKey: 'answer-late-0001' }, maria);
    assert.deepEqual(late.userErrors, []);
    assert.equal(late.correctionRequest.notification.status, 'DEEMED_REJECTED');
    assert.equal(late.correctionRequest.termLastDay, '2026-12-18');
    // Suspended from 3 to 18 December, not until the late answer: 15 days; 23 February 2027 + 15 = Wednesday 10 March.
    assert.equal(late.correctionRequest.suspendedDays, 15);
    assert.equal(late.application.resolutionDueDate, '2027-03-10');
  });
  it('a term that runs out unanswered ends the suspension: the poller moves the due dates once, and a late answer moves nothing more', async () => {
    api.clock.set('2026-11-23T10:00:00Z');
    const id = await submittedApplication('corrections-term-over-0001');
    const submitted = await read(id, reviewer);
    assert.equal(submitted.resolutionDueDate, '2027-02-23');
    await requestCorrections({ applicationId: id, items: [{ text: 'Falta el certificat.' }] }, reviewer);

    // Never opened: deemed rejected on Thursday 3 December at 11:00; ten business days from then end on Friday 18 December.
    // On the term's last day (21:00 in Catalonia) nothing is over yet: the job leaves this application alone
    // (it may end the suspensions of the earlier tests' requests, on the same database).
    api.clock.set('2026-12-18T20:00:00Z');
    await api.service.runNotificationDeadlines();
    await api.service.runCorrectionSuspensions();
    const onLastDay = await read(id, reviewer);
    assert.equal(onLastDay.resolutionDueDate, '2027-02-23');
    assert.equal(onLastDay.dueDateHistory.length, 2);
    assert.equal(onLastDay.correctionRequests[0].suspendedDays, null);

    // Saturday 19 December: the term is over with no answer. The job ends the suspension: 3 to 18 December, 15 days.
    api.clock.set('2026-12-19T09:00:00Z');
    assert.ok(await api.service.runCorrectionSuspensions() >= 1, 'this request (and any earlier test\'s) ended');
    const moved = await read(id, reviewer);
    // 23 February 2027 + 15 = Wednesday 10 March, as if the answer had come on the term's last day.
    assert.equal(moved.resolutionDueDate, '2027-03-10');
    assert.ok(moved.targetDueDate > submitted.targetDueDate, `${submitted.targetDueDate} → ${moved.targetDueDate}`);
    assert.deepEqual(moved.dueDateHistory.slice(2).map((c: any) => [c.kind, c.previous, c.next, c.reason, c.suspendedDays, c.at]), [
      ['RESOLUTION', '2027-02-23', '2027-03-10', 'SUSPENDED_FOR_CORRECTIONS', 15, '2026-12-19T09:00:00.000Z'],
      ['TARGET', submitted.targetDueDate, moved.targetDueDate, 'SUSPENDED_FOR_CORRECTIONS', 15, '2026-12-19T09:00:00.000Z'],
    ]);
    assert.equal(moved.status, 'CORRECTIONS_REQUESTED');
    assert.equal(moved.correctionRequests[0].suspendedDays, 15);
    assert.equal(moved.correctionRequests[0].answeredAt, null);

    // Running the job again, later, moves nothing more (nothing is left to apply anywhere).
    api.clock.set('2026-12-21T09:00:00Z');
    assert.equal(await api.service.runCorrectionSuspensions(), 0);
    const again = await read(id, reviewer);
    assert.deepEqual([again.resolutionDueDate, again.targetDueDate, again.dueDateHistory, again.correctionRequests[0].suspendedDays],
      [moved.resolutionDueDate, moved.targetDueDate, moved.dueDateHistory, 15]);

    // A late answer (art. 73.3) still counts, but the suspension already ended with the term and was applied.
    api.clock.set('2026-12-22T09:00:00Z');
    const statement = 'Resposta tardana, després del termini.';
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const late = await answer({ applicationId: id, statement, signature: await pki.sign(await answerContent(id, statement, [], maria), signer), idempotencyKey: 'answer-term-over-0001' }, maria);
    assert.deepEqual(late.userErrors, []);
    assert.equal(late.application.status, 'SUBMITTED');
    assert.equal(late.correctionRequest.suspendedDays, 15);
    assert.equal(late.application.resolutionDueDate, '2027-03-10');
    const answered = await read(id, reviewer);
    assert.equal(answered.targetDueDate, moved.targetDueDate);
    assert.deepEqual(answered.dueDateHistory, moved.dueDateHistory, 'the late answer writes no due date change');
  });
});
