import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ReceiptView } from './receipt.type';
import { RequestContext } from '../graphql/context';
import { ServedLocale } from '../graphql/served-locale';
import { Locale } from '../i18n/locale';
import { receiptPdfPath } from './receipt-pdf.service';

@Resolver(() => ReceiptView)
export class ReceiptPdfResolver {
  /**
   * A receipt is only served to someone who may read its application, and they may read its PDF
   * (the rule of GET /applications/{id}/receipt.pdf), so the link is theirs to have.
   */
  @FieldResolver(() => String, {
    description: 'Signed link to the justificant as a PDF sealed by the provider (PAdES), in the served locale (GET /applications/{id}/receipt.pdf?…); it works without an Authorization header for a few minutes: ask again for a fresh one. Check the seal in any PDF reader or with `pdfsig`.',
  })
  pdfUrl(@Root() receipt: ReceiptView, @Ctx() context: RequestContext, @ServedLocale() locale: Locale): string {
    return `${context.downloadUrls.sign(receiptPdfPath(receipt.applicationId), context.clock.now())}&locale=${locale.toLowerCase()}`;
  }
}
