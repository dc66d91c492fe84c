import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { verifySeal } from '../../src/registry/seal/seal-keys';
import { fromGlobalId } from '../../src/graphql/global-id';
import { applicationClient } from '../support/application-client';
import { samplePdf } from '../support/file-samples';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
const JORDI = { nif: '87654321X', name: 'Jordi Vidal Roca' };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('applying for a resource: both source procedures end to end', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;

  before(async () => {
    pki = await createTestPki();
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem } });
    client = applicationClient(api);
  });
  after(async () => {
    await api?.close();
  });

  const sealKeys = async (provider: string) => (await api.graphql('query($s: String!) { provider(slug: $s) { sealKeys } }', { s: provider })).body.data.provider.sealKeys;

  it("a Lleida ajuntament's representative applies for the encàrrec de gestió with all eight services", async () => {
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    assert.equal(started.application.status, 'DRAFT');
    assert.deepEqual(started.application.applicant, { name: MARIA.name, nif: MARIA.nif, position: null, email: null, phone: null }, 'prefilled from the token');
    assert.deepEqual(started.application.missingSteps.map((s: any) => s.step), ['APPLICANT_DETAILS', 'SELECT_SERVICES', 'AGREEMENT_DATE', 'ACCEPT_CONDITIONS']);

    const details = await client.step('updateApplicantDetails', {
      applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat', phone: '973 700 300',
    }, maria);
    assert.deepEqual(details.userErrors, []);

    const some = await client.step('selectServices', { applicationId: id, serviceCodes: ['comptabilitat'] }, maria);
    assert.deepEqual(some.warnings.map((w: any) => w.code), ['RECOMMENDED_NOT_SELECTED'], 'says when recommended services are left out');
    const services = resource.serviceOptions.map((o: any) => o.code);
    assert.equal(services.length, 8);
    const all = await client.step('selectServices', { applicationId: id, serviceCodes: services }, maria);
    assert.deepEqual([all.userErrors, all.warnings], [[], []]);

    assert.deepEqual((await client.step('setAgreementDate', { applicationId: id, date: '2026-11-05' }, maria)).userErrors, []);
    const documents = resource.documents.filter((d: any) => d.mustAccept);
    assert.deepEqual(documents.map((d: any) => d.code).sort(), ['data-processing-contract', 'management-agreement']);
    const accepted = await client.step('acceptConditions', { applicationId: id, documents: documents.map((d: any) => ({ documentId: d.id, sha256: d.sha256 })) }, maria);
    assert.deepEqual(accepted.userErrors, []);
    assert.deepEqual(accepted.application.missingSteps, []);

    const draft = await client.application(id, maria);
    const payload = JSON.parse(draft.signingPayload.canonicalJson);
    assert.equal(draft.signingPayload.sha256, createHash('sha256').update(draft.signingPayload.canonicalJson).digest('hex'));
    assert.deepEqual(payload.services, [...services].sort());
    assert.deepEqual(payload.localEntity, { nif: LLEIDA.nif, name: LLEIDA.name, type: 'AJUNTAMENT' });
    assert.equal(payload.agreementDate, '2026-11-05');

    const signer = await pki.signer({ ...MARIA, represents: LLEIDA });
    const signature = await pki.sign(draft.signingPayload.canonicalJson, signer);
    const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: 'lleida-eg-0001' }, maria);
    assert.deepEqual(submitted.userErrors, []);
    const { receipt } = submitted;
    assert.equal(receipt.registryNumber, 'DIPUTACIO-LLEIDA-E-2026-000001');
    assert.equal(receipt.registeredAt, '2026-11-23T10:00:00.000Z');
    assert.equal(receipt.contentSha256, draft.signingPayload.sha256);
    // Three months from the day after registration, date to date (Llei 39/2015 art. 30.4).
    assert.equal(receipt.resolutionDueDate, '2027-02-23');
    assert.equal(submitted.application.status, 'SUBMITTED');
    assert.equal(submitted.application.deadlineState, 'ON_TIME');

    const claims = await verifySeal(receipt.seal, await sealKeys('diputacio-lleida'), { provider: 'diputacio-lleida' });
    assert.equal(claims.registryNumber, receipt.registryNumber);
    assert.equal(claims.resolutionDueDate, '2027-02-23');
    assert.equal(claims.silenceEffect, 'NEGATIVE');
    assert.equal(claims.contentSha256, draft.signingPayload.sha256);
    await assert.rejects(verifySeal(receipt.seal, await sealKeys('diba')), 'another provider\'s keys do not verify it');

    // The change of status, its history row and its announcement were written together.
    const [event] = await client.sql(`select o.topic, o.payload, p.slug from outbox_event o join provider p on p.id = o.provider_id where o.topic = 'application.submitted'`);
    assert.equal(event.payload.registryNumber, receipt.registryNumber);
    assert.deepEqual([event.slug, event.payload.application, event.payload.from, event.payload.to], ['diputacio-lleida', draft.id, 'DRAFT', 'SUBMITTED']);
    const history = await client.sql(`select type, from_status, to_status, actor_nif from application_event
      where application_id::text = ? and from_status is not null`, [fromGlobalId(draft.id)!.id]);
    assert.deepEqual(history, [{ type: 'submitted', from_status: 'DRAFT', to_status: 'SUBMITTED', actor_nif: MARIA.nif }]);
  });

  it('a Barcelona-province ajuntament applies for fitxa 111219 with conditions, interlocutors and the form attached', async () => {
    api.clock.set('2023-03-15T09:30:00Z');
    try {
      const jordi = await api.as({ ...JORDI, represents: BARCELONA });
      const reviewer = await api.as({ nif: '11111111H', name: 'Revisora Diba', roles: ['reviewer:diba'] });
      const resource = await client.resource('diba', '111219');
      const entityId = await client.localEntityId(BARCELONA.nif);

      // Staff facts come first: without them the entity is not eligible, and each missing one is named.
      const early = await client.step('startApplication', { resourceId: resource.id, localEntityId: entityId }, jordi);
      assert.deepEqual(early.userErrors.map((e: any) => [e.code, e.field, e.message]), [
        ['REQUIREMENT_NOT_MET', ['input', 'localEntityId'], 'No es compleix un requisit: email-service-in-use.'],
        ['REQUIREMENT_NOT_MET', ['input', 'localEntityId'], 'No es compleix un requisit: technical-planning-meeting.'],
      ]);
      for (const code of ['email-service-in-use', 'technical-planning-meeting']) {
        const requirement = resource.requirements.find((r: any) => r.code === code);
        const recorded = await api.graphql(`mutation($input: RecordRequirementFulfilmentInput!) { recordRequirementFulfilment(input: $input) {
          fulfilment { requirementCode date recordedByNif } userErrors { code } } }`,
        { input: { localEntityId: entityId, requirementId: requirement.id, date: '2023-02-20', note: 'Reunió amb el SAMSE' } }, reviewer);
        assert.deepEqual(recorded.body.data.recordRequirementFulfilment, { fulfilment: { requirementCode: code, date: '2023-02-20', recordedByNif: '11111111H' }, userErrors: [] });
      }

      const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: entityId }, jordi);
      assert.deepEqual(started.userErrors, []);
      const id = started.application.id;
      assert.deepEqual(started.application.missingSteps, [
        { step: 'APPLICANT_DETAILS', items: ['position', 'email'] },
        { step: 'ACCEPT_CONDITIONS', items: ['conditions'] },
        { step: 'DESIGNATE_INTERLOCUTORS', items: ['technical', 'organizational'] },
        { step: 'ATTACH_FILES', items: ['conditions', 'interlocutors-form'] },
      ]);
      await client.step('updateApplicantDetails', { applicationId: id, name: JORDI.name, nif: JORDI.nif, position: 'Secretari', email: 'secretaria@bcn.cat' }, jordi);
      const conditions = resource.documents.find((d: any) => d.code === 'conditions');
      assert.deepEqual((await client.step('acceptConditions', { applicationId: id, documents: [{ documentId: conditions.id, sha256: conditions.sha256 }] }, jordi)).userErrors, []);
      const designated = await client.step('designateInterlocutors', { applicationId: id, interlocutors: [
        { roleCode: 'technical', name: 'Anna Serra', nif: '11111111H', email: 'aserra@bcn.cat', phone: '932 000 000' },
        { roleCode: 'organizational', name: 'Pere Soler', nif: '22222222J', email: 'psoler@bcn.cat' },
      ] }, jordi);
      assert.deepEqual(designated.userErrors, []);
      const signedConditions = Buffer.concat([samplePdf(), Buffer.from('% condicions signades\n')]);
      const form = Buffer.concat([samplePdf(), Buffer.from('% formulari\n')]);
      for (const [documentCode, bytes] of [['conditions', signedConditions], ['interlocutors-form', form]] as const) {
        const fileId = await client.upload(jordi, bytes, `${documentCode}.pdf`);
        assert.deepEqual((await client.step('attachFile', { applicationId: id, documentCode, fileId }, jordi)).userErrors, []);
      }
      const draft = await client.application(id, jordi);
      assert.deepEqual(draft.missingSteps, []);
      assert.deepEqual(draft.attachments.map((a: any) => a.sha256), [sha256(signedConditions), sha256(form)]);
      const attachment = (headers: Record<string, string>) => fetch(`${api.url}/files/${draft.attachments[1].fileId}`, { headers });
      assert.equal((await attachment(reviewer)).status, 404, 'reviewers do not see drafts, nor their files');

      const signature = await pki.sign(draft.signingPayload.canonicalJson, await pki.signer({ ...JORDI, represents: BARCELONA }));
      const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: 'bcn-111219-0001' }, jordi);
      assert.deepEqual(submitted.userErrors, []);
      assert.equal(submitted.receipt.registryNumber, 'DIBA-E-2023-000001');
      assert.equal(submitted.receipt.resolutionDueDate, '2023-06-15');
      assert.ok(submitted.receipt.targetDueDate > '2023-05-15' && submitted.receipt.targetDueDate < submitted.receipt.resolutionDueDate,
        `55 business days fall before three months: ${submitted.receipt.targetDueDate}`);
      const claims = await verifySeal(submitted.receipt.seal, await sealKeys('diba'), { provider: 'diba' });
      assert.deepEqual(claims.attachments, [{ code: 'conditions', sha256: sha256(signedConditions) }, { code: 'interlocutors-form', sha256: sha256(form) }]);
      const [entry] = await client.sql(`select attachments from registry_entry where number = 'DIBA-E-2023-000001'`);
      assert.deepEqual(entry.attachments.map((a: any) => a.sha256), [sha256(signedConditions), sha256(form)]);

      const download = await attachment(reviewer);
      assert.equal(download.status, 200, 'the provider reviews what was submitted');
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), form);
      assert.equal((await attachment(await api.as({ nif: '22222222J', roles: ['reviewer:diputacio-lleida'] }))).status, 404);

      // The reviewer now sees it with its deadline state; the limit of one per entity holds.
      const seen = await client.application(id, reviewer);
      assert.equal(seen.registryNumber, 'DIBA-E-2023-000001');
      assert.equal(seen.deadlineState, 'ON_TIME');
      api.clock.set('2023-06-10T09:00:00Z');
      assert.equal((await client.application(id, reviewer)).deadlineState, 'AT_RISK');
      api.clock.set('2023-06-16T09:00:00Z');
      assert.equal((await client.application(id, reviewer)).deadlineState, 'OVERDUE');
      api.clock.set('2023-03-16T09:00:00Z');
      const again = await client.step('startApplication', { resourceId: resource.id, localEntityId: entityId }, jordi);
      assert.deepEqual(again.userErrors.map((e: any) => e.code), ['APPLICATION_LIMIT_REACHED']);
    } finally {
      api.clock.set('2026-11-23T10:00:00Z');
    }
  });
});
