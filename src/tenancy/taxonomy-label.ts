import { DEFAULT_LOCALE, Locale, LocalizedText } from '../i18n/locale';

/** What taxonomyLabel reads: entities (area, programme, catalogue, unit) and snapshot items alike. */
export interface TaxonomyNamed {
  /** The Catalan name, the reference. */
  name: string;
  /** Names in other languages; absent on snapshots published before translations existed. */
  nameTranslations?: LocalizedText | null;
}

/**
 * The name of a taxonomy item (area, programme, catalogue, provider unit) in a locale, falling
 * back to the Catalan name. The one place that decides it, so facets, fitxes and the taxonomy
 * queries always agree.
 */
export function taxonomyLabel(item: TaxonomyNamed, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return item.name;
  return item.nameTranslations?.[locale]?.trim() || item.name;
}
