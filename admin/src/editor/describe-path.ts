import type { TFunction } from 'i18next';
import { CONTENT_LOCALES } from './content-spec';

/**
 * A content path as people read it: "translations.CA.title" → "Títol · Català",
 * "requirements.0.text.ES" → "Requisit 1 · Text · Castellà".
 */
export function describePath(path: string | readonly string[], t: TFunction): string {
  const segments = typeof path === 'string' ? path.split('.') : [...path];
  const parts: string[] = [];
  let locale: string | null = null;
  for (const segment of segments) {
    if (segment === 'input' || segment === 'content' || segment === 'translations') continue;
    if ((CONTENT_LOCALES as readonly string[]).includes(segment)) locale = t(`locales.${segment}`);
    else if (/^\d+$/.test(segment) && parts.length) parts[parts.length - 1] += ` ${Number(segment) + 1}`;
    else parts.push(t(`fields.${segment}`, { defaultValue: segment }));
  }
  return [...parts, ...(locale ? [locale] : [])].join(' · ');
}
