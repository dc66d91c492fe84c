import assert from 'node:assert/strict';
import { KeyObject } from 'node:crypto';
import { before, describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { sealCertificateFrom, type SealCertificate } from '../../src/registry/seal/seal-certificate';
import { sealPdfWith } from '../../src/registry/seal/pdf-seal';
import { parseCertificateDer } from '../../src/signature/certificate';
import { createCertificateAuthority, issueSealCertificate } from '../../src/signature/development-pki';
import { checkPades, pdfsig, tamper } from '../support/pades-check';

const AT = new Date('2026-11-23T10:00:00Z');

function samplePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: AT, ModDate: AT } });
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

describe('sealing a PDF with PAdES', () => {
  let root: Buffer;
  let seal: SealCertificate;

  before(async () => {
    const ca = await createCertificateAuthority({ name: 'CA de proves', notBefore: new Date('2020-01-01Z'), notAfter: new Date('2040-01-01Z') });
    const issued = await issueSealCertificate(ca, { name: 'Diputació de Lleida', nif: 'P7500000F', notBefore: new Date('2020-01-01Z'), notAfter: new Date('2039-01-01Z') });
    root = Buffer.from(ca.certificate.rawData);
    seal = sealCertificateFrom(KeyObject.from(issued.privateKey), [issued.certificate, ca.certificate].map((c) => parseCertificateDer(Buffer.from(c.rawData))), 'test seal', AT);
  });

  it('gives a signature that pkijs and pdfsig both find valid, by the seal certificate, over the whole file', async () => {
    const sealed = await sealPdfWith(seal, await samplePdf('Justificant de registre'), { reason: 'Justificant de registre', at: AT });
    const cms = await checkPades(sealed, root, AT);
    assert.equal(cms.problem, undefined);
    assert.deepEqual([cms.signatureValid, cms.coversWholeFile, cms.chainTrusted, cms.subFilter], [true, true, true, 'ETSI.CAdES.detached']);
    assert.ok(cms.signerCertificate?.equals(seal.chain[0].der), 'signed by the seal certificate');
    const report = await pdfsig(sealed);
    assert.deepEqual([report.signatureValid, report.totalDocumentSigned, report.subFilter, report.signerCommonName], [true, true, 'ETSI.CAdES.detached', 'Diputació de Lleida'], report.output);
  });

  it('makes a tampered copy fail both checks', async () => {
    const sealed = await sealPdfWith(seal, await samplePdf('Resolució'), { reason: 'Resolució', at: AT });
    const tampered = tamper(sealed);
    assert.equal((await checkPades(tampered, root, AT)).signatureValid, false);
    const report = await pdfsig(tampered);
    assert.equal(report.signatureValid, false, report.output);
  });
});
