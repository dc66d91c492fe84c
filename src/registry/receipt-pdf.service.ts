import type { ApplicationEntity } from '../applications/application.entity';
import { Locale } from '../i18n/locale';
import { receiptClaimsOf } from './receipt-claims';
import { receiptTitle, renderReceiptPdf } from './receipt-pdf';
import { sealPdf } from './seal/pdf-seal';
import type { SealCertificates } from './seal/seal-certificates';

/** The canonical path of an application's sealed receipt: what download links sign. */
export const receiptPdfPath = (applicationGlobalId: string) => `/applications/${applicationGlobalId}/receipt.pdf`;

/**
 * The justificant of a submitted application as a PDF sealed by its provider (PAdES), rendered
 * from the claims of its JWS seal, so both seals state the same facts. Null before submission.
 * The caller has already decided that the person may read the application.
 */
export async function sealedReceiptPdf(
  context: { registryKeys: { sealCertificates: SealCertificates }; clock: { now(): Date } },
  application: Pick<ApplicationEntity, 'receiptJws' | 'provider'>, locale: Locale,
): Promise<{ registryNumber: string; pdf: Buffer } | null> {
  if (!application.receiptJws) return null;
  const claims = receiptClaimsOf(application.receiptJws);
  const rendered = await renderReceiptPdf(claims, locale);
  const pdf = await sealPdf(context, application.provider.slug, rendered, `${receiptTitle(locale)} ${claims.registryNumber}`);
  return { registryNumber: claims.registryNumber, pdf };
}
