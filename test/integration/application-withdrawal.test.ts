import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withdrawalRequested } from '../../src/applications/application-withdrawal.service';
import { ApplicationEntity } from '../../src/applications/application.entity';
import { fromGlobalId } from '../../src/graphql/global-id';
import { NotificationAct } from '../../src/notifications/notification-act';
import { makeNotificationAvailable } from '../../src/notifications/notification.service';
import { applicationClient } from '../support/application-client';
import { LLEIDA, MARIA, readyDraft, submittedApplication } from '../support/submitted-application';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const NOW = '2026-11-23T10:00:00Z';

const REQUEST_WITHDRAWAL = `mutation($input: RequestWithdrawalInput!) { requestWithdrawal(input: $input) {
  application { id status registryNumber } registryEntry { number direction subject subjectLabel statement signatureFormat signerNif seal }
  userErrors { code field message } } }`;
const CONTENT = `query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson sha256 } }`;

describe('after submission: withdrawal requests, discarding drafts, administrative silence', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' }, now: NOW });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
  });
  after(async () => {
    await api?.close();
  });

  /** Signs the withdrawal content for this reason, in the format asked for, and sends it. */
  async function requestWithdrawal(applicationId: string, reason: string, idempotencyKey: string, options: { format?: 'JWS' | 'CADES'; signedReason?: string; headers?: Record<string, string> } = {}) {
    const headers = options.headers ?? maria;
    const content = await api.graphql(CONTENT, { input: { applicationId, subject: 'WITHDRAWAL_REQUEST', statement: options.signedReason ?? reason } }, maria);
    const bytes = content.body.data?.signedActContent?.canonicalJson ?? '{}';
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const signature = options.format === 'CADES' ? await pki.signCades(bytes, signer) : await pki.sign(bytes, signer);
    const response = await api.graphql(REQUEST_WITHDRAWAL, { input: { applicationId, reason, signature, idempotencyKey } }, headers);
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data.requestWithdrawal;
  }
  const codes = (payload: any) => payload.userErrors.map((e: any) => e.code);
  const rows = (sql: string, id: string) => client.sql(sql, [fromGlobalId(id)!.id]);

  it('registers a withdrawal request signed as a JWS, records an event and an announcement, and leaves the status to the provider', async () => {
    const submitted = await submittedApplication(api, pki, maria, 'withdrawal-submission-1');
    const reason = 'El ple ha decidit no encarregar la gestió.';
    const result = await requestWithdrawal(submitted.id, reason, 'withdrawal-request-1');
    assert.deepEqual(result.userErrors, []);
    assert.deepEqual(result.application, { id: submitted.id, status: 'SUBMITTED', registryNumber: submitted.registryNumber });
    const entry = result.registryEntry;
    assert.deepEqual([entry.direction, entry.subject, entry.subjectLabel, entry.statement, entry.signatureFormat, entry.signerNif],
      ['INCOMING', 'WITHDRAWAL_REQUEST', 'Desistiment', reason, 'JWS', MARIA.nif]);
    assert.equal(entry.number, submitted.registryNumber.replace(/\d{6}$/, (n) => String(Number(n) + 1).padStart(6, '0')));
    assert.ok(entry.seal);

    const events = await rows(`select type, from_status, to_status, details, actor_nif from application_event where application_id = ? and type = 'withdrawalRequested'`, submitted.id);
    assert.deepEqual(events, [{ type: 'withdrawalRequested', from_status: null, to_status: null, details: { registryNumber: entry.number }, actor_nif: MARIA.nif }]);
    const outbox = await rows(`select topic, provider_id is not null as for_provider, payload from outbox_event where aggregate_id = ? and topic = 'application.withdrawalRequested'`, submitted.id);
    assert.deepEqual(outbox, [{ topic: 'application.withdrawalRequested', for_provider: true, payload: { application: submitted.id, status: 'SUBMITTED', registryNumber: entry.number } }]);
    assert.ok(!JSON.stringify(outbox).includes('ple'), 'the reason is not announced');

    // What the provider's acceptance (resolveApplication ACCEPT_WITHDRAWAL) reads.
    const em = api.service.database.orm.em.fork();
    assert.equal(await withdrawalRequested(em, { id: fromGlobalId(submitted.id)!.id }), true);
    const other = await submittedApplication(api, pki, maria, 'withdrawal-submission-2');
    assert.equal(await withdrawalRequested(em, { id: fromGlobalId(other.id)!.id }), false);

    // A retry answers the same entry; a second request is refused; neither writes anything.
    const before = await client.counts();
    const retried = await requestWithdrawal(submitted.id, reason, 'withdrawal-request-1', { format: 'CADES' });
    assert.deepEqual([codes(retried), retried.registryEntry.number, retried.registryEntry.seal], [[], entry.number, entry.seal]);
    const twice = await requestWithdrawal(submitted.id, reason, 'withdrawal-request-1b');
    assert.deepEqual(twice.userErrors.map((e: any) => [e.code, e.field]), [['WITHDRAWAL_ALREADY_REQUESTED', ['input', 'applicationId']]]);
    assert.equal(twice.registryEntry, null);
    const reused = await requestWithdrawal(other.id, reason, 'withdrawal-request-1');
    assert.deepEqual(codes(reused), ['IDEMPOTENCY_KEY_REUSED']);
    assert.deepEqual(await client.counts(), before);
  });

  it('accepts a CAdES request while corrections are pending, and refuses drafts, resolved applications, other content and other people', async () => {
    const pending = await submittedApplication(api, pki, maria, 'withdrawal-submission-3');
    // The request for corrections is helper C's; its status is what matters here.
    await rows(`update application set status = 'CORRECTIONS_REQUESTED' where id = ?`, pending.id);
    const accepted = await requestWithdrawal(pending.id, 'Ja no ens cal.', 'withdrawal-request-3', { format: 'CADES' });
    assert.deepEqual(codes(accepted), []);
    assert.deepEqual([accepted.application.status, accepted.registryEntry.signatureFormat], ['CORRECTIONS_REQUESTED', 'CADES']);

    const denied = await submittedApplication(api, pki, maria, 'withdrawal-submission-4');
    await rows(`update application set status = 'DENIED' where id = ?`, denied.id);
    const live = await submittedApplication(api, pki, maria, 'withdrawal-submission-5');
    // After the submission: starting again would answer Maria's open draft (startApplication).
    const draft = await readyDraft(api, maria);
    const stranger = await api.as({ nif: '22222222J', name: 'Algú', represents: BARCELONA });
    const reviewer = await api.as({ nif: '11111111H', name: 'Revisor', roles: ['reviewer:diputacio-lleida'] });
    const before = await client.counts();
    assert.deepEqual(codes(await requestWithdrawal(denied.id, 'Massa tard.', 'withdrawal-request-4')), ['INVALID_STATUS']);
    assert.deepEqual(codes(await requestWithdrawal(draft.id, 'Un esborrany.', 'withdrawal-request-5')), ['NOT_SUBMITTED']);
    assert.deepEqual(codes(await requestWithdrawal(live.id, 'Desistim.', 'withdrawal-request-6', { signedReason: 'Desistim!' })), ['PAYLOAD_CHANGED']);
    assert.deepEqual(codes(await requestWithdrawal(live.id, 'Desistim.', 'withdrawal-request-7', { headers: stranger })), ['NOT_FOUND']);
    assert.deepEqual(codes(await requestWithdrawal(live.id, 'Desistim.', 'withdrawal-request-8', { headers: reviewer })), ['FORBIDDEN']);
    assert.deepEqual(codes(await requestWithdrawal(live.id, '   ', 'withdrawal-request-9')), ['REQUIRED']);
    assert.deepEqual(await client.counts(), before);
  });

  it('discards drafts, which the provider never sees, and points a submitted application to requestWithdrawal', async () => {
    const draft = await readyDraft(api, maria);
    const discarded = await api.graphql(`mutation($input: ApplicationIdInput!) { discardDraft(input: $input) { application { id status } userErrors { code } } }`, { input: { applicationId: draft.id } }, maria);
    assert.deepEqual(discarded.body.data.discardDraft, { application: { id: draft.id, status: 'WITHDRAWN' }, userErrors: [] });
    assert.deepEqual(await rows(`select type, from_status, to_status from application_event where application_id = ? and type = 'discarded'`, draft.id),
      [{ type: 'discarded', from_status: 'DRAFT', to_status: 'WITHDRAWN' }]);
    const reviewer = await api.as({ nif: '11111111H', name: 'Revisor', roles: ['reviewer:diputacio-lleida'] });
    assert.equal((await api.graphql('query($id: ID!) { application(id: $id) { id } }', { id: draft.id }, reviewer)).body.data.application, null);
    const again = await api.graphql(`mutation($input: ApplicationIdInput!) { discardDraft(input: $input) { userErrors { code } } }`, { input: { applicationId: draft.id } }, maria);
    assert.deepEqual(again.body.data.discardDraft.userErrors, [{ code: 'ALREADY_WITHDRAWN' }]);

    const submitted = await submittedApplication(api, pki, maria, 'discard-submission-1');
    for (const mutation of ['discardDraft', 'withdrawApplication']) {
      const refused = await api.graphql(`mutation($input: ApplicationIdInput!) { ${mutation}(input: $input) { userErrors { code message } } }`, { input: { applicationId: submitted.id } }, maria);
      assert.equal(refused.body.data[mutation].userErrors[0].code, 'NOT_A_DRAFT');
      assert.match(refused.body.data[mutation].userErrors[0].message, /requestWithdrawal/, mutation);
    }
    // The old name still discards drafts, and says it is deprecated.
    const old = await readyDraft(api, maria);
    assert.equal((await client.step('withdrawApplication', { applicationId: old.id }, maria)).application.status, 'WITHDRAWN');
    const { body } = await api.graphql(`{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    assert.deepEqual(body.data.__type.fields.filter((f: any) => f.name === 'withdrawApplication'), [{ name: 'withdrawApplication', isDeprecated: true, deprecationReason: 'Use discardDraft' }]);
  });

  it('shows silence once the due date has passed with no resolution made available in time, and none when one was', async () => {
    const resourceId = await publishResourceWithSilence('SILENCI-NEG');
    const silent = await simpleSubmission(resourceId, 'silence-submission-1');
    const answered = await simpleSubmission(resourceId, 'silence-submission-2');
    const dueDate: string = silent.resolutionDueDate;
    const query = `query($id: ID!) { application(id: $id) { status resolutionDueDate deadlineState silence { effect effectLabel since dutyToResolve } } }`;
    const read = async (id: string) => (await api.graphql(query, { id }, maria)).body.data.application;
    assert.equal((await read(silent.id)).silence, null, 'not before the due date');

    // The provider made a resolution available on the due date (art. 40.4): it counts even unopened.
    await api.service.database.orm.em.fork().transactional(async (em) => {
      const application = await em.findOneOrFail(ApplicationEntity, { id: fromGlobalId(answered.id)!.id }, { filters: false, populate: ['provider'] });
      makeNotificationAvailable(em, { application, act: NotificationAct.RESOLUTION, at: new Date(`${dueDate}T12:00:00Z`) });
    });
    try {
      api.clock.set(`${dueDate}T21:00:00Z`);
      assert.equal((await read(silent.id)).silence, null, 'the due date itself, 22:00 in Barcelona');
      api.clock.set(new Date(new Date(`${dueDate}T12:00:00Z`).getTime() + 86_400_000));
      const next = new Date(new Date(`${dueDate}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
      const late = await read(silent.id);
      assert.deepEqual(late.silence, { effect: 'NEGATIVE', effectLabel: 'Silenci desestimatori', since: next, dutyToResolve: true });
      assert.equal(late.deadlineState, 'OVERDUE');
      assert.equal((await read(answered.id)).silence, null);
    } finally {
      api.clock.set(NOW);
    }
  });

  /** A Lleida fitxa for ajuntaments, always open, 1 month to resolve, negative silence. */
  async function publishResourceWithSilence(code: string): Promise<string> {
    const editor = await api.as({ nif: '11111111H', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] });
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diputacio-lleida' limit 1`);
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
      input: {
        provider: 'diputacio-lleida', code, content: {
          kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 1, unit: 'MONTHS' }, silenceEffect: 'NEGATIVE',
          translations: [{ locale: 'CA', title: `Recurs ${code}`, summary: 'Resum', description: 'Descripció' }],
        },
      },
    }, editor);
    assert.deepEqual(created.body.data.createResource.userErrors, []);
    const resourceId = created.body.data.createResource.resource.id;
    const published = await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { userErrors { code } } }', { input: { resourceId } }, editor);
    assert.deepEqual(published.body.data.publishResource.userErrors, []);
    return resourceId;
  }

  async function simpleSubmission(resourceId: string, idempotencyKey: string) {
    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    const payload = (await client.application(id, maria)).signingPayload.canonicalJson;
    const result = await client.submit({ applicationId: id, signature: await pki.sign(payload, await pki.signer({ ...MARIA, represents: LLEIDA })), idempotencyKey }, maria);
    assert.deepEqual(result.userErrors, []);
    return { id, resolutionDueDate: result.receipt.resolutionDueDate as string };
  }
});
