import assert from 'node:assert/strict';
import { loadOrIssueDevelopmentSigner, signPayload } from '../../src/signature/development-ca';
import { applicationClient } from './application-client';
import { TestPki } from './test-pki';
import { TestService } from './test-service';

export const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
export const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

/** A Lleida draft of the encàrrec de gestió (NNTT-EG) with every step done, started by Maria. */
export async function readyDraft(api: TestService, maria: Record<string, string>): Promise<{ id: string; payload: string }> {
  const client = applicationClient(api);
  const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
  const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
  assert.deepEqual(started.userErrors, []);
  const id = started.application.id;
  await client.step('updateApplicantDetails', { applicationId: id, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
  await client.step('selectServices', { applicationId: id, serviceCodes: ['comptabilitat'] }, maria);
  await client.step('setAgreementDate', { applicationId: id, date: '2026-11-01' }, maria);
  await client.step('acceptConditions', {
    applicationId: id, documents: resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 })),
  }, maria);
  return { id, payload: (await client.application(id, maria)).signingPayload.canonicalJson };
}

/** That draft signed by Maria (JWS) and submitted with this key. */
export async function submittedApplication(api: TestService, pki: TestPki, maria: Record<string, string>, idempotencyKey: string) {
  const { id, payload } = await readyDraft(api, maria);
  const result = await applicationClient(api).submit({ applicationId: id, signature: await pki.sign(payload, await pki.signer({ ...MARIA, represents: LLEIDA })), idempotencyKey }, maria);
  assert.deepEqual(result.userErrors, []);
  return { id, registryNumber: result.receipt.registryNumber as string, idempotencyKey, resolutionDueDate: result.receipt.resolutionDueDate as string };
}

/**
 * A ready draft signed by Maria with the service's development CA (as `npm run sign` does) and
 * submitted with this key: for the back office's tests, whose service runs on real time.
 */
export async function submittedWithDevelopmentCa(api: TestService, maria: Record<string, string>, draft: { id: string; payload: string }, idempotencyKey: string) {
  const result = await applicationClient(api).submit({ applicationId: draft.id, signature: await signedByMaria(api, draft.payload), idempotencyKey }, maria);
  assert.deepEqual(result.userErrors, []);
  return { id: draft.id, registryNumber: result.receipt.registryNumber as string };
}

/** A JWS of the payload by Maria for the Ajuntament de Lleida, with a certificate of the service's development CA. */
export async function signedByMaria(api: TestService, payload: string): Promise<string> {
  const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...MARIA, represents: LLEIDA });
  return signPayload({ payload, certificateChain: signer.chain, privateKey: signer.privateKey });
}
