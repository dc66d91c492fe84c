import { userError, UserError } from '../graphql/user-error';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locale';
import { ResourceSnapshot } from './resource-snapshot';

/**
 * What a fitxa needs before the public sees it. Missing Catalan content blocks publication;
 * a missing translation in another language is only a warning (readers fall back to Catalan).
 */
export function checkCompleteness(snapshot: ResourceSnapshot): { errors: UserError[]; warnings: UserError[] } {
  const errors: UserError[] = [];
  const catalan = snapshot.translations[DEFAULT_LOCALE];
  const required = (value: unknown, field: string[], what: string) => {
    const empty = value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (empty) errors.push(userError('REQUIRED', `${what} is required to publish`, field));
  };
  required(catalan?.title, ['translations', DEFAULT_LOCALE, 'title'], 'The Catalan title');
  required(catalan?.summary, ['translations', DEFAULT_LOCALE, 'summary'], 'The Catalan summary');
  required(catalan?.description, ['translations', DEFAULT_LOCALE, 'description'], 'The Catalan description');
  required(snapshot.audience, ['audience'], 'The audience (destinataris)');
  required(snapshot.resolutionTerm, ['resolutionTerm'], 'The maximum resolution term');
  required(snapshot.providerUnit, ['providerUnit'], 'The provider unit');
  snapshot.requirements.forEach((requirement, index) => required(requirement.text[DEFAULT_LOCALE], ['requirements', String(index), 'text', DEFAULT_LOCALE], 'The Catalan text of each requirement'));
  snapshot.documents.forEach((document, index) => required(document.title[DEFAULT_LOCALE], ['documents', String(index), 'title', DEFAULT_LOCALE], 'The Catalan title of each document'));

  const warnings = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && !snapshot.translations[locale])
    .map((locale) => userError('MISSING_TRANSLATION', `No ${locale} translation: readers in that language will see Catalan`, ['translations', locale]));
  return { errors, warnings };
}
