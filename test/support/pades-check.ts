import { execFile } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * Two independent checks of a PAdES-sealed PDF, for the tests: a CMS check written here with pkijs
 * (not with the code that built the signature), and poppler's pdfsig, which a secretary's PDF
 * reader resembles more than any library of ours.
 */

const engine = new pkijs.CryptoEngine({ name: 'test', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] });
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export interface PadesCheck {
  /** The CMS signature is valid over the ByteRange bytes and its signing-certificate-v2 names the signer. */
  signatureValid: boolean;
  /** The ByteRange covers the whole file except the signature itself: nothing was appended after sealing. */
  coversWholeFile: boolean;
  /** The signer's certificate chains to the trusted root given, at `at`. */
  chainTrusted: boolean;
  subFilter: string | null;
  /** DER of the certificate that signed. */
  signerCertificate: Buffer | null;
  /** Why the signature is not valid, when it is not. */
  problem?: string;
}

/** The last signature of the file: its ByteRange, the bytes it covers and the CMS in /Contents. */
export function lastSignature(pdf: Buffer): { byteRange: number[]; signedBytes: Buffer; cms: Buffer; subFilter: string | null } {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  if (ranges.length === 0) throw new Error('the PDF has no signature');
  const last = ranges[ranges.length - 1];
  const byteRange = last.slice(1, 5).map(Number);
  const [start, firstLength, secondStart, secondLength] = byteRange;
  const signedBytes = Buffer.concat([pdf.subarray(start, start + firstLength), pdf.subarray(secondStart, secondStart + secondLength)]);
  const hex = text.slice(start + firstLength, secondStart).replace(/[<>\s]/g, '');
  const cms = Buffer.from(hex, 'hex');
  const dictionary = text.slice(Math.max(0, last.index! - 2000), last.index! + 2000);
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(dictionary)?.[1] ?? null;
  return { byteRange, signedBytes, cms, subFilter };
}

/** Verifies the last PAdES signature of `pdf` with pkijs, and its chain against `trustedRoot` (DER) at `at`. */
export async function checkPades(pdf: Buffer, trustedRoot: Buffer, at: Date): Promise<PadesCheck> {
  const { byteRange, signedBytes, cms, subFilter } = lastSignature(pdf);
  const coversWholeFile = byteRange[0] === 0 && byteRange[2] + byteRange[3] === pdf.length;
  // The CMS is padded with zeros up to the placeholder's size: read exactly one DER object.
  const parsed = asn1js.fromBER(arrayBuffer(cms));
  const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const base = { coversWholeFile, subFilter, chainTrusted: false, signerCertificate: null };
  if (signedData.encapContentInfo.eContent) return { ...base, signatureValid: false, problem: 'the CMS is not detached' };

  let signerCertificate: pkijs.Certificate | undefined;
  let signatureValid = false;
  let problem: string | undefined;
  try {
    const result = await signedData.verify({ signer: 0, data: arrayBuffer(signedBytes), extendedMode: true, checkChain: false }, engine);
    signatureValid = result.signatureVerified === true;
    signerCertificate = result.signerCertificate ?? undefined;
    if (!signatureValid) problem = result.message;
  } catch (error) {
    problem = (error as { message?: string }).message ?? String(error);
  }
  if (signatureValid && signerCertificate) {
    // signing-certificate-v2 must name exactly the certificate that signed (PAdES baseline B).
    const attribute = signedData.signerInfos[0].signedAttrs?.attributes.find((a) => a.type === '1.2.840.113549.1.9.16.2.47');
    const essCertIdV2 = (attribute?.values[0] as asn1js.Sequence | undefined)?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const firstId = essCertIdV2?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const certHash = firstId?.valueBlock.value.find((item) => item instanceof asn1js.OctetString) as asn1js.OctetString | undefined;
    const expected = createHash('sha256').update(Buffer.from(signerCertificate.toSchema().toBER(false))).digest();
    if (!certHash || !Buffer.from(certHash.valueBlock.valueHexView).equals(expected)) {
      signatureValid = false;
      problem = 'signing-certificate-v2 is missing or names another certificate';
    }
  }
  let chainTrusted = false;
  if (signerCertificate) {
    const chain = new pkijs.CertificateChainValidationEngine({
      trustedCerts: [pkijs.Certificate.fromBER(arrayBuffer(trustedRoot))],
      certs: [...(signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)],
      checkDate: at,
    });
    chainTrusted = (await chain.verify({}, engine)).result === true;
  }
  return {
    signatureValid, coversWholeFile, chainTrusted, subFilter, problem,
    signerCertificate: signerCertificate ? Buffer.from(signerCertificate.toSchema().toBER(false)) : null,
  };
}

export interface PdfsigReport {
  /** pdfsig: "Signature Validation: Signature is Valid." */
  signatureValid: boolean;
  /** pdfsig: "Total document signed" (rather than "Not total document signed"). */
  totalDocumentSigned: boolean;
  subFilter: string | null;
  /** pdfsig: "Signer Certificate Common Name". */
  signerCommonName: string | null;
  output: string;
}

/**
 * Runs poppler's pdfsig on the PDF. The certificate's trust is not asked (-nocert): pdfsig would
 * look for the development CA in an NSS database this machine does not have; checkPades checks the chain.
 */
export async function pdfsig(pdf: Buffer): Promise<PdfsigReport> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pdfsig-'));
  try {
    const file = path.join(folder, 'sealed.pdf');
    writeFileSync(file, pdf);
    let output: string;
    try {
      output = (await promisify(execFile)('pdfsig', ['-nocert', file])).stdout;
    } catch (error) {
      const failed = error as { code?: unknown; stdout?: string; stderr?: string };
      if (failed.code === 'ENOENT') throw new Error('pdfsig is not installed: apt-get install poppler-utils (see .ci/run)');
      // pdfsig exits non-zero when a signature does not verify; its report is still on stdout.
      output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    }
    return {
      signatureValid: /Signature Validation: Signature is Valid\./.test(output),
      totalDocumentSigned: /^\s*- Total document signed/m.test(output),
      subFilter: /Signature Type: (\S+)/.exec(output)?.[1] ?? null,
      signerCommonName: /Signer Certificate Common Name: (.+)/.exec(output)?.[1].trim() ?? null,
      output,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A copy of the PDF with one byte of its signed content changed (inside the first signed range). */
export function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const { byteRange } = lastSignature(pdf);
  // A byte of the first page's content, well inside the first range and away from the signature.
  const position = copy.indexOf('stream', 0) + 12;
  if (position <= 12 || position >= byteRange[1]) throw new Error('no content stream to tamper with');
  copy[position] = copy[position] ^ 0x01;
  return copy;
}
