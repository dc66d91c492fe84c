import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fromGlobalId } from '../../src/graphql/global-id';
import { recordDecisionDelays } from '../../src/quality/decision-delay-detection.service';
import { communicatedInTime } from '../../src/quality/decision-delay.rules';
import { x509 } from '../../src/signature/x509';
import { checkPades, pdfsig } from '../support/pades-check';
import { oneLine, pdfText } from '../support/pdf-text';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

/**
 * Fitxa 111219's commitment, "when 3 months pass without a decision, the causes and measures are
 * communicated within 5 business days", on a Lleida fitxa that carries the same two commitments.
 * Submissions are on Monday 30 November 2026 at 11:00 in Catalonia: 3 months end on Sunday
 * 28 February 2027 (30 February does not exist), so on Monday 1 March; the breach is at midnight,
 * 2027-03-01T23:00Z, and the communication is due five business days after Tuesday 2 March.
 */
describe('decision delays: a task when 3 months pass undecided, and the communication of its causes', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;
  let reviewer: Record<string, string>;
  let resourceId: string;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' }, now: '2026-11-30T10:00:00Z' });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    reviewer = await api.as({ nif: '11111111H', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] });
    resourceId = await publishResource('RETARD-1', true);
  });
  after(async () => {
    await api?.close();
  });

  /** A Lleida fitxa open all year, resolved within 3 months, with the 111219 commitments (or only the first). */
  async function publishResource(code: string, withCommunication: boolean): Promise<string> {
    const editor = await api.as({ nif: '22222222J', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] });
    const commitments = [
      { indicator: 'DECISION_WITHIN_TERM', text: [{ locale: 'CA', text: 'Resoldre en 55 dies hàbils, mai en més de 3 mesos' }], threshold: 55, thresholdUnit: 'BUSINESS_DAYS',
        targetPercent: 50, hardLimitAmount: 3, hardLimitUnit: 'MONTHS' },
      { indicator: 'BREACH_COMMUNICATED_WITHIN_TERM', text: [{ locale: 'CA', text: 'Comunicar les causes en 5 dies hàbils' }], threshold: 5, thresholdUnit: 'BUSINESS_DAYS', targetPercent: 100 },
    ];
    return client.publishResource('diputacio-lleida', code, {
      kind: 'TECHNICAL', audience: ['AJUNTAMENT'], resolutionTerm: { amount: 3, unit: 'MONTHS' },
      translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }],
      qualityCommitments: withCommunication ? commitments : commitments.slice(0, 1),
    }, editor);
  }

  /** Maria applies for the entity and submits, at the clock's instant. */
  async function submittedApplication(key: string, resource = resourceId): Promise<string> {
    const started = await client.step('startApplication', { resourceId: resource, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    const payload = (await client.application(id, maria)).signingPayload.canonicalJson;
    const submitted = await client.submit({ applicationId: id, signature: await pki.sign(payload, await pki.signer({ ...MARIA, represents: LLEIDA })), idempotencyKey: key }, maria);
    assert.deepEqual(submitted.userErrors, []);
    return id;
  }

  async function mutate(name: string, inputType: string, selection: string, input: Record<string, unknown>, headers: Record<string, string>) {
    const { body } = await api.graphql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field } } }`, { input }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data[name];
  }

  /** The delay row of an application as stored, or undefined. */
  async function delayRow(applicationId: string) {
    const [row] = await client.sql(`select d.id, to_char(d.breached_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as breached_at,
        d.communication_due_date::text as due, d.communicated_at, d.provider_id = a.provider_id as same_provider, d.resource_id = a.resource_id as same_resource
      from decision_delay d join application a on a.id = d.application_id where d.application_id = ?`, [fromGlobalId(applicationId)!.id]);
    return row;
  }

  async function delayEvents(applicationId: string): Promise<any[]> {
    return client.sql(`select payload from outbox_event where topic = 'application.decisionDelayed' and aggregate_id = ?`, [fromGlobalId(applicationId)!.id]);
  }

  let overdueId: string;

  it('no task before the breach moment; one at it, with its due date, once even when two instances run at the same time', async () => {
    api.clock.set('2026-11-30T10:00:00Z');
    overdueId = await submittedApplication('delay-overdue-0001');

    api.clock.set(new Date(Date.parse('2027-03-01T23:00:00Z') - 1));
    await api.service.runDecisionDelays();
    assert.equal(await delayRow(overdueId), undefined, 'at 23:59:59.999 on the last day nothing is late yet');

    const second = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' }, sameDatabaseAs: api, now: '2027-03-02T08:00:00Z' });
    try {
      api.clock.set('2027-03-02T08:00:00Z');
      const runs = await Promise.all([
        api.service.runDecisionDelays(), second.service.runDecisionDelays(), recordDecisionDelays(api.service.database.orm.em, api.clock.now()),
      ]);
      assert.equal(runs.reduce((sum, count) => sum + count, 0), 1, `runs wrote ${JSON.stringify(runs)}`);
      assert.equal(await second.service.runDecisionDelays(), 0);
      assert.equal(await api.service.runDecisionDelays(), 0);
    } finally {
      await second.close();
    }
    const row = await delayRow(overdueId);
    assert.deepEqual({ ...row, id: undefined }, {
      id: undefined, breached_at: '2027-03-01T23:00:00Z', due: '2027-03-09', communicated_at: null, same_provider: true, same_resource: true,
    });
    const events = await delayEvents(overdueId);
    assert.equal(events.length, 1);
    assert.deepEqual(Object.keys(events[0].payload).sort(), ['application', 'decisionDelay'], 'ids only');
    assert.equal(events[0].payload.application, overdueId);
  });

  it('a decision made available before the breach moment: no task; a fitxa without the communication commitment: none either', async () => {
    api.clock.set('2026-11-30T10:00:00Z');
    const decidedId = await submittedApplication('delay-decided-0001');
    const otherResource = await publishResource('RETARD-SENSE', false);
    const withoutCommitmentId = await submittedApplication('delay-no-commitment-0001', otherResource);

    // Decided on the last day, at 23:00 in Catalonia: in time.
    api.clock.set('2027-03-01T22:00:00Z');
    const denied = await mutate('resolveApplication', 'ResolveApplicationInput', 'application { status }',
      { applicationId: decidedId, decision: 'DENY', reasons: 'No compleix els requisits.', competentBody: 'Presidència de la Diputació de Lleida' }, reviewer);
    assert.deepEqual([denied.userErrors, denied.application.status], [[], 'DENIED']);

    api.clock.set('2027-03-10T08:00:00Z');
    await api.service.runDecisionDelays();
    assert.equal(await delayRow(decidedId), undefined);
    assert.equal(await delayRow(withoutCommitmentId), undefined);
    assert.deepEqual(await delayEvents(decidedId), []);
  });

  it('a suspension for corrections moves the breach moment by the suspended days', async () => {
    api.clock.set('2026-11-30T10:00:00Z');
    const id = await submittedApplication('delay-suspended-0001');
    api.clock.set('2026-12-01T09:00:00Z');
    const requested = await mutate('requestCorrections', 'RequestCorrectionsInput', 'correctionRequest { notification { id } }',
      { applicationId: id, items: [{ text: 'Cal aportar el certificat.' }] }, reviewer);
    assert.deepEqual(requested.userErrors, []);
    // Opened on Wednesday 2 December: ten business days (8 December is a holiday) end on Thursday 17 December, unanswered.
    api.clock.set('2026-12-02T09:00:00Z');
    assert.deepEqual((await mutate('openNotification', 'OpenNotificationInput', 'notification { status }',
      { notificationId: requested.correctionRequest.notification.id }, maria)).userErrors, []);
    // While the suspension runs nothing is late, whatever the date.
    api.clock.set('2027-03-02T08:00:00Z');
    await api.service.runDecisionDelays();
    assert.equal(await delayRow(id), undefined);
    // The poller ends it (2 to 17 December: 15 days), and the delay job runs in the same round.
    api.clock.set('2027-03-02T08:00:00Z');
    await api.service.runCorrectionSuspensions();
    const [request] = await client.sql(`select suspended_days from correction_request where application_id = ?`, [fromGlobalId(id)!.id]);
    assert.equal(request.suspended_days, 15);

    // 1 March + 15 days = Tuesday 16 March; the breach is at midnight, the communication due five
    // business days after Wednesday 17 March: Wednesday 24 March.
    api.clock.set(new Date(Date.parse('2027-03-16T23:00:00Z') - 1));
    await api.service.runDecisionDelays();
    assert.equal(await delayRow(id), undefined);
    api.clock.set('2027-03-16T23:00:00Z');
    assert.ok(await api.service.runDecisionDelays() >= 1);
    const row = await delayRow(id);
    assert.deepEqual([row.breached_at, row.due], ['2027-03-16T23:00:00Z', '2027-03-24']);
  });
  const DELAY_FIELDS = `id breachedAt communicationDueDate deadlineState deadlineStateLabel communicatedAt causes measures registryNumber
    application { id status } notification { id act status madeAvailableAt document { filename mediaType sha256 downloadUrl } }`;

  async function delays(headers: Record<string, string>, pending: boolean | null = null) {
    const { body } = await api.graphql(`query($pending: Boolean) { decisionDelays(provider: "diputacio-lleida", pending: $pending, first: 100) {
      totalCount nodes { ${DELAY_FIELDS} } } }`, { pending }, headers);
    return body;
  }

  async function applicationDelay(id: string, headers: Record<string, string>) {
    const { body } = await api.graphql(`query($id: ID!) { application(id: $id) { id decisionDelay { ${DELAY_FIELDS} } } }`, { id }, headers);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.application.decisionDelay;
  }

  it("the provider's reviewers see the task with its deadline state; nobody else does", async () => {
    api.clock.set('2027-03-02T08:00:00Z');
    const listed = await delays(reviewer, true);
    assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
    const task = listed.data.decisionDelays.nodes.find((n: any) => n.application.id === overdueId);
    assert.deepEqual({ ...task, id: undefined, application: undefined }, {
      id: undefined, application: undefined, breachedAt: '2027-03-01T23:00:00.000Z', communicationDueDate: '2027-03-09',
      deadlineState: 'AT_RISK', deadlineStateLabel: 'A punt de vèncer', communicatedAt: null, causes: null, measures: null, registryNumber: null, notification: null,
    });
    assert.equal(task.application.status, 'SUBMITTED');
    assert.deepEqual(await applicationDelay(overdueId, reviewer), task);
    assert.equal(await applicationDelay(overdueId, maria), null, 'the entity learns of the delay by the communication, not by the task');
    const admin = await api.as({ nif: '44444444A', roles: ['admin:diputacio-lleida'] });
    assert.ok((await delays(admin)).data.decisionDelays.nodes.some((n: any) => n.application.id === overdueId));

    for (const headers of [maria, await api.as({ nif: '33333333P', roles: ['reviewer:diba', 'admin:diba'] }), await api.as({ nif: '22222222J', roles: ['editor:diputacio-lleida'] }), {}]) {
      const refused = await delays(headers);
      assert.equal(refused.data, null);
      assert.ok(['FORBIDDEN', 'UNAUTHENTICATED'].includes(refused.errors?.[0]?.extensions?.code as string), JSON.stringify(refused.errors));
    }
    // The day after the due date: overdue.
    api.clock.set('2027-03-10T08:00:00Z');
    assert.equal((await applicationDelay(overdueId, reviewer)).deadlineState, 'OVERDUE');
  });

  /** Everything communicating may write. */
  async function written() {
    const [row] = await client.sql(`select (select count(*) from notification)::int as notifications, (select count(*) from registry_entry)::int as entries,
      (select count(*) from outbox_event)::int as outbox, (select count(*) from application_event)::int as events,
      (select count(*) from decision_delay where communicated_at is not null)::int as communicated, (select coalesce(sum(last_sequence), 0) from registry_counter)::int as numbers`);
    return row;
  }

  async function communicate(input: Record<string, unknown>, headers: Record<string, string>) {
    return mutate('communicateDelay', 'CommunicateDelayInput', `decisionDelay { ${DELAY_FIELDS} }`, input, headers);
  }

  it('communicateDelay: refusals write nothing; a late communication is a sealed letter, registered and notified, recorded as late; once only', async () => {
    api.clock.set('2026-11-30T10:00:00Z');
    const undelayedId = await submittedApplication('delay-not-delayed-0001');
    api.clock.set('2027-03-10T09:00:00Z');
    const input = { applicationId: overdueId, causes: "  Acumulació de sol·licituds i baixa d'un tècnic.  ", measures: 'Reforç temporal de l\'equip i revisió setmanal de la cua.' };
    const before = await written();
    const refusals: [Record<string, unknown>, Record<string, string>, [string, string[]][]][] = [
      [input, maria, [['FORBIDDEN', ['input', 'applicationId']]]],
      [input, await api.as({ nif: '33333333P', roles: ['reviewer:diba', 'admin:diba'] }), [['NOT_FOUND', ['input', 'applicationId']]]],
      [input, await api.as({ nif: '22222222J', roles: ['editor:diputacio-lleida'] }), [['NOT_FOUND', ['input', 'applicationId']]]],
      [{ ...input, applicationId: undelayedId }, reviewer, [['DECISION_NOT_DELAYED', ['input', 'applicationId']]]],
      [{ ...input, causes: '   ', measures: 'x'.repeat(4001) }, reviewer, [['REQUIRED', ['input', 'causes']], ['TOO_LONG', ['input', 'measures']]]],
    ];
    for (const [refusedInput, headers, expected] of refusals) {
      const result = await communicate(refusedInput, headers);
      assert.deepEqual(result.userErrors.map((e: any) => [e.code, e.field]), expected);
      assert.equal(result.decisionDelay, null);
    }
    assert.deepEqual(await written(), before, 'nothing written');

    const done = await communicate(input, reviewer);
    assert.deepEqual(done.userErrors, []);
    const delay = done.decisionDelay;
    assert.deepEqual([delay.communicatedAt, delay.causes, delay.measures, delay.deadlineState, delay.communicationDueDate],
      ['2027-03-10T09:00:00.000Z', "Acumulació de sol·licituds i baixa d'un tècnic.", input.measures, null, '2027-03-09']);
    assert.match(delay.registryNumber, /^DIPUTACIO-LLEIDA-S-2027-\d{6}$/);
    assert.deepEqual([delay.notification.act, delay.notification.status, delay.notification.madeAvailableAt], ['DELAY_COMMUNICATION', 'AVAILABLE', delay.communicatedAt]);
    // Late: communicated on 10 March, due by 9 March. The quality report counts it so, from the row.
    const [row] = await client.sql(`select communicated_at, communication_due_date::text as due, communicated_by_nif,
        (communicated_at at time zone 'Europe/Madrid')::date > communication_due_date as late
      from decision_delay where application_id = ?`, [fromGlobalId(overdueId)!.id]);
    assert.deepEqual([row.late, row.communicated_by_nif, communicatedInTime(new Date(row.communicated_at), row.due)], [true, '11111111H', false]);

    // The letter: sealed by the Diputació de Lleida, registered outgoing with its SHA-256, stating the delay, the causes and the measures.
    const document = delay.notification.document;
    assert.equal(document.filename, `comunicacio-retard-${delay.registryNumber}.pdf`);
    const [entry] = await client.sql(`select content_sha256, subject, direction from registry_entry where number = ?`, [delay.registryNumber]);
    assert.deepEqual(entry, { content_sha256: document.sha256, subject: 'DELAY_COMMUNICATION', direction: 'OUTGOING' });
    const link = new URL(document.downloadUrl);
    const pdf = Buffer.from(await (await fetch(`${api.url}${link.pathname}${link.search}`)).arrayBuffer());
    assert.equal(createHash('sha256').update(pdf).digest('hex'), document.sha256);
    const developmentCa = Buffer.from(new x509.X509Certificate(readFileSync(path.join(api.dataDir, 'signature', 'dev-ca.pem'), 'utf8')).rawData);
    // Checked at the sealing instant: the provider's development seal was issued on this test's clock (at its first sealed act, a resolution in March 2027).
    const cms = await checkPades(pdf, developmentCa, api.clock.now());
    assert.equal(cms.problem, undefined);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted], [true, true, true]);
    const report = await pdfsig(pdf);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned, report.signerCommonName], [true, true, 'Diputació de Lleida'], report.output);
    const text = oneLine(await pdfText(new Uint8Array(pdf)));
    for (const expected of ['Comunicació de les causes del retard', delay.registryNumber, 'El termini de 3 mesos', 'dilluns 1 de març de 2027',
      "Acumulació de sol·licituds i baixa d'un tècnic.", 'Reforç temporal'] as string[]) {
      assert.ok(text.includes(expected), `the letter says "${expected}": ${text}`);
    }

    // The entity finds it among its notifications; the history and the outbox say what happened (ids only).
    const { body } = await api.graphql('query($id: ID!) { application(id: $id) { notifications { id act } } }', { id: overdueId }, maria);
    assert.ok(body.data.application.notifications.some((n: any) => n.id === delay.notification.id && n.act === 'DELAY_COMMUNICATION'));
    const [event] = await client.sql(`select type, actor_nif from application_event where application_id = ? and type = 'delayCommunicated'`, [fromGlobalId(overdueId)!.id]);
    assert.deepEqual(event, { type: 'delayCommunicated', actor_nif: '11111111H' });
    const [announced] = await client.sql(`select payload from outbox_event where topic = 'application.delayCommunicated' and aggregate_id = ?`, [fromGlobalId(overdueId)!.id]);
    assert.deepEqual(Object.keys(announced.payload).sort(), ['application', 'decisionDelay', 'notification']);

    // Pending lists no longer hold it; the communicated ones do.
    assert.ok(!(await delays(reviewer, true)).data.decisionDelays.nodes.some((n: any) => n.application.id === overdueId));
    assert.ok((await delays(reviewer, false)).data.decisionDelays.nodes.some((n: any) => n.application.id === overdueId));

    const settled = await written();
    const twice = await communicate(input, reviewer);
    assert.deepEqual(twice.userErrors.map((e: any) => e.code), ['DELAY_ALREADY_COMMUNICATED']);
    assert.deepEqual(await written(), settled);
  });
});
