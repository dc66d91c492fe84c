import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstScreenShown = false;

/**
 * A screen: sets the document title and, on arrival, moves focus to its heading, so screen reader
 * and keyboard users know the page changed (a single-page app does not reload).
 */
export function Page({ title, children, actions, screen }: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** A stable name of the screen (data-screen), for tests and screenshots. */
  screen?: string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);
  useEffect(() => {
    // Not on the first screen of a visit: there the skip link should come first.
    if (firstScreenShown) heading.current?.focus({ preventScroll: true });
    firstScreenShown = true;
  }, []);
  return (
    <div className="page" data-screen={screen}>
      <div className="page-heading">
        <h1 tabIndex={-1} ref={heading}>{title}</h1>
        {actions ? <div className="page-heading__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
