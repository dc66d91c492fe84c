import { Locale } from '../i18n/locale';

/**
 * The name of a taxonomy item (area, programme, catalogue, provider unit) in a locale. The one
 * place that decides it, so facets, fitxes and the taxonomy queries always agree.
 */
export function taxonomyLabel(item: { name: string }, _locale: Locale): string {
  return item.name;
}
