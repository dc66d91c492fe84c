import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { loadApplicationForApplicant } from '../../src/applications/application-access';
import { registerSignedAct, SignedActInput } from '../../src/applications/signed-act-registration.service';
import { fromGlobalId } from '../../src/graphql/global-id';
import { RegistrySubject } from '../../src/registry/registry-direction';
import { registerOutgoing } from '../../src/registry/registry.service';
import { receiptClaimsOf } from '../../src/registry/receipt-claims';
import { ApplicationEntity } from '../../src/applications/application.entity';
import { applicationClient } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { requestContextFor } from '../support/request-context';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';
import { submittedApplication as submitted_ } from '../support/submitted-application';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

const CONTENT_QUERY = `query($input: SignedActContentInput!) { signedActContent(input: $input) { canonicalJson sha256 } }`;
const ENTRIES_QUERY = `query($id: ID!) { application(id: $id) { registryNumber registryEntries {
  number direction directionLabel subject subjectLabel registeredAt contentSha256 signatureFormat signatureFormatLabel statement signerNif seal } } }`;

/**
 * Acts signed and filed after the submission (withdrawal requests, allegations…) are registered
 * like the submission: verified signature over their own canonical JSON, an incoming entry with
 * its own gap-free number, a sealed justificant, idempotent per person and key. Outgoing entries
 * are numbered in their own book. No mutation files these acts yet, so the service is called with
 * a request context built as the service builds one.
 */
