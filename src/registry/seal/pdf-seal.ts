import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { buildDetachedCadesSignature } from './cades-signed-data';
import type { SealCertificate } from './seal-certificate';
import type { SealCertificates } from './seal-certificates';

/** What the seal says in the PDF's signature dictionary, which readers show next to it. */
export interface PdfSealDetails {
  /** Why the document is sealed ("Justificant de registre DIBA-E-2026-000001"). */
  reason: string;
  /** The sealing instant: the signature dictionary's M entry. */
  at: Date;
  /** Where it is sealed; defaults to the provider's name. */
  location?: string;
}

/** The @signpdf signer over a provider's seal: it receives the bytes of the ByteRange. */
class ProviderSealSigner extends Signer {
  constructor(private readonly seal: SealCertificate) {
    super();
  }

  override async sign(bytes: Buffer): Promise<Buffer> {
    return buildDetachedCadesSignature(this.seal, bytes);
  }
}

/**
 * The placeholder must hold the signature as hex; most of a CMS signature is the certificate
 * chain, the rest (attributes, signature, structure) stays well under 4 KiB even for RSA-4096.
 */
const placeholderLength = (seal: SealCertificate) => 2 * (seal.chain.reduce((sum, certificate) => sum + certificate.der.length, 0) + 4096);

const commonName = (seal: SealCertificate) => seal.chain[0].details.subjectName.getField('CN')[0] ?? seal.chain[0].details.subject;

/**
 * Seals a PDF with PAdES (SubFilter ETSI.CAdES.detached, baseline B): an invisible signature
 * field whose CMS covers the whole file but the signature itself, by the given seal. Any PDF
 * reader then shows who sealed it and that nothing changed since.
 *
 * pdf-lib rewrites the file (it reads object and cross-reference streams, which a plain-text
 * incremental update could not), so a PDF that already carries signatures is refused rather than
 * silently invalidated, and so is an encrypted one.
 */
export async function sealPdfWith(seal: SealCertificate, pdf: Uint8Array, details: PdfSealDetails): Promise<Buffer> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw new Error('An encrypted PDF cannot be sealed');
    throw new Error(`The document to seal is not a readable PDF (${(error as Error).message})`);
  }
  if (Buffer.from(pdf).includes('/ByteRange')) throw new Error('The PDF is already signed; sealing it again here would invalidate its signatures');
  const name = commonName(seal);
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason: details.reason,
    name,
    location: details.location ?? name,
    contactInfo: '',
    signingTime: details.at,
    signatureLength: placeholderLength(seal),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Catàleg de recursos',
  });
  // Without object streams the signature dictionary stays plain text, where @signpdf finds it.
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }));
  return signpdf.sign(prepared, new ProviderSealSigner(seal), details.at);
}

/**
 * The service later features call (receipts, resolutions, sealed copies): seals `pdf` with the
 * provider's configured seal at the context's clock.
 */
export function sealPdf(
  context: { registryKeys: { sealCertificates: SealCertificates }; clock: { now(): Date } },
  providerSlug: string, pdf: Uint8Array, reason: string,
): Promise<Buffer> {
  return sealPdfWith(context.registryKeys.sealCertificates.require(providerSlug), pdf, { reason, at: context.clock.now() });
}
