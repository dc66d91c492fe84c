import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LOCALES, type ContentLocale } from '../editor/content-spec';
import { Field } from './Field';
import { errorsAt, fieldId, type UserErrorLike } from './user-errors';

const LANG: Record<ContentLocale, string> = { CA: 'ca', ES: 'es', EN: 'en', OC: 'oc' };

/** A translation is missing where the Catalan text exists and this language's is empty. */
export const translationMissing = (catalan: string, text: string) => catalan.trim() !== '' && text.trim() === '';

/**
 * One text in the four languages side by side (Catalan first), each control with its own errors
 * and, where the Catalan text exists and this language's is empty, a clear mark that readers will
 * see the Catalan text. The fitxa editor and the admins' taxonomy forms draw their texts with it.
 */
export function LanguageFields({ legend, id, path, errors, text, write, long, rows = 3, requiredLocale, children }: {
  legend: ReactNode;
  /** The fieldset's id, when errors about the whole text link to it. */
  id?: string;
  /** The input path of each language's control: its id, and where its user errors point. */
  path: (locale: ContentLocale) => readonly string[];
  errors: readonly UserErrorLike[];
  text: (locale: ContentLocale) => string;
  write: (locale: ContentLocale, value: string) => void;
  long?: boolean;
  rows?: number;
  /** The language whose text is required (marked so on its control). */
  requiredLocale?: ContentLocale;
  /** Shown after the languages, e.g. errors about the whole text. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="languages" id={id}>
      <legend>{legend}</legend>
      <div className="languages__grid">
        {CONTENT_LOCALES.map((locale) => {
          const cellPath = path(locale);
          const missing = locale !== 'CA' && translationMissing(text('CA'), text(locale));
          return (
            <Field key={locale} id={fieldId(cellPath)} label={t(`locales.${locale}`)} errors={errorsAt(errors, cellPath)}
              required={locale === requiredLocale}
              hint={missing ? <span className="missing-translation">{t('editor.missingHere')}</span> : undefined}>
              {(control) => long
                ? <textarea {...control} lang={LANG[locale]} rows={rows} value={text(locale)} onChange={(event) => write(locale, event.target.value)} />
                : <input {...control} lang={LANG[locale]} value={text(locale)} onChange={(event) => write(locale, event.target.value)} />}
            </Field>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}

/** Which languages have their text and which lack it, as a list a screen reader reads too. */
export function TranslationStatus({ present }: { present: (locale: ContentLocale) => boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="translation-status">
      {CONTENT_LOCALES.map((locale) => (
        <li key={locale} className={present(locale) ? 'translation-status__present' : 'translation-status__missing'}>
          {t(`locales.${locale}`)}: {present(locale) ? t('editor.translationPresent') : t('editor.translationMissing')}
        </li>
      ))}
    </ul>
  );
}
