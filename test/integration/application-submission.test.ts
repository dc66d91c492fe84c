import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadOrIssueDevelopmentSigner, signPayload } from '../../src/signature/development-ca';
import { fromGlobalId } from '../../src/graphql/global-id';
import { applicationClient, globalId } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

/** A published Lleida fitxa for ajuntaments with no window (always open) and no steps beyond the applicant's details. */
async function publishSimpleResource(api: TestService, code: string, maxApplicationsPerEntity: number | null): Promise<string> {
  const client = applicationClient(api);
  const editor = await api.as({ nif: '11111111H', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] });
  const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diputacio-lleida' limit 1`);
  const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }', {
    input: {
      provider: 'diputacio-lleida', code, content: {
        kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 1, unit: 'MONTHS' }, maxApplicationsPerEntity,
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

describe('submitting applications: signatures, idempotency, concurrency, bad input', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;

  before(async () => {
    pki = await createTestPki();
    // These tests read public data right after publishing; cache invalidation (NOTIFY) is tested elsewhere.
    // Twenty parallel submissions queue on one lock while holding a connection each, more than the
    // pool has: on a loaded machine the last waited past the 5 s acquire timeout and got a 503. The
    // race is what is tested here, not the pool's patience.
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false', DATABASE_CONNECT_TIMEOUT_MS: '60000' } });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
  });
  after(async () => {
    await api?.close();
  });

  /** A Lleida draft for the encàrrec de gestió with every step done. */
  async function readyDraft(): Promise<{ id: string; payload: string }> {
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    await client.step('selectServices', { applicationId: id, serviceCodes: ['comptabilitat'] }, maria);
    await client.step('setAgreementDate', { applicationId: id, date: '2026-11-01' }, maria);
    const accepted = await client.step('acceptConditions', {
      applicationId: id, documents: resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 })),
    }, maria);
    assert.deepEqual(accepted.application.missingSteps, []);
    return { id, payload: (await client.application(id, maria)).signingPayload.canonicalJson };
  }

  it('refuses each kind of bad signature with its own code, and registers nothing', async () => {
    const { id, payload } = await readyDraft();
    const rightSigner = await pki.signer({ ...MARIA, represents: LLEIDA });
    const otherPki = await createTestPki('CA desconeguda');
    const cases: [string, string][] = [
      ['SIGNATURE_INVALID', 'not.a.jws'],
      ['SIGNATURE_INVALID', (await pki.sign(payload, rightSigner)).replace(/\.[^.]+$/, '.AAAA')],
      ['CERTIFICATE_UNTRUSTED', await otherPki.sign(payload, await otherPki.signer({ ...MARIA, represents: LLEIDA }))],
      ['CERTIFICATE_EXPIRED', await pki.sign(payload, await pki.signer({
        ...MARIA, represents: LLEIDA, notBefore: new Date('2024-01-01T00:00:00Z'), notAfter: new Date('2025-01-01T00:00:00Z'),
      }))],
      ['SIGNER_MISMATCH', await pki.sign(payload, await pki.signer({ nif: '87654321X', name: 'Jordi Vidal', represents: LLEIDA }))],
      ['SIGNER_MISMATCH', await pki.sign(payload, await pki.signer({ ...MARIA, represents: BARCELONA }))],
      ['PAYLOAD_CHANGED', await pki.sign(payload.replace('Alcaldessa', 'Regidora'), rightSigner)],
    ];
    const before = await client.counts();
    for (const [index, [code, signature]] of cases.entries()) {
      const result = await client.submit({ applicationId: id, signature, idempotencyKey: `bad-signature-${index}` }, maria);
      assert.deepEqual(result.userErrors.map((e: any) => [e.code, e.field]), [[code, ['input', 'signature']]], `case ${index}`);
      assert.equal(result.receipt, null);
    }
    assert.deepEqual(await client.counts(), before);

    // Changing the draft after signing is caught too.
    const signature = await pki.sign(payload, rightSigner);
    await client.step('selectServices', { applicationId: id, serviceCodes: ['comptabilitat', 'sig'] }, maria);
    const changed = await client.submit({ applicationId: id, signature, idempotencyKey: 'changed-after-signing' }, maria);
    assert.deepEqual(changed.userErrors.map((e: any) => e.code), ['PAYLOAD_CHANGED']);
  });

  it('accepts CAdES signatures, detached and attached, through the same field, and the registry entry records the format', async () => {
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const submissions = [
      ['CADES', async (payload: string) => pki.signCades(payload, signer)],
      ['CADES', async (payload: string) => pki.signCades(payload, signer, { attached: true })],
      ['JWS', async (payload: string) => pki.sign(payload, signer)],
    ] as const;
    for (const [index, [format, sign]] of submissions.entries()) {
      const { id, payload } = await readyDraft();
      // A CAdES over the draft before its last change is refused like a JWS would be.
      const stale = await pki.signCades(payload.replace('Alcaldessa', 'Regidora'), signer);
      const refused = await client.submit({ applicationId: id, signature: stale, idempotencyKey: `cades-stale-${index}` }, maria);
      assert.deepEqual(refused.userErrors.map((e: any) => [e.code, e.field]), [['PAYLOAD_CHANGED', ['input', 'signature']]]);

      const signature = await sign(payload);
      const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: `cades-format-${index}` }, maria);
      assert.deepEqual(submitted.userErrors, [], `submission ${index}`);
      assert.equal(submitted.receipt.signatureFormat, format);
      assert.equal(submitted.receipt.signatureFormatLabel, format === 'CADES' ? 'Signatura CAdES' : 'Signatura JWS');
      const [entry] = await client.sql(`select signature_format, signature, signer_nif from registry_entry where number = ?`, [submitted.receipt.registryNumber]);
      assert.deepEqual(entry, { signature_format: format, signature, signer_nif: MARIA.nif }, 'the registry keeps the signature as sent, with its format');
    }
  });

  it('answers a retry with the same receipt and refuses the key for anything else', async () => {
    const first = await readyDraft();
    const signature = await pki.sign(first.payload, await pki.signer({ ...MARIA, represents: LLEIDA }));
    const submitted = await client.submit({ applicationId: first.id, signature, idempotencyKey: 'retry-key-0001' }, maria);
    assert.deepEqual(submitted.userErrors, []);
    const before = await client.counts();
    const retried = await client.submit({ applicationId: first.id, signature, idempotencyKey: 'retry-key-0001' }, maria);
    assert.deepEqual(retried.userErrors, []);
    assert.deepEqual(retried.receipt, submitted.receipt);
    assert.deepEqual(await client.counts(), before, 'nothing new registered');

    const second = await readyDraft();
    const otherSignature = await pki.sign(second.payload, await pki.signer({ ...MARIA, represents: LLEIDA }));
    const reused = await client.submit({ applicationId: second.id, signature: otherSignature, idempotencyKey: 'retry-key-0001' }, maria);
    assert.deepEqual(reused.userErrors.map((e: any) => e.code), ['IDEMPOTENCY_KEY_REUSED']);
    const resubmitted = await client.submit({ applicationId: first.id, signature, idempotencyKey: 'another-key-0001' }, maria);
    assert.deepEqual(resubmitted.userErrors.map((e: any) => e.code), ['ALREADY_SUBMITTED']);
    const badKey = await client.submit({ applicationId: second.id, signature: otherSignature, idempotencyKey: 'x' }, maria);
    assert.deepEqual(badKey.userErrors.map((e: any) => e.code), ['INVALID_IDEMPOTENCY_KEY']);
  });

  it('registers exactly one of 20 parallel submissions under a limit of one, with gap-free numbers', async () => {
    const resourceId = await publishSimpleResource(api, 'UNA-PER-ENS', 1);

    const entityId = await client.localEntityId(LLEIDA.nif);
    // Twenty people of the ajuntament, each with a draft of their own (one person's starts give one draft).
    const drafts = await Promise.all(Array.from({ length: 20 }, async (_, index) => {
      const number = 30000000 + index;
      const person = { nif: `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}`, name: `Persona ${index}`, represents: LLEIDA };
      const headers = await api.as(person);
      const started = await client.step('startApplication', { resourceId, localEntityId: entityId }, headers);
      assert.deepEqual(started.userErrors, []);
      const id = started.application.id;
      const details = await client.step('updateApplicantDetails', { applicationId: id, name: person.name, nif: person.nif, position: 'Regidoria', email: 'a@paeria.cat' }, headers);
      assert.deepEqual(details.application.missingSteps, []);
      return { id, headers, signature: await pki.sign((await client.application(id, headers)).signingPayload.canonicalJson, await pki.signer(person)) };
    }));
    assert.equal(new Set(drafts.map((draft) => draft.id)).size, 20);
    const results = await Promise.all(drafts.map((draft, index) => client.submit({ applicationId: draft.id, signature: draft.signature, idempotencyKey: `race-${index}-key` }, draft.headers)));
    assert.deepEqual(results.filter((r) => r.errors).map((r) => r.errors), [], 'no request failed');
    const winners = results.filter((r) => r.userErrors.length === 0);
    assert.equal(winners.length, 1);
    assert.deepEqual([...new Set(results.flatMap((r) => r.userErrors.map((e: any) => e.code)))], ['APPLICATION_LIMIT_REACHED']);
    const [{ submitted }] = await client.sql(`select count(*)::int as submitted from application a join resource r on r.id = a.resource_id where r.code = 'UNA-PER-ENS' and a.status = 'SUBMITTED'`);
    assert.equal(submitted, 1);

    const numbers = await client.sql(`select e.sequence from registry_entry e join provider p on p.id = e.provider_id where p.slug = 'diputacio-lleida' and e.year = 2026 order by e.sequence`);
    assert.deepEqual(numbers.map((n) => n.sequence), numbers.map((_, index) => index + 1), 'no gaps');
    assert.equal(winners[0].receipt.registryNumber, `DIPUTACIO-LLEIDA-E-2026-${String(numbers.length).padStart(6, '0')}`);
  });

  it('gives an entity the next free place under a limit above one, one submission after another', async () => {
    const resourceId = await publishSimpleResource(api, 'TRES-PER-ENS', 3);
    const entityId = await client.localEntityId(LLEIDA.nif);
    for (const index of [1, 2, 3]) {
      const started = await client.step('startApplication', { resourceId, localEntityId: entityId }, maria);
      assert.deepEqual(started.userErrors, [], JSON.stringify(started));
      const id = started.application.id;
      await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
      const signature = await pki.sign((await client.application(id, maria)).signingPayload.canonicalJson, await pki.signer({ ...MARIA, represents: LLEIDA }));
      // Slot 1 (and then 2) is taken: the submission tries it, the unique index refuses it, and it takes the next one.
      const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: `tres-per-ens-${index}` }, maria);
      assert.deepEqual([submitted.errors, submitted.userErrors], [undefined, []], JSON.stringify(submitted.errors));
    }
    const slots = await client.sql(`select a.slot from application a join resource r on r.id = a.resource_id where r.code = 'TRES-PER-ENS' order by a.slot`);
    assert.deepEqual(slots.map((row) => row.slot), [1, 2, 3]);
    const fourth = await client.step('startApplication', { resourceId, localEntityId: entityId }, maria);
    assert.deepEqual(fourth.userErrors.map((e: any) => e.code), ['APPLICATION_LIMIT_REACHED']);
  });

  it('keeps drafts to the people who act for the entity, and answers bad input with user errors, writing nothing', async () => {
    const { id } = await readyDraft();
    const stranger = await api.as({ nif: '22222222J', name: 'Algú', represents: BARCELONA });
    const lleidaReviewer = await api.as({ nif: '11111111H', name: 'Revisor', roles: ['reviewer:diputacio-lleida'] });
    const before = await client.counts();

    assert.equal((await api.graphql('query($id: ID!) { application(id: $id) { id } }', { id }, stranger)).body.data.application, null);
    assert.equal((await api.graphql('query($id: ID!) { application(id: $id) { id } }', { id }, lleidaReviewer)).body.data.application, null, 'reviewers see submitted ones only');
    assert.equal((await api.graphql('query($id: ID!) { application(id: $id) { id } }', { id })).body.data.application, null);
    const foreign = await client.step('selectServices', { applicationId: id, serviceCodes: ['sig'] }, stranger);
    assert.deepEqual(foreign.userErrors.map((e: any) => [e.code, e.field]), [['NOT_FOUND', ['input', 'applicationId']]]);
    const anonymous = await client.step('selectServices', { applicationId: id, serviceCodes: ['sig'] }, {});
    assert.equal(anonymous.errors[0].extensions.code, 'UNAUTHENTICATED');
    const forged = await client.step('selectServices', { applicationId: globalId('Application', '00000000-0000-4000-8000-000000000000'), serviceCodes: ['sig'] }, maria);
    assert.deepEqual(forged.userErrors.map((e: any) => [e.code, e.field]), [['NOT_FOUND', ['input', 'applicationId']]]);
    const notAnEntity = await client.step('startApplication', { resourceId: 'x', localEntityId: await client.localEntityId(BARCELONA.nif) }, maria);
    assert.deepEqual(notAnEntity.userErrors.map((e: any) => [e.code, e.field]), [['FORBIDDEN', ['input', 'localEntityId']]], 'Maria does not act for Barcelona');

    const cases: [string, Record<string, unknown>, string[]][] = [
      ['updateApplicantDetails', { applicationId: id, name: ' ', nif: '12345678A', position: 'x'.repeat(201), email: 'nope', phone: 'call me' },
        ['REQUIRED', 'INVALID_NIF', 'TOO_LONG', 'INVALID_EMAIL', 'INVALID_PHONE']],
      ['updateApplicantDetails', { applicationId: id, name: 'Maria', nif: '87654321X', position: 'Alcaldessa', email: 'a@b.cat' }, ['APPLICANT_MISMATCH']],
      ['selectServices', { applicationId: id, serviceCodes: [] }, ['REQUIRED']],
      ['selectServices', { applicationId: id, serviceCodes: ['no-such-service'] }, ['UNKNOWN_SERVICE']],
      ['setAgreementDate', { applicationId: id, date: '2026-12-01' }, ['DATE_IN_FUTURE']],
      ['acceptConditions', { applicationId: id, documents: [{ documentId: 'bogus', sha256: 'a'.repeat(64) }] }, ['UNKNOWN_DOCUMENT']],
      ['designateInterlocutors', { applicationId: id, interlocutors: [{ roleCode: 'technical', name: 'A', nif: '1', email: 'a@b.cat' }] }, ['UNKNOWN_ROLE', 'INVALID_NIF']],
      ['attachFile', { applicationId: id, documentCode: 'management-agreement', fileId: 'bogus' }, ['UNKNOWN_DOCUMENT', 'UNKNOWN_FILE']],
      ['makeDeclarations', { applicationId: id, requirementCodes: ['requisit-1'] }, ['UNKNOWN_REQUIREMENT']],
    ];
    for (const [name, input, codes] of cases) {
      const result = await client.step(name as any, input, maria);
      assert.equal(result.errors, undefined, `${name}: ${JSON.stringify(result.errors)}`);
      assert.deepEqual(result.userErrors.map((e: any) => e.code), codes, name);
    }
    // A day that is not one is refused by the `Date` type itself.
    const notADay = await client.step('setAgreementDate', { applicationId: id, date: '1 de novembre' }, maria);
    assert.equal(notADay.errors?.[0].extensions.code, 'BAD_USER_INPUT');
    // Signing before the steps are done (a colleague's fresh draft: Maria's starts return her open one).
    const colleague = { nif: '55555555K', name: 'Regidora', represents: LLEIDA };
    const colleagueHeaders = await api.as(colleague);
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const early = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, colleagueHeaders);
    assert.notEqual(early.application.id, id);
    const earlySignature = await pki.sign((await client.application(early.application.id, colleagueHeaders)).signingPayload.canonicalJson, await pki.signer(colleague));
    const outOfOrder = await client.submit({ applicationId: early.application.id, signature: earlySignature, idempotencyKey: 'too-early-1' }, colleagueHeaders);
    assert.deepEqual(outOfOrder.userErrors.map((e: any) => e.message.split(': ')[1]), ['APPLICANT_DETAILS.', 'SELECT_SERVICES.', 'AGREEMENT_DATE.', 'ACCEPT_CONDITIONS.']);
    assert.ok(outOfOrder.userErrors.every((e: any) => e.code === 'STEP_MISSING'));
    // Discarding the draft: one event row with both statuses, and an outbox row addressed to no provider.
    const beforeDiscard = await client.counts();
    assert.equal((await client.step('withdrawApplication', { applicationId: early.application.id }, colleagueHeaders)).application.status, 'WITHDRAWN');
    const earlyRowId = fromGlobalId(early.application.id)!.id;
    assert.deepEqual(await client.sql(`select type, from_status, to_status, actor_nif from application_event where application_id::text = ? and to_status is not null`, [earlyRowId]),
      [{ type: 'discarded', from_status: 'DRAFT', to_status: 'WITHDRAWN', actor_nif: colleague.nif }]);
    assert.deepEqual(await client.sql(`select topic, provider_id, payload->>'from' as "from", payload->>'to' as "to" from outbox_event where aggregate_id::text = ?`, [earlyRowId]),
      [{ topic: 'application.discarded', provider_id: null, from: 'DRAFT', to: 'WITHDRAWN' }]);
    assert.deepEqual((await client.step('withdrawApplication', { applicationId: early.application.id }, colleagueHeaders)).userErrors.map((e: any) => e.code), ['ALREADY_WITHDRAWN']);
    const afterEarly = await client.counts();
    assert.deepEqual([afterEarly.events - beforeDiscard.events, afterEarly.outbox - beforeDiscard.outbox], [1, 1]);

    const tooLong = await client.step('updateApplicantDetails', { applicationId: id, name: 'x'.repeat(5000), nif: MARIA.nif, position: 'A', email: 'a@b.cat' }, maria);
    assert.deepEqual(tooLong.userErrors.map((e: any) => [e.code, e.field]), [['TOO_LONG', ['input', 'name']]]);
    assert.deepEqual(await client.counts(), afterEarly);
    assert.equal(afterEarly.registry, before.registry);

    // Once submitted: no more steps, and the provider's reviewers see it (but cannot change it).
    const signature = await pki.sign((await client.application(id, maria)).signingPayload.canonicalJson, await pki.signer({ ...MARIA, represents: LLEIDA }));
    assert.deepEqual((await client.submit({ applicationId: id, signature, idempotencyKey: 'bad-input-final' }, maria)).userErrors, []);
    assert.deepEqual((await client.step('setAgreementDate', { applicationId: id, date: '2026-11-02' }, maria)).userErrors.map((e: any) => e.code), ['NOT_A_DRAFT']);
    assert.equal((await client.application(id, lleidaReviewer)).status, 'SUBMITTED');
    assert.equal((await client.step('withdrawApplication', { applicationId: id }, lleidaReviewer)).userErrors[0].code, 'FORBIDDEN');
    const otherReviewer = await api.as({ nif: '11111111H', roles: ['reviewer:diba'] });
    assert.equal((await api.graphql('query($id: ID!) { application(id: $id) { id } }', { id }, otherReviewer)).body.data.application, null);
    // Once registered, it is withdrawn only by a signed request the provider accepts (art. 94), not
    // by discarding it: refused, and nothing is written.
    const beforeWithdrawal = await client.counts();
    assert.deepEqual((await client.step('withdrawApplication', { applicationId: id }, maria)).userErrors.map((e: any) => e.code), ['NOT_A_DRAFT']);
    assert.equal((await client.application(id, maria)).status, 'SUBMITTED');
    assert.deepEqual(await client.counts(), beforeWithdrawal);
  });

  it('lets only reviewers and admins of the provider record staff facts, for staff-record requirements', async () => {
    const resource = await client.resource('diba', '111219');
    const meeting = resource.requirements.find((r: any) => r.code === 'technical-planning-meeting');
    const acceptance = resource.requirements.find((r: any) => r.verification === 'DOCUMENT_ACCEPTANCE');
    const entityId = await client.localEntityId(BARCELONA.nif);
    const record = (headers: Record<string, string>, input: Record<string, unknown>) => api.graphql(
      'mutation($input: RecordRequirementFulfilmentInput!) { recordRequirementFulfilment(input: $input) { fulfilment { date } userErrors { code field } } }',
      { input: { localEntityId: entityId, requirementId: meeting.id, date: '2026-11-02', ...input } }, headers);
    const admin = await api.as({ nif: '11111111H', roles: ['admin:diba'] });
    const before = await client.sql('select count(*)::int as n from requirement_fulfilment');

    for (const headers of [maria, await api.as({ nif: '22222222J', roles: ['editor:diba'] }), await api.as({ nif: '22222222J', roles: ['reviewer:diputacio-lleida'] })]) {
      assert.deepEqual((await record(headers, {})).body.data.recordRequirementFulfilment.userErrors, [{ code: 'FORBIDDEN', field: ['input', 'requirementId'] }]);
    }
    assert.deepEqual((await record(admin, { requirementId: 'bogus' })).body.data.recordRequirementFulfilment.userErrors, [{ code: 'NOT_FOUND', field: ['input', 'requirementId'] }]);
    assert.deepEqual((await record(admin, { localEntityId: 'bogus' })).body.data.recordRequirementFulfilment.userErrors, [{ code: 'NOT_FOUND', field: ['input', 'localEntityId'] }]);
    assert.deepEqual((await record(admin, { requirementId: acceptance.id })).body.data.recordRequirementFulfilment.userErrors.map((e: any) => e.code), ['NOT_A_STAFF_RECORD']);
    assert.deepEqual((await record(admin, { date: '2026-12-24' })).body.data.recordRequirementFulfilment.userErrors.map((e: any) => e.code), ['DATE_IN_FUTURE']);
    assert.equal((await record(admin, { date: '24/12/2025' })).body.errors?.[0].extensions?.code, 'BAD_USER_INPUT', 'not a `Date`');
    assert.deepEqual(await client.sql('select count(*)::int as n from requirement_fulfilment'), before);

    assert.equal((await record(admin, {})).body.data.recordRequirementFulfilment.fulfilment.date, '2026-11-02');
    assert.equal((await record(admin, { date: '2026-11-03' })).body.data.recordRequirementFulfilment.fulfilment.date, '2026-11-03', 'recording again replaces');
    assert.equal((await client.sql('select count(*)::int as n from requirement_fulfilment'))[0].n, before[0].n + 1);
  });

  it('refuses an outdated document version and keeps the version an application accepted', async () => {
    const editor = await api.as({ nif: '11111111H', name: 'Editora Lleida', roles: ['editor:diputacio-lleida'] });
    const [unit] = await client.sql(`select u.code from provider_unit u join provider p on p.id = u.provider_id where p.slug = 'diputacio-lleida' limit 1`);
    const upload = (mark: string) => client.upload(editor, Buffer.from(`%PDF-1.4\n% ${mark}\n%%EOF\n`), `${mark}.pdf`);
    const content = async (mark: string) => ({
      kind: 'TECHNICAL', audience: ['AJUNTAMENT'], unitCode: unit.code, resolutionTerm: { amount: 1, unit: 'MONTHS' },
      translations: [{ locale: 'CA', title: 'Recurs amb condicions', summary: 'Resum', description: 'Descripció' }],
      documents: [{ code: 'conditions', kind: 'CONDITIONS_OF_ACCESS', title: [{ locale: 'CA', text: 'Condicions' }], mustAccept: true, fileId: await upload(mark) }],
    });
    const publish = async (resourceId: string) => (await api.graphql('mutation($input: ResourcePublicationInput!) { publishResource(input: $input) { resource { version } userErrors { code } } }',
      { input: { resourceId } }, editor)).body.data.publishResource.resource.version;
    const created = await api.graphql('mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } userErrors { code field } } }',
      { input: { provider: 'diputacio-lleida', code: 'AMB-CONDICIONS', content: await content('v1') } }, editor);
    const resourceId = created.body.data.createResource.resource.id;
    const version = await publish(resourceId);
    const v1 = (await client.resource('diputacio-lleida', 'AMB-CONDICIONS')).documents[0];

    const started = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    const id = started.application.id;
    assert.deepEqual((await client.step('acceptConditions', { applicationId: id, documents: [{ documentId: v1.id, sha256: v1.sha256 }] }, maria)).userErrors, []);
    const wrongHash = await client.step('acceptConditions', { applicationId: id, documents: [{ documentId: v1.id, sha256: 'f'.repeat(64) }] }, maria);
    assert.deepEqual(wrongHash.userErrors.map((e: any) => e.code), ['DOCUMENT_CHANGED']);

    const updated = await api.graphql('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { userErrors { code message } } }',
      { input: { resourceId, expectedVersion: version, content: await content('v2') } }, editor);
    assert.deepEqual(updated.body.data.updateResource.userErrors, []);
    await publish(resourceId);
    const v2 = (await client.resource('diputacio-lleida', 'AMB-CONDICIONS')).documents[0];
    assert.notEqual(v2.id, v1.id);

    const draft = await client.application(id, maria);
    assert.deepEqual(draft.acceptedDocuments.map((a: any) => [a.documentId, a.versionNumber, a.sha256]), [[v1.id, 1, v1.sha256]], 'the accepted version is kept');
    assert.deepEqual(draft.missingSteps.find((s: any) => s.step === 'ACCEPT_CONDITIONS'), { step: 'ACCEPT_CONDITIONS', items: ['conditions'] });
    const outdated = await client.step('acceptConditions', { applicationId: id, documents: [{ documentId: v1.id, sha256: v1.sha256 }] }, maria);
    assert.deepEqual(outdated.userErrors.map((e: any) => e.code), ['DOCUMENT_OUTDATED']);
    const current = await client.step('acceptConditions', { applicationId: id, documents: [{ documentId: v2.id, sha256: v2.sha256 }] }, maria);
    assert.deepEqual(current.application.acceptedDocuments.map((a: any) => a.versionNumber), [2]);
  });
});

describe('submitting with the development CA (no SIGNATURE_TRUST_ANCHORS)', () => {
  it('accepts what `npm run sign` signs with the development CA in the data folder', async () => {
    // The development CA is made on the spot, valid from now: this service runs on the real time.
    const api = await startTestService({ now: new Date().toISOString() });
    try {
      const client = applicationClient(api);
      const maria = await api.as({ ...MARIA, represents: LLEIDA });
      const resourceId = await publishSimpleResource(api, 'PROVA-DEV-CA', null);
      const { application: { id } } = await client.step('startApplication', { resourceId, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
      await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'a@paeria.cat' }, maria);
      const { canonicalJson } = (await client.application(id, maria)).signingPayload;
      const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...MARIA, represents: LLEIDA });
      const signature = await signPayload({ payload: canonicalJson, certificateChain: signer.chain, privateKey: signer.privateKey });
      const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: 'development-ca-1' }, maria);
      assert.deepEqual(submitted.userErrors, []);
      assert.match(submitted.receipt.registryNumber, /^DIPUTACIO-LLEIDA-E-\d{4}-000001$/);
    } finally {
      await api.close();
    }
  });
});
