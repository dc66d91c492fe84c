import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { LANGUAGES } from '../i18n/i18n';

/**
 * Every screen's frame: a skip link, the banner with the language switcher and the session,
 * the main navigation, and the main landmark the skip link leads to.
 */
export function Layout({ children, navigation, personName }: { children: ReactNode; navigation?: ReactNode; personName?: string }) {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="banner">
        <div className="banner__brand">
          <Link to="/">{t('app.title')}</Link> <span className="banner__subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="banner__tools">
          <label htmlFor="language-switcher">{t('language.label')}</label>
          <select id="language-switcher" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>{t(`language.${language}`)}</option>
            ))}
          </select>
          {session ? (
            <>
              {personName ? <span className="banner__person">{t('session.signedInAs', { name: personName })}</span> : null}
              <button type="button" className="button button--secondary" onClick={() => signOut()}>{t('session.signOut')}</button>
            </>
          ) : null}
        </div>
      </header>
      {navigation ? <nav className="main-nav" aria-label={t('app.mainNav')}>{navigation}</nav> : null}
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
