import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import type { UserErrorLike } from '../ui/user-errors';

/** Whether the page has a control with this id, so the error summary links to it. */
const present = (id: string) => Boolean(document.getElementById(id));

/**
 * Runs one mutation: progress while the provider seals, registers and notifies (seconds), then
 * either its user errors (next to their fields and in a summary) or the outcome, announced.
 */
export function useRun(onDone: (what: string) => void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [working, setWorking] = useState(false);
  const run = async (what: string, send: () => Promise<readonly UserErrorLike[] | undefined>) => {
    setWorking(true);
    setErrors([]);
    try {
      const userErrors = (await send()) ?? [{ code: 'UNEXPECTED', message: t('errors.unexpected') }];
      setErrors([...userErrors]);
      if (!userErrors.length) onDone(what);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    } finally {
      setWorking(false);
    }
  };
  return { errors, working, run };
}

/** The frame of every action form: its title, the error summary, the fields, send/cancel and progress. */
export function ActionForm({ id, title, errors, working, onSubmit, onCancel, describe, children }: {
  id: string; title: string; errors: UserErrorLike[]; working: boolean; onSubmit: () => void; onCancel: () => void;
  /** Names the field of an error in the summary, so "Obligatori." says which one. */
  describe?: (field: readonly string[]) => string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form id={id} onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={working}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ErrorSummary errors={errors} hasControl={present} describe={describe} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button" disabled={working}>{t('review.actions.submit')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={working}>{t('review.actions.cancel')}</button>
      </div>
      <Status>{working ? t('review.actions.working') : null}</Status>
    </form>
  );
}
