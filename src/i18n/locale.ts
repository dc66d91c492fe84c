/** Languages the catalogue is published in. Catalan is the reference language and the fallback. */
export enum Locale {
  CA = 'CA',
  ES = 'ES',
  EN = 'EN',
  OC = 'OC',
}

export const DEFAULT_LOCALE = Locale.CA;
export const LOCALES: readonly Locale[] = [Locale.CA, Locale.ES, Locale.EN, Locale.OC];

/** Short text in several languages, for items that are always read with their fitxa. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** Picks the requested language, falling back to Catalan; says which one it served. */
export function pickLocalized(text: LocalizedText | null | undefined, locale: Locale): string | null {
  if (!text) return null;
  return text[locale] ?? text[DEFAULT_LOCALE] ?? null;
}

export function servedLocale(available: Iterable<Locale>, requested: Locale): Locale {
  for (const locale of available) if (locale === requested) return requested;
  return DEFAULT_LOCALE;
}

const ACCEPT_LANGUAGE_TAGS: Record<string, Locale> = { ca: Locale.CA, es: Locale.ES, en: Locale.EN, oc: Locale.OC };

/**
 * Reads an Accept-Language header (RFC 9110 §12.5.4) and returns the best supported locale,
 * or undefined when none of the listed languages is supported.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const locale = ACCEPT_LANGUAGE_TAGS[entry.language];
    if (locale) return locale;
  }
  return undefined;
}
