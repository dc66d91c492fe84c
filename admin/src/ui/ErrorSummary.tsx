import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type UserErrorLike } from './user-errors';

/**
 * The errors of the last action, announced (role="alert") and focused so keyboard and screen
 * reader users land on them; each error with a field links to its control, where the same message
 * is shown again next to it.
 */
export function ErrorSummary({ errors, hasControl, describe }: {
  errors: readonly UserErrorLike[];
  hasControl?: (id: string) => boolean;
  /** Names the field an error is about ("Títol · Castellà"), for a summary that makes sense on its own. */
  describe?: (field: readonly string[]) => string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.title')}</h2>
      <ul>
        {errors.map((error, index) => {
          const id = error.field ? fieldId(error.field) : null;
          const text = error.field && describe ? `${describe(error.field)}: ${error.message}` : error.message;
          return (
            <li key={index}>
              {id && hasControl?.(id) ? (
                <a href={`#${id}`} onClick={(event) => { event.preventDefault(); document.getElementById(id)?.focus(); }}>{text}</a>
              ) : text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A polite live region for progress and outcomes ("Saving…", "Saved"). */
export function Status({ children }: { children: string | null | undefined }) {
  return <p className="status" role="status" aria-live="polite">{children ?? ''}</p>;
}
