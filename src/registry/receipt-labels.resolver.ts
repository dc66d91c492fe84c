import { FieldResolver, Resolver, Root } from 'type-graphql';
import { SILENCE_EFFECT_LABELS } from '../catalogue/resource-labels';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf, optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { SIGNATURE_FORMAT_LABELS } from '../signature/signature-labels';
import { ReceiptView } from './receipt.type';

/** The `…Label` siblings of a receipt's enum values, in the locale the field serves. */
@Resolver(() => ReceiptView)
export class ReceiptLabelsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Label of `silenceEffect`, e.g. "Silenci desestimatori".' })
  silenceEffectLabel(@Root() receipt: ReceiptView, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(SILENCE_EFFECT_LABELS, receipt.silenceEffect, locale);
  }

  @FieldResolver(() => String, { description: 'Label of `signatureFormat`, e.g. "Signatura CAdES".' })
  signatureFormatLabel(@Root() receipt: ReceiptView, @ServedLocale() locale: Locale): string {
    return labelOf(SIGNATURE_FORMAT_LABELS, receipt.signatureFormat, locale);
  }
}
