import assert from 'node:assert/strict';
import { KeyObject } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { challengeText } from '../../src/applications/resolution-challenge';
import { ResolutionKind } from '../../src/applications/resolution-kind';
import { renderSealedCopyPdf, SealedCopyFacts } from '../../src/documents/sealed-copy-pdf';
import { Locale } from '../../src/i18n/locale';
import { renderResolutionPdf, ResolutionFacts } from '../../src/registry/resolution-pdf';
import { sealCertificateFrom, type SealCertificate } from '../../src/registry/seal/seal-certificate';
import { sealPdfWith } from '../../src/registry/seal/pdf-seal';
import { parseCertificateDer } from '../../src/signature/certificate';
import { createCertificateAuthority, issueSealCertificate } from '../../src/signature/development-pki';
import { checkPades, pdfsig } from '../support/pades-check';
import { oneLine, pdfText } from '../support/pdf-text';

const AT = new Date('2026-11-23T10:00:00Z');

const RESOLUTION: ResolutionFacts = {
  kind: ResolutionKind.GRANT,
  registryNumber: 'DIPUTACIO-LLEIDA-S-2026-000001',
  resolvedAt: AT,
  provider: { name: 'Diputació de Lleida', nif: 'P2500000B' },
  applicationId: 'QXBwbGljYXRpb246MQ',
  registryEntries: [{ number: 'DIPUTACIO-LLEIDA-E-2026-000007', label: "Sol·licitud", registeredAt: new Date('2026-11-02T09:00:00Z') }],
  localEntity: { name: 'Ajuntament de Lleida', nif: 'P2515100B' },
  resource: { code: 'NNTT-EG', title: "Encàrrec de gestió d'assistència tècnica informàtica" },
  reasons: 'Compleix tots els requisits de la fitxa.',
  competentBody: 'Presidència de la Diputació de Lleida',
  challenge: challengeText('Presidència de la Diputació de Lleida', Locale.CA),
};

function samplePdf(line: string): Promise<Buffer> {
  const doc = new PDFKit({ size: 'A4', info: { CreationDate: AT, ModDate: AT } });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(line);
    doc.end();
  });
}

describe('resolution and sealed-copy documents', () => {
  let root: Buffer;
  let seal: SealCertificate;

  before(async () => {
    const ca = await createCertificateAuthority({ name: 'CA de proves', notBefore: new Date('2020-01-01Z'), notAfter: new Date('2040-01-01Z') });
    const issued = await issueSealCertificate(ca, { name: 'Diputació de Lleida', nif: 'P2500000B', notBefore: new Date('2020-01-01Z'), notAfter: new Date('2039-01-01Z') });
    root = Buffer.from(ca.certificate.rawData);
    seal = sealCertificateFrom(KeyObject.from(issued.privateKey), [issued.certificate, ca.certificate].map((c) => parseCertificateDer(Buffer.from(c.rawData))), 'test seal', AT);
  });

  it('states the decision, reasons, competent body and both remedies with their terms, and seals validly', async () => {
    const sealed = await sealPdfWith(seal, await renderResolutionPdf(RESOLUTION, Locale.CA), { reason: 'Resolució', at: AT });
    const text = oneLine(await pdfText(sealed));
    for (const fact of [
      "Resolució d'atorgament", RESOLUTION.registryNumber, 'DIPUTACIO-LLEIDA-E-2026-000007', 'Ajuntament de Lleida', 'NNTT-EG', RESOLUTION.reasons,
      'Òrgan competent', 'Recurs potestatiu de reposició', 'Un mes', 'Recurs contenciós administratiu', 'Dos mesos',
      'Llei 39/2015, art. 123 i 124', 'Llei 29/1998, art. 46', 'Termini', 'Davant de', '2026-11-23 11:00:00',
    ]) assert.ok(text.includes(fact), `the resolution states ${fact}`);
    const cms = await checkPades(sealed, root, AT);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted], [true, true, true], cms.problem);
    const report = await pdfsig(sealed);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned], [true, true], report.output);
  });

  it('renders in Spanish and English as well, the same facts in the same table', async () => {
    const es = oneLine(await pdfText(await renderResolutionPdf({ ...RESOLUTION, kind: ResolutionKind.DENY, challenge: challengeText('Presidencia', Locale.ES) }, Locale.ES)));
    for (const fact of ['Resolución de denegación', 'Recurso potestativo de reposición', 'Ley 29/1998, art. 46', 'Plazo']) assert.ok(es.includes(fact), fact);
    const en = oneLine(await pdfText(await renderResolutionPdf({ ...RESOLUTION, challenge: challengeText('Presidency', Locale.EN) }, Locale.EN)));
    for (const fact of ['Decision to grant', 'Optional appeal for reconsideration', 'Two months']) assert.ok(en.includes(fact), fact);
  });

  const copy = (original: SealedCopyFacts['original']): SealedCopyFacts => ({
    provider: RESOLUTION.provider,
    document: {
      code: 'management-agreement', title: "Conveni d'encàrrec de gestió", versionLabel: '2025-1', versionNumber: 1,
      sha256: 'd96bb8f70da43717676a768d90674b35c739958032acea8af363343a4ffa199e', mediaType: 'application/pdf', url: null,
    },
    acceptedAt: new Date('2026-11-01T08:00:00Z'),
    acceptedBy: { entityName: 'Ajuntament de Lleida', entityNif: 'P2515100B', applicantName: 'Maria Puig Soler', applicantNif: '12345678Z' },
    applicationRegistryNumber: 'DIPUTACIO-LLEIDA-E-2026-000007', resolutionRegistryNumber: RESOLUTION.registryNumber, issuedAt: AT, original,
  });

  it('a copy without the original states title, version, SHA-256, who accepted it and when, sealed by the provider', async () => {
    const sealed = await sealPdfWith(seal, await renderSealedCopyPdf(copy(null), Locale.CA), { reason: 'Còpia segellada', at: AT });
    const text = oneLine(await pdfText(sealed));
    for (const fact of ["Còpia segellada: Conveni d'encàrrec de gestió", '2025-1', copy(null).document.sha256, 'Ajuntament de Lleida', '12345678Z', '2026-11-01 09:00:00', RESOLUTION.registryNumber]) {
      assert.ok(text.includes(fact), `the copy states ${fact}`);
    }
    assert.equal((await pdfsig(sealed)).signatureValid, true);
    assert.doesNotMatch((await PDFDocument.load(sealed)).catalog.toString(), /\/AF/, 'nothing embedded when the original is not held');
  });

  it('embeds a stored original whole, even one that is itself signed, and the copy still seals validly', async () => {
    const signedOriginal = await sealPdfWith(seal, await samplePdf("Conveni d'encàrrec de gestió, text íntegre"), { reason: 'Original', at: AT });
    const sealed = await sealPdfWith(seal, await renderSealedCopyPdf(copy({ bytes: signedOriginal, filename: 'conveni.pdf' }), Locale.CA), { reason: 'Còpia segellada', at: AT });
    const attachments = (await PDFDocument.load(sealed)).catalog.toString();
    assert.match(attachments, /\/AF/);
    assert.ok(oneLine(await pdfText(sealed)).includes("s'adjunta íntegre"));
    const cms = await checkPades(sealed, root, AT);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile], [true, true], cms.problem);
    const report = await pdfsig(sealed);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned], [true, true], report.output);
  });
});
