import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromGlobalId } from '../../src/graphql/global-id';
import { applicationClient } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

type Headers = Record<string, string>;
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const REVIEWER = { nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] };
const COMPETENT_BODY = "Presidència delegada de l'Àrea d'Innovació, Governs Locals i Cohesió Territorial";

/**
 * Fitxa 111219 of the Diputació de Barcelona (shared/seeds/004_*.txt) carried to its end through
 * GraphQL (DESIGN.md "After submission"): an ajuntament of the province applies, is granted, goes
 * through a diagnosis that opens a revocation, alleges with a CAdES signature as AutoFirma makes
 * them, is revoked, and, its place freed, applies again.
 */
describe('the Barcelona procedure (fitxa 111219) to its end: grant, diagnosis, allegations, revocation, a new application', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let jordi: Headers;
  let reviewer: Headers;

  before(async () => {
    pki = await createTestPki();
    // The fitxa's application window is the year 2023.
    api = await startTestService({ now: '2023-03-15T09:30:00Z', env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    jordi = await api.as({ ...JORDI, represents: BARCELONA });
    reviewer = await api.as(REVIEWER);
  });
  after(async () => {
    await api?.close();
  });

  async function mutate(name: string, inputType: string, fields: string, input: Record<string, unknown>, headers: Headers) {
    const response = await api.graphql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} userErrors { code field } } }`, { input }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data[name];
  }
  const counts = async () => (await client.sql(`select (select count(*) from revocation)::int as revocations, (select count(*) from resolution)::int as resolutions,
    (select count(*) from registry_entry)::int as registry, (select count(*) from application_event)::int as events, (select count(*) from outbox_event)::int as outbox,
    (select coalesce(sum(version), 0) from application)::int as versions`))[0];

  /** Jordi, for the Ajuntament de Barcelona, completes and submits an application for 111219, signed with CAdES. */
  async function apply(idempotencyKey: string): Promise<string> {
    const resource = await client.resource('diba', '111219');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(BARCELONA.nif) }, jordi);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: JORDI.name, nif: JORDI.nif, position: 'Secretari', email: 'secretaria@bcn.cat' }, jordi);
    const conditions = resource.documents.find((d: any) => d.code === 'conditions');
    assert.deepEqual((await client.step('acceptConditions', { applicationId: id, documents: [{ documentId: conditions.id, sha256: conditions.sha256 }] }, jordi)).userErrors, []);
    assert.deepEqual((await client.step('designateInterlocutors', { applicationId: id, interlocutors: [
      { roleCode: 'technical', name: 'Anna Serra', nif: '11111111H', email: 'aserra@bcn.cat', phone: '932 000 000' },
      { roleCode: 'organizational', name: 'Pere Soler', nif: '22222222J', email: 'psoler@bcn.cat' },
    ] }, jordi)).userErrors, []);
    for (const documentCode of ['conditions', 'interlocutors-form']) {
      const fileId = await client.upload(jordi, Buffer.concat([samplePdf(), Buffer.from(`% ${documentCode} ${idempotencyKey}\n`)]), `${documentCode}.pdf`);
      assert.deepEqual((await client.step('attachFile', { applicationId: id, documentCode, fileId }, jordi)).userErrors, []);
    }
    const draft = await client.application(id, jordi);
    assert.deepEqual(draft.missingSteps, []);
    const signature = await pki.signCades(draft.signingPayload.canonicalJson, await pki.signer({ ...JORDI, represents: BARCELONA }));
    const submitted = await client.submit({ applicationId: id, signature, idempotencyKey }, jordi);
    assert.deepEqual(submitted.userErrors, []);
    assert.equal(submitted.receipt.signatureFormat, 'CADES');
    return id;
  }

  /** A signed act after the submission (ALLEGATIONS, …): the bytes from signedActContent, signed with CAdES. */
  async function signAct(applicationId: string, subject: string, statement: string): Promise<string> {
    const content = await api.graphql(`query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson } }`,
      { input: { applicationId, subject, statement } }, jordi);
    assert.equal(content.body.errors, undefined, JSON.stringify(content.body.errors));
    return pki.signCades(content.body.data.signedActContent.canonicalJson, await pki.signer({ ...JORDI, represents: BARCELONA }));
  }

  it('applies, is granted, is diagnosed, alleges, is revoked, and applies again', async () => {
    // Staff facts the requirements depend on: the planning meeting and the e-mail service in use.
    const resource = await client.resource('diba', '111219');
    const entityId = await client.localEntityId(BARCELONA.nif);
    for (const code of ['email-service-in-use', 'technical-planning-meeting']) {
      const requirement = resource.requirements.find((r: any) => r.code === code);
      const recorded = await mutate('recordRequirementFulfilment', 'RecordRequirementFulfilmentInput', 'fulfilment { requirementCode }',
        { localEntityId: entityId, requirementId: requirement.id, date: '2023-02-20', note: 'Reunió amb el SAMSE' }, reviewer);
      assert.deepEqual(recorded.userErrors, []);
    }
    const id = await apply('bcn-111219-first');
    const submitted = await client.application(id, reviewer);
    assert.equal(submitted.resolutionDueDate, '2023-06-15');

    // The reviewer asks for corrections; the entity opens the notification a day later and answers a week after that, signed with CAdES.
    api.clock.set('2023-03-20T09:00:00Z');
    const requested = await mutate('requestCorrections', 'RequestCorrectionsInput', 'application { status } correctionRequest { notification { id } }',
      { applicationId: id, items: [{ text: 'Aporteu el formulari de designació signat per la persona interlocutora tècnica.', documentCode: 'interlocutors-form' }] }, reviewer);
    assert.deepEqual([requested.userErrors, requested.application.status], [[], 'CORRECTIONS_REQUESTED']);
    api.clock.set('2023-03-21T09:00:00Z');
    assert.deepEqual((await mutate('openNotification', 'OpenNotificationInput', 'notification { status }',
      { notificationId: requested.correctionRequest.notification.id }, jordi)).userErrors, []);
    api.clock.set('2023-03-28T09:00:00Z');
    const answerStatement = "S'aporta el formulari de designació signat.";
    const answerSignature = await signAct(id, 'CORRECTIONS_ANSWER', answerStatement);
    const answered = await mutate('answerCorrections', 'AnswerCorrectionsInput', 'application { status resolutionDueDate } registryEntry { number subject signatureFormat }',
      { applicationId: id, statement: answerStatement, signature: answerSignature, idempotencyKey: 'bcn-111219-answer' }, jordi);
    assert.deepEqual(answered.userErrors, []);
    assert.deepEqual([answered.application.status, answered.registryEntry.subject, answered.registryEntry.signatureFormat], ['SUBMITTED', 'CORRECTIONS_ANSWER', 'CADES']);
    // Suspended from the access (21 March) to the answer (28 March): 7 days, so 15 June becomes Thursday 22 June.
    assert.equal(answered.application.resolutionDueDate, '2023-06-22');
    const dueDates = await api.graphql(`query($id: ID!) { application(id: $id) { dueDateHistory { kind previous next reason suspendedDays } } }`, { id }, reviewer);
    assert.deepEqual(dueDates.body.data.application.dueDateHistory.filter((c: any) => c.kind === 'RESOLUTION' && c.reason === 'SUSPENDED_FOR_CORRECTIONS')
      .map((c: any) => [c.previous, c.next, c.suspendedDays]), [['2023-06-15', '2023-06-22', 7]]);

    // Granted by resolution.
    api.clock.set('2023-04-03T08:00:00Z');
    const granted = await mutate('resolveApplication', 'ResolveApplicationInput', 'application { status } resolution { kind registryNumber }',
      { applicationId: id, decision: 'GRANT', reasons: "L'ajuntament compleix els requisits de la fitxa.", competentBody: COMPETENT_BODY }, reviewer);
    assert.deepEqual([granted.userErrors, granted.application.status, granted.resolution.kind], [[], 'GRANTED', 'GRANT']);

    // While granted, the place is taken: a second application is refused.
    const early = await client.step('startApplication', { resourceId: resource.id, localEntityId: entityId }, jordi);
    assert.deepEqual(early.userErrors.map((e: any) => e.code), ['APPLICATION_LIMIT_REACHED']);

    // The diagnosis: deficiencies, measures and the day to remedy them open the revocation; the entity is notified.
    api.clock.set('2023-06-01T08:00:00Z');
    const diagnosis = {
      deficiencies: ["No s'han migrat les bústies dels serveis municipals", "No s'ha designat la persona interlocutora tècnica substituta"],
      measures: ['Migrar totes les bústies al nou servei', 'Comunicar la nova persona interlocutora'],
      deadline: '2023-07-14',
    };
    const opened = await mutate('openRevocation', 'OpenRevocationInput', 'application { status } revocation { id lastDayToResolve lapsesAt hearingId }',
      { applicationId: id, ...diagnosis }, reviewer);
    assert.deepEqual(opened.userErrors, []);
    assert.equal(opened.application.status, 'REVOCATION_OPEN');
    // 1 June 2023 + 3 months, date to date: Friday 1 September 2023.
    assert.deepEqual([opened.revocation.lastDayToResolve, opened.revocation.lapsesAt], ['2023-09-01', '2023-09-01T22:00:00.000Z']);
    const noticed = await api.graphql(`query($id: ID!) { application(id: $id) { notifications { id act status } } }`, { id }, jordi);
    const notice = noticed.body.data.application.notifications.find((n: any) => n.act === 'REVOCATION_OPENING');
    assert.ok(notice, JSON.stringify(noticed.body));
    const read = await mutate('openNotification', 'OpenNotificationInput', 'notification { status }', { notificationId: notice.id }, jordi);
    assert.deepEqual([read.userErrors, read.notification.status], [[], 'ACCESSED']);

    // Revoking before the entity was heard is refused, and writes nothing.
    let before = await counts();
    const REVOKE = { applicationId: id, reasons: "L'ens no ha adoptat les mesures en el termini fixat; les al·legacions no les desvirtuen.", competentBody: COMPETENT_BODY };
    const unheard = await mutate('revokeGrant', 'RevokeGrantInput', 'application { status }', REVOKE, reviewer);
    assert.deepEqual(unheard.userErrors, [{ code: 'HEARING_REQUIRED', field: ['input', 'applicationId'] }]);
    assert.deepEqual(await counts(), before);

    // Allegations, signed with CAdES; a signature over another statement is refused.
    api.clock.set('2023-06-08T10:00:00Z');
    const statement = 'La migració de les bústies està contractada i acabarà a la tardor.';
    const signature = await signAct(id, 'ALLEGATIONS', statement);
    const allege = (text: string) => mutate('submitAllegations', 'SubmitAllegationsInput', 'registryNumber',
      { applicationId: id, statement: text, signature, idempotencyKey: 'bcn-111219-allegations' }, jordi);
    assert.deepEqual((await allege(`${statement} O abans.`)).userErrors.map((e: any) => e.code), ['PAYLOAD_CHANGED']);
    const alleged = await allege(statement);
    assert.deepEqual(alleged.userErrors, []);
    assert.match(alleged.registryNumber, /^DIBA-E-2023-/);

    // Another provider's reviewer, and the entity itself, cannot revoke.
    before = await counts();
    const lleidaReviewer = await api.as({ nif: '33333333P', roles: ['reviewer:diputacio-lleida', 'admin:diputacio-lleida'] });
    assert.deepEqual((await mutate('revokeGrant', 'RevokeGrantInput', 'application { status }', REVOKE, lleidaReviewer)).userErrors.map((e: any) => e.code), ['NOT_FOUND']);
    assert.deepEqual((await mutate('revokeGrant', 'RevokeGrantInput', 'application { status }', REVOKE, jordi)).userErrors.map((e: any) => e.code), ['FORBIDDEN']);
    assert.deepEqual(await counts(), before);

    // Revoked by resolution: sealed, registered outgoing, notified; the place is freed.
    api.clock.set('2023-07-20T08:00:00Z');
    const revoked = await mutate('revokeGrant', 'RevokeGrantInput', 'application { status statusLabel } revocation { outcome outcomeLabel resolution { kind registryNumber } }', REVOKE, reviewer);
    assert.deepEqual(revoked.userErrors, []);
    assert.deepEqual([revoked.application.status, revoked.application.statusLabel], ['REVOKED', 'Revocada']);
    assert.deepEqual([revoked.revocation.outcome, revoked.revocation.outcomeLabel, revoked.revocation.resolution.kind], ['REVOKED', 'Concessió revocada', 'REVOKE']);
    assert.match(revoked.revocation.resolution.registryNumber, /^DIBA-S-2023-/);
    const after = await api.graphql(`query($id: ID!) { application(id: $id) { notifications { act } registryEntries { direction subject } } }`, { id }, jordi);
    assert.deepEqual(after.body.data.application.notifications.map((n: any) => n.act).filter((act: string) => act !== 'CORRECTIONS_REQUEST'), ['RESOLUTION', 'REVOCATION_OPENING', 'RESOLUTION']);
    assert.deepEqual(after.body.data.application.registryEntries.map((e: any) => `${e.direction} ${e.subject}`).filter((e: string) => !e.includes('CORRECTIONS')),
      ['INCOMING SUBMISSION', 'OUTGOING RESOLUTION', 'OUTGOING REVOCATION_OPENING', 'INCOMING ALLEGATIONS', 'OUTGOING RESOLUTION']);
    const history = await client.sql(`select type, from_status, to_status from application_event where application_id::text = ? and from_status is not null order by occurred_at`, [fromGlobalId(id)!.id]);
    assert.deepEqual(history.map((h: any) => `${h.type}: ${h.from_status} → ${h.to_status}`).filter((h: string) => !/orrection/.test(h)), [
      'submitted: DRAFT → SUBMITTED', 'granted: SUBMITTED → GRANTED', 'revocationOpened: GRANTED → REVOCATION_OPEN', 'revoked: REVOCATION_OPEN → REVOKED',
    ]);

    // Revoking twice is out of order.
    assert.deepEqual((await mutate('revokeGrant', 'RevokeGrantInput', 'application { status }', REVOKE, reviewer)).userErrors.map((e: any) => e.code), ['INVALID_STATUS']);

    // The entity applies again, and the new application is submitted.
    api.clock.set('2023-07-21T08:00:00Z');
    const again = await apply('bcn-111219-again');
    assert.notEqual(again, id);
    assert.equal((await client.application(again, jordi)).status, 'SUBMITTED');
  });
});
