import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifySeal } from '../../src/registry/seal/seal-keys';
import { applicationClient } from '../support/application-client';
import { createTestPki, TestPki } from '../support/test-pki';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

/**
 * The receipt states the day from which silence takes effect: the maximum term to resolve is the
 * Administration's, so it runs from the actual registry instant even on a Saturday (Llei 39/2015
 * art. 21.3.b, 31.2.c). Moving the start to Monday, as art. 31.2.b does for the applicant's own
 * terms in business days, gave 4 May 2026 where the law gives 30 April.
 */
describe('receipts of a filing on a non-business day', () => {
  let api: TestService;
  let pki: TestPki;
  let client: ReturnType<typeof applicationClient>;

  before(async () => {
    pki = await createTestPki();
    // Saturday 31 January 2026, 11:00 in Catalonia.
    api = await startTestService({ env: { SIGNATURE_TRUST_ANCHORS: pki.trustAnchorsPem }, now: '2026-01-31T10:00:00Z' });
    client = applicationClient(api);
  });
  after(async () => {
    await api?.close();
  });

  it('state the due date of the Administration (3 months from the Saturday: 30 April), sealed and on the application', async () => {
    const maria = await api.as({ ...MARIA, represents: LLEIDA });
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    assert.deepEqual(started.userErrors, []);
    const id = started.application.id;
    await client.step('updateApplicantDetails', {
      applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat', phone: '973 700 300',
    }, maria);
    await client.step('selectServices', { applicationId: id, serviceCodes: resource.serviceOptions.map((o: any) => o.code) }, maria);
    await client.step('setAgreementDate', { applicationId: id, date: '2026-01-20' }, maria);
    const documents = resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 }));
    assert.deepEqual((await client.step('acceptConditions', { applicationId: id, documents }, maria)).application.missingSteps, []);

    const draft = await client.application(id, maria);
    const signature = await pki.sign(draft.signingPayload.canonicalJson, await pki.signer({ ...MARIA, represents: LLEIDA }));
    const submitted = await client.submit({ applicationId: id, signature, idempotencyKey: 'lleida-saturday-0001' }, maria);
    assert.deepEqual(submitted.userErrors, []);
    assert.equal(submitted.receipt.registeredAt, '2026-01-31T10:00:00.000Z');
    assert.equal(submitted.receipt.resolutionDueDate, '2026-04-30');
    assert.equal(submitted.application.resolutionDueDate, '2026-04-30');

    const sealKeys = (await api.graphql('query($s: String!) { provider(slug: $s) { sealKeys } }', { s: 'diputacio-lleida' })).body.data.provider.sealKeys;
    const claims = await verifySeal(submitted.receipt.seal, sealKeys, { provider: 'diputacio-lleida' });
    assert.equal(claims.resolutionDueDate, '2026-04-30');
    assert.equal(claims.silenceEffect, 'NEGATIVE');
  });
});
