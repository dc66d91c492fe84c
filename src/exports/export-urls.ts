import { Locale } from '../i18n/locale';

const fitxaPath = (publicBaseUrl: string, providerSlug: string, code: string) =>
  `${publicBaseUrl}/resources/${encodeURIComponent(providerSlug)}/${encodeURIComponent(code)}`;

/** The download link of a fitxa's PDF in a locale, as `Resource.downloadUrl` serves it. */
export function fitxaPdfUrl(publicBaseUrl: string, providerSlug: string, code: string, locale: Locale): string {
  return `${fitxaPath(publicBaseUrl, providerSlug, code)}.pdf?locale=${locale.toLowerCase()}`;
}

/** The link of a fitxa's CPSV-AP JSON-LD, as `Resource.jsonLdUrl` serves it. */
export function fitxaJsonLdUrl(publicBaseUrl: string, providerSlug: string, code: string): string {
  return `${fitxaPath(publicBaseUrl, providerSlug, code)}.jsonld`;
}
