import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ca } from './ca';
import { en } from './en';
import { es } from './es';

/** The back office's languages: Catalan first (the default), Spanish and English. */
export const LANGUAGES = ['ca', 'es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'admin.language';

/** The language a person chose before (kept in this browser: it is no secret), else Catalan. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'ca';
}

export function setupI18n() {
  void i18next.use(initReactI18next).init({
    resources: { ca: { translation: ca }, es: { translation: es }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'ca',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  // <html lang> follows the language, so screen readers pronounce the page right.
  const apply = (language: string) => {
    document.documentElement.lang = language;
    localStorage.setItem(STORAGE_KEY, language);
  };
  apply(i18next.language);
  i18next.on('languageChanged', apply);
  return i18next;
}

export const currentLanguage = (): Language => ((LANGUAGES as readonly string[]).includes(i18next.language) ? i18next.language : 'ca') as Language;