describe('signed acts after submission, and the two books of the registry', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;
  let env: Record<string, string>;
  let submitted: { id: string; registryNumber: string; idempotencyKey: string };

  before(async () => {
    pki = await createTestPki();
    env = { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem, RESPONSE_CACHE: 'false' };
    api = await startTestService({ env });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    submitted = await submittedApplication('first-submission-key');
  });
  after(async () => {
    await api?.close();
  });

  const submittedApplication = (idempotencyKey: string) => submitted_(api, pki, maria, idempotencyKey);

  async function contentToSign(headers: Record<string, string>, input: { applicationId: string; subject: string; statement: string; attachmentIds?: string[] }) {
    const response = await api.graphql(CONTENT_QUERY, { input }, headers);
    return { content: (response.body.data?.signedActContent ?? null) as { canonicalJson: string; sha256: string } | null, codes: (response.body.errors ?? []).map((e) => e.extensions?.code) };
  }

  /** Files an act the way a mutation would: the application loaded for the caller, the act registered, one transaction. */
  async function fileAct(headers: Record<string, string>, applicationId: string, input: Omit<SignedActInput, 'at'>) {
    const context = await requestContextFor(api, headers, env);
    return context.em.transactional(async (em) => {
      const application = await loadApplicationForApplicant(context, em, applicationId);
      return registerSignedAct(context, em, application, { ...input, at: context.clock.now() });
    });
  }

  const nextNumber = (number: string, step = 1) => number.replace(/\d{6}$/, (sequence) => String(Number(sequence) + step).padStart(6, '0'));

  it('registers a withdrawal request signed as a JWS: its own incoming number, the signed content\'s hash, a sealed justificant', async () => {
    const act = { applicationId: submitted.id, subject: 'WITHDRAWAL_REQUEST', statement: 'Desistim de la sol·licitud: el ple ha canviat de criteri.' };
    const { content } = await contentToSign(maria, act);
    assert.ok(content);
    const signed = JSON.parse(content.canonicalJson);
    assert.deepEqual([signed.type, signed.subject, signed.application, signed.signer.nif, signed.statement], ['application-act', 'WITHDRAWAL_REQUEST', submitted.id, MARIA.nif, act.statement]);
    assert.equal(content.sha256, createHash('sha256').update(content.canonicalJson, 'utf8').digest('hex'));

    const signature = await pki.sign(content.canonicalJson, await pki.signer({ ...MARIA, represents: LLEIDA }));
    const result = await fileAct(maria, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: act.statement, signature, idempotencyKey: 'withdrawal-key-0001' });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.replayed, false);
    assert.equal(result.entry.number, nextNumber(submitted.registryNumber));
    const [row] = await client.sql(`select direction, subject, content_sha256, signature, signature_format, signer_nif, attachments, receipt_jws from registry_entry where number = ?`, [result.entry.number]);
    assert.deepEqual(row, {
      direction: 'INCOMING', subject: 'WITHDRAWAL_REQUEST', content_sha256: content.sha256, signature, signature_format: 'JWS', signer_nif: MARIA.nif, attachments: [], receipt_jws: result.receipt,
    });
    const claims = receiptClaimsOf(result.receipt) as unknown as Record<string, any>;
    assert.deepEqual([claims.type, claims.registryNumber, claims.subject, claims.direction, claims.contentSha256, claims.application],
      ['registry-receipt', result.entry.number, 'WITHDRAWAL_REQUEST', 'INCOMING', content.sha256, submitted.id]);

    const { body } = await api.graphql(ENTRIES_QUERY, { id: submitted.id }, maria);
    const entries = body.data.application.registryEntries;
    assert.equal(body.data.application.registryNumber, submitted.registryNumber, 'the submission stays the application\'s registry number');
    assert.deepEqual(entries.map((e: any) => [e.number, e.direction, e.directionLabel, e.subject, e.subjectLabel, e.signatureFormat, e.signerNif]), [
      [submitted.registryNumber, 'INCOMING', "Registre d'entrada", 'SUBMISSION', 'Sol·licitud', 'JWS', MARIA.nif],
      [result.entry.number, 'INCOMING', "Registre d'entrada", 'WITHDRAWAL_REQUEST', 'Desistiment', 'JWS', MARIA.nif],
    ]);
    assert.equal(entries[1].seal, result.receipt);
    assert.equal(entries[1].contentSha256, content.sha256);
    assert.deepEqual(entries.map((e: any) => e.statement), [null, act.statement], 'the registry keeps what was declared, as signed');
  });

  it('registers allegations signed in CAdES with an attachment, whose hash is signed', async () => {
    const fileId = await client.upload(maria, samplePdf(), 'al·legacions.pdf');
    const act = { applicationId: submitted.id, subject: 'ALLEGATIONS', statement: 'Adjuntem el certificat del secretari.', attachmentIds: [fileId] };
    const { content } = await contentToSign(maria, act);
    const fileSha = createHash('sha256').update(samplePdf()).digest('hex');
    assert.deepEqual(JSON.parse(content!.canonicalJson).attachments, [{ file: fileId, sha256: fileSha, filename: 'al·legacions.pdf' }]);

    const signature = await pki.signCades(content!.canonicalJson, await pki.signer({ ...MARIA, represents: LLEIDA }));
    const result = await fileAct(maria, submitted.id, { subject: RegistrySubject.ALLEGATIONS, statement: act.statement, attachmentIds: [fileId], signature, idempotencyKey: 'allegations-key-0001' });
    assert.ok(result.ok, JSON.stringify(result));
    const [row] = await client.sql(`select signature_format, attachments from registry_entry where number = ?`, [result.entry.number]);
    assert.deepEqual(row, { signature_format: 'CADES', attachments: [{ documentCode: null, fileId: fromGlobalId(fileId)!.id, sha256: fileSha, filename: 'al·legacions.pdf' }] });

    const { body } = await api.graphql(ENTRIES_QUERY, { id: submitted.id }, maria);
    assert.deepEqual(body.data.application.registryEntries.at(-1).signatureFormatLabel, 'Signatura CAdES');
  });

  it('answers a retry with the same key and content with the first entry, and refuses the key for anything else', async () => {
    const statement = 'Desistim, segona vegada que ho enviem.';
    const { content } = await contentToSign(maria, { applicationId: submitted.id, subject: 'WITHDRAWAL_REQUEST', statement });
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const first = await fileAct(maria, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement, signature: await pki.sign(content!.canonicalJson, signer), idempotencyKey: 'retry-act-key-01' });
    assert.ok(first.ok);
    const before = await client.counts();

    // A retry may carry a fresh signature (CAdES has a signing time): the content decides.
    const retried = await fileAct(maria, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement, signature: await pki.signCades(content!.canonicalJson, signer), idempotencyKey: 'retry-act-key-01' });
    assert.ok(retried.ok);
    assert.deepEqual([retried.replayed, retried.entry.number, retried.receipt], [true, first.entry.number, first.receipt]);
    assert.deepEqual(await client.counts(), before, 'nothing new registered');

    const other = await contentToSign(maria, { applicationId: submitted.id, subject: 'WITHDRAWAL_REQUEST', statement: 'Una altra cosa.' });
    const reused = await fileAct(maria, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Una altra cosa.', signature: await pki.sign(other.content!.canonicalJson, signer), idempotencyKey: 'retry-act-key-01' });
    assert.deepEqual(!reused.ok && reused.userErrors.map((e) => [e.code, e.field]), [['IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']]]);
    // Keys are shared across acts: the submission's key cannot file a withdrawal.
    const submissionKey = await fileAct(maria, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Una altra cosa.', signature: await pki.sign(other.content!.canonicalJson, signer), idempotencyKey: submitted.idempotencyKey });
    assert.deepEqual(!submissionKey.ok && submissionKey.userErrors.map((e) => e.code), ['IDEMPOTENCY_KEY_REUSED']);
    const badKey = await fileAct(maria, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Una altra cosa.', signature: 'x', idempotencyKey: 'no' });
    assert.deepEqual(!badKey.ok && badKey.userErrors.map((e) => e.code), ['INVALID_IDEMPOTENCY_KEY']);
    assert.deepEqual(await client.counts(), before);

    // And an act's key cannot submit another application.
    const draft = await client.step('startApplication', { resourceId: (await client.resource('diputacio-lleida', 'NNTT-EG')).id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    const refused = await client.submit({ applicationId: draft.application.id, signature: 'not.a.jws', idempotencyKey: 'retry-act-key-01' }, maria);
    assert.deepEqual(refused.userErrors.map((e: any) => e.code), ['IDEMPOTENCY_KEY_REUSED']);
  });

  it('refuses a signature over other content, another act or another application, writing nothing', async () => {
    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const statement = 'Desistim.';
    const { content } = await contentToSign(maria, { applicationId: submitted.id, subject: 'WITHDRAWAL_REQUEST', statement });
    const second = await submittedApplication('second-submission-key');
    const before = await client.counts();
    const cases: [string, Omit<SignedActInput, 'at' | 'idempotencyKey'>, string][] = [
      [submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Desistim!', signature: await pki.sign(content!.canonicalJson, signer) }, 'PAYLOAD_CHANGED'],
      [submitted.id, { subject: RegistrySubject.ALLEGATIONS, statement, signature: await pki.signCades(content!.canonicalJson, signer) }, 'PAYLOAD_CHANGED'],
      [second.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement, signature: await pki.sign(content!.canonicalJson, signer) }, 'PAYLOAD_CHANGED'],
      [submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement, signature: await pki.sign(content!.canonicalJson, await pki.signer({ ...MARIA, represents: BARCELONA })) }, 'SIGNER_MISMATCH'],
      [submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement, signature: 'not.a.jws' }, 'SIGNATURE_INVALID'],
      [submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement, attachmentIds: ['bogus'], signature: await pki.sign(content!.canonicalJson, signer) }, 'UNKNOWN_FILE'],
    ];
    for (const [index, [applicationId, input, code]] of cases.entries()) {
      const result = await fileAct(maria, applicationId, { ...input, idempotencyKey: `bad-act-key-${index}` });
      assert.deepEqual(!result.ok && result.userErrors.map((e) => e.code), [code], `case ${index}`);
    }
    assert.deepEqual(await client.counts(), before);
  });

  it("keeps other entities' people and the provider's reviewers from an applicant's act", async () => {
    const stranger = await api.as({ nif: '22222222J', name: 'Algú', represents: BARCELONA });
    const reviewer = await api.as({ nif: '11111111H', name: 'Revisor', roles: ['reviewer:diputacio-lleida'] });
    const act = { applicationId: submitted.id, subject: 'WITHDRAWAL_REQUEST', statement: 'Desistim.' };
    assert.deepEqual(await contentToSign(stranger, act), { content: null, codes: ['NOT_FOUND'] });
    assert.deepEqual(await contentToSign(reviewer, act), { content: null, codes: ['FORBIDDEN'] });
    assert.deepEqual((await contentToSign({}, act)).codes, ['UNAUTHENTICATED']);
    // A file someone else uploaded cannot be sent with Maria's act.
    const strangersFile = await client.upload(stranger, samplePdf(), 'altre.pdf');
    // A query answers a domain code other than NOT_FOUND/FORBIDDEN as BAD_USER_INPUT (error-mapping.ts, topLevelCode).
    assert.deepEqual((await contentToSign(maria, { ...act, attachmentIds: [strangersFile] })).codes, ['BAD_USER_INPUT']);

    const before = await client.counts();
    await assert.rejects(fileAct(stranger, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Desistim.', signature: 'x.y.z', idempotencyKey: 'stranger-key-01' }), { code: 'NOT_FOUND' });
    await assert.rejects(fileAct(reviewer, submitted.id, { subject: RegistrySubject.WITHDRAWAL_REQUEST, statement: 'Desistim.', signature: 'x.y.z', idempotencyKey: 'reviewer-key-01' }), { code: 'FORBIDDEN' });
    assert.deepEqual(await client.counts(), before);

    // The reviewer reads the entries with the signer; nobody else reads the application.
    const { body } = await api.graphql(ENTRIES_QUERY, { id: submitted.id }, reviewer);
    assert.ok(body.data.application.registryEntries.every((e: any) => e.signerNif === MARIA.nif));
    assert.equal((await api.graphql(ENTRIES_QUERY, { id: submitted.id }, stranger)).body.data.application, null);
  });

  it('numbers outgoing entries in their own book, gap-free and apart from the incoming numbers', async () => {
    const [{ last }] = await client.sql(`select max(number) as last from registry_entry where direction = 'INCOMING'`);
    const em = api.service.database.orm.em.fork();
    const documentSha = createHash('sha256').update('resolució segellada').digest('hex');
    const issued = await em.transactional(async (tx) => {
      const application = await tx.findOneOrFail(ApplicationEntity, { id: fromGlobalId(submitted.id)!.id }, { filters: false, populate: ['provider'] });
      const first = await registerOutgoing(tx, { application, subject: RegistrySubject.CORRECTIONS_REQUEST, at: api.clock.now(), documentSha256: documentSha });
      const second = await registerOutgoing(tx, { application, subject: RegistrySubject.RESOLUTION, at: api.clock.now(), documentSha256: documentSha });
      return [first.number, second.number];
    });
    assert.deepEqual(issued, ['DIPUTACIO-LLEIDA-S-2026-000001', 'DIPUTACIO-LLEIDA-S-2026-000002']);
    // A rolled-back outgoing entry gives its number back.
    await assert.rejects(em.fork().transactional(async (tx) => {
      const application = await tx.findOneOrFail(ApplicationEntity, { id: fromGlobalId(submitted.id)!.id }, { filters: false });
      await registerOutgoing(tx, { application, subject: RegistrySubject.HEARING, at: api.clock.now(), documentSha256: documentSha });
      throw new Error('rolled back');
    }), /rolled back/);

    const incoming = await submittedApplication('third-submission-key');
    assert.equal(incoming.registryNumber, nextNumber(last), 'incoming numbers go on where they were');
    const { body } = await api.graphql(ENTRIES_QUERY, { id: submitted.id }, maria);
    const outgoing = body.data.application.registryEntries.filter((e: any) => e.direction === 'OUTGOING');
    assert.deepEqual(outgoing.map((e: any) => [e.number, e.directionLabel, e.subject, e.contentSha256, e.signatureFormat, e.signerNif, e.seal]), [
      ['DIPUTACIO-LLEIDA-S-2026-000001', 'Registre de sortida', 'CORRECTIONS_REQUEST', documentSha, null, null, null],
      ['DIPUTACIO-LLEIDA-S-2026-000002', 'Registre de sortida', 'RESOLUTION', documentSha, null, null, null],
    ]);
    const [counter] = await client.sql(`select c.last_sequence from registry_counter c join provider p on p.id = c.provider_id where p.slug = 'diputacio-lleida' and c.direction = 'OUTGOING'`);
    assert.equal(counter.last_sequence, 2);
  });
});
