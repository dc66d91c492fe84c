import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ServedLocale } from '../graphql/served-locale';
import { labelOf, optionalLabelOf } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { SIGNATURE_FORMAT_LABELS } from '../signature/signature-labels';
import { REGISTRY_DIRECTION_LABELS, REGISTRY_SUBJECT_LABELS } from './registry-labels';
import { RegistryEntryView } from './registry-entry.type';

/** The `…Label` siblings of a registry entry's enum values, in the locale the field serves. */
@Resolver(() => RegistryEntryView)
export class RegistryEntryLabelsResolver {
  @FieldResolver(() => String, { description: 'Label of `direction`, e.g. "Registre d\'entrada".' })
  directionLabel(@Root() entry: RegistryEntryView, @ServedLocale() locale: Locale): string {
    return labelOf(REGISTRY_DIRECTION_LABELS, entry.direction, locale);
  }

  @FieldResolver(() => String, { description: 'Label of `subject`, e.g. "Desistiment".' })
  subjectLabel(@Root() entry: RegistryEntryView, @ServedLocale() locale: Locale): string {
    return labelOf(REGISTRY_SUBJECT_LABELS, entry.subject, locale);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Label of `signatureFormat`, e.g. "Signatura CAdES".' })
  signatureFormatLabel(@Root() entry: RegistryEntryView, @ServedLocale() locale: Locale): string | null {
    return optionalLabelOf(SIGNATURE_FORMAT_LABELS, entry.signatureFormat, locale);
  }
}
