import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { developmentSealCertificatePath } from '../../src/registry/seal/development-seal-certificates';
import { loadOrIssueDevelopmentSigner, signPayload } from '../../src/signature/development-ca';
import { x509 } from '../../src/signature/x509';
import { applicationClient, globalId } from '../support/application-client';
import { checkPades, pdfsig, tamper } from '../support/pades-check';
import { oneLine, pdfText } from '../support/pdf-text';
import { startTestService, TestService } from '../support/test-service';

const LLEIDA = { nif: 'P2515100B', name: 'Ajuntament de Lleida' };
const BARCELONA = { nif: 'P0801900B', name: 'Ajuntament de Barcelona' };
const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };

const RECEIPT_QUERY = `query($id: ID!) { application(id: $id) { receipt { registryNumber contentSha256 pdfUrl } } }`;

describe('the sealed receipt (justificant) as a PAdES PDF', () => {
  let api: TestService;
  let client: ReturnType<typeof applicationClient>;
  let maria: Record<string, string>;
  let applicationId: string;
  let receipt: { registryNumber: string; contentSha256: string; pdfUrl: string };

  before(async () => {
    // No PROVIDER_SEAL_CERTIFICATES: the providers seal with certificates from the development CA,
    // which is made on the spot and valid from now, so this service runs on the real time.
    api = await startTestService({ now: new Date().toISOString(), env: { RESPONSE_CACHE: 'false' } });
    client = applicationClient(api);
    maria = await api.as({ ...MARIA, represents: LLEIDA });
    const resource = await client.resource('diputacio-lleida', 'NNTT-EG');
    const started = await client.step('startApplication', { resourceId: resource.id, localEntityId: await client.localEntityId(LLEIDA.nif) }, maria);
    applicationId = started.application.id;
    await client.step('updateApplicantDetails', { applicationId, name: MARIA.name, nif: MARIA.nif, position: 'Alcaldessa', email: 'alcaldia@paeria.cat' }, maria);
    await client.step('selectServices', { applicationId, serviceCodes: ['comptabilitat'] }, maria);
    await client.step('setAgreementDate', { applicationId, date: '2026-11-01' }, maria);
    const accepted = await client.step('acceptConditions', {
      applicationId, documents: resource.documents.filter((d: any) => d.mustAccept).map((d: any) => ({ documentId: d.id, sha256: d.sha256 })),
    }, maria);
    assert.deepEqual(accepted.application.missingSteps, []);
    const { canonicalJson } = (await client.application(applicationId, maria)).signingPayload;
    const signer = await loadOrIssueDevelopmentSigner(api.dataDir, { ...MARIA, represents: LLEIDA });
    const signature = await signPayload({ payload: canonicalJson, certificateChain: signer.chain, privateKey: signer.privateKey });
    const submitted = await client.submit({ applicationId, signature, idempotencyKey: 'sealed-receipt-1' }, maria);
    assert.deepEqual(submitted.userErrors, []);
    const read = await api.graphql(RECEIPT_QUERY, { id: applicationId }, maria);
    receipt = read.body.data.application.receipt;
  });
  after(async () => {
    await api?.close();
  });

  // Links carry PUBLIC_BASE_URL; the test service listens on a port of its own.
  const download = (url: string, headers: Record<string, string> = {}) => {
    const link = new URL(url);
    return fetch(`${api.url}${link.pathname}${link.search}`, { headers });
  };
  const pathOf = (url: string) => new URL(url).pathname;

  it('serves the receipt sealed by the provider: valid for pkijs and pdfsig, chained to the development CA, stating the registry entry', async () => {
    const response = await download(receipt.pdfUrl);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-disposition') ?? '', new RegExp(`justificant-${receipt.registryNumber}\\.pdf`));
    const pdf = Buffer.from(await response.arrayBuffer());

    const developmentCa = new x509.X509Certificate(readFileSync(path.join(api.dataDir, 'signature', 'dev-ca.pem'), 'utf8'));
    const sealCertificate = new x509.X509Certificate(readFileSync(developmentSealCertificatePath(api.dataDir, 'diputacio-lleida'), 'utf8').replace(/^[\s\S]*?(?=-----BEGIN CERTIFICATE-----)/, ''));
    const cms = await checkPades(pdf, Buffer.from(developmentCa.rawData), new Date());
    assert.equal(cms.problem, undefined);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted, cms.subFilter], [true, true, true, 'ETSI.CAdES.detached']);
    assert.ok(cms.signerCertificate?.equals(Buffer.from(sealCertificate.rawData)), "signed with the provider's seal certificate");
    assert.equal(sealCertificate.subjectName.getField('CN')[0], 'Diputació de Lleida');

    const report = await pdfsig(pdf);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned, report.signerCommonName], [true, true, 'Diputació de Lleida'], report.output);

    const text = oneLine(await pdfText(pdf));
    for (const fact of [receipt.registryNumber, receipt.contentSha256, "Justificant de registre d'entrada", LLEIDA.name, MARIA.nif]) {
      assert.ok(text.includes(fact), `the receipt states ${fact}`);
    }

    const tampered = tamper(pdf);
    assert.equal((await checkPades(tampered, Buffer.from(developmentCa.rawData), new Date())).signatureValid, false);
    assert.equal((await pdfsig(tampered)).signatureValid, false);
  });

  it('is served in the locale asked for, sealed all the same', async () => {
    const read = await api.graphql(`query($id: ID!) { application(id: $id) { receipt { pdfUrl } } }`, { id: applicationId }, { ...maria, 'accept-language': 'es' });
    const url = read.body.data.application.receipt.pdfUrl;
    assert.match(url, /[?&]locale=es(&|$)/);
    const pdf = Buffer.from(await (await download(url)).arrayBuffer());
    assert.ok(oneLine(await pdfText(pdf)).includes('Justificante de registro de entrada'));
    assert.equal((await pdfsig(pdf)).signatureValid, true);
  });

  it('follows the rule of the application: its entity and the provider reviewers read it, others get 404, no token 401, a bad link 403', async () => {
    const bearerUrl = `${api.url}${pathOf(receipt.pdfUrl)}`;
    assert.equal((await download(bearerUrl, maria)).status, 200);
    const reviewer = await api.as({ nif: '22222222J', name: 'Revisora Lleida', roles: ['reviewer:diputacio-lleida'] });
    assert.equal((await download(bearerUrl, reviewer)).status, 200);
    const otherEntity = await api.as({ nif: '33333333P', name: 'Persona de Barcelona', represents: BARCELONA });
    assert.equal((await download(bearerUrl, otherEntity)).status, 404);
    const otherReviewer = await api.as({ nif: '44444444A', name: 'Revisor Diba', roles: ['reviewer:diba'] });
    assert.equal((await download(bearerUrl, otherReviewer)).status, 404);
    assert.equal((await download(bearerUrl)).status, 401);
    const forged = receipt.pdfUrl.replace(/signature=([^&])/, (_, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`);
    assert.equal((await download(forged)).status, 403);
    // A link signed for one application does not open another's receipt.
    const elsewhere = receipt.pdfUrl.replace(pathOf(receipt.pdfUrl), `/applications/${globalId('Application', randomUUID())}/receipt.pdf`);
    assert.equal((await download(elsewhere)).status, 403);
  });
});
