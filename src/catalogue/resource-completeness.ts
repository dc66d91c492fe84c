import { InputPath } from '../errors/domain-error';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locale';
import { ResourceSnapshot } from './resource-snapshot';

/**
 * What a fitxa needs before the public sees it. Missing Catalan content blocks publication;
 * a missing translation in another language is only a warning (readers fall back to Catalan).
 */
export function checkCompleteness(snapshot: ResourceSnapshot): { errors: UserError[]; warnings: UserError[] } {
  const errors: UserError[] = [];
  const catalan = snapshot.translations[DEFAULT_LOCALE];
  // Paths name the field of updateResource's input that would fill the gap, so a form can point at it.
  const required = (value: unknown, field: InputPath) => {
    const empty = value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (empty) errors.push(userError(UserErrorCode.REQUIRED, field));
  };
  required(catalan?.title, ['input', 'content', 'translations', DEFAULT_LOCALE, 'title']);
  required(catalan?.summary, ['input', 'content', 'translations', DEFAULT_LOCALE, 'summary']);
  required(catalan?.description, ['input', 'content', 'translations', DEFAULT_LOCALE, 'description']);
  required(snapshot.audience, ['input', 'content', 'audience']);
  required(snapshot.resolutionTerm, ['input', 'content', 'resolutionTerm']);
  required(snapshot.providerUnit, ['input', 'content', 'unitCode']);
  snapshot.requirements.forEach((requirement, index) => required(requirement.text[DEFAULT_LOCALE], ['input', 'content', 'requirements', String(index), 'text', DEFAULT_LOCALE]));
  snapshot.documents.forEach((document, index) => required(document.title[DEFAULT_LOCALE], ['input', 'content', 'documents', String(index), 'title', DEFAULT_LOCALE]));

  const warnings = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && !snapshot.translations[locale])
    .map((locale) => userError(UserErrorCode.MISSING_TRANSLATION, ['input', 'content', 'translations', locale]));
  return { errors, warnings };
}
