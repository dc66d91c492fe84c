import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { fieldId, type UserErrorLike } from '../ui/user-errors';
import { describePath } from './describe-path';
import { ARCHIVE_RESOURCE, PUBLICATION_CHECK, PUBLISH_RESOURCE, SCHEDULE_PUBLICATION, UNPUBLISH_RESOURCE } from './operations';

interface Props {
  provider: string;
  code: string;
  resourceId: string;
  status: string;
  version: number;
  /** Unsaved changes: publishing takes the saved draft, so the editor saves first. */
  dirty: boolean;
  /** Changes after each save, so the check is asked again. */
  generation: number;
  onChanged: (version: number) => void;
}

/** datetime-local ("2026-12-01T09:00", the person's local time) → an instant with offset. */
const toInstant = (value: string) => (value ? new Date(value).toISOString() : null);

/** What publishing would refuse or warn about, asked before pressing it; then publish, unpublish, archive or schedule. */
export function PublicationPanel(props: Props) {
  const { t, i18n } = useTranslation();
  const check = useQuery(PUBLICATION_CHECK, { variables: { provider: props.provider, code: props.code }, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (props.generation > 0) void check.refetch();
    // Only when a save or an action changed the draft; the first answer comes with the query.
  }, [props.generation]);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [schedule, setSchedule] = useState({ publishAt: '', unpublishAt: '' });
  const [scheduled, setScheduled] = useState<{ action: string; dueAt: string }[] | null>(null);
  const [publish, publishing] = useMutation(PUBLISH_RESOURCE);
  const [unpublish, unpublishing] = useMutation(UNPUBLISH_RESOURCE);
  const [archive, archiving] = useMutation(ARCHIVE_RESOURCE);
  const [scheduleMutation, scheduling] = useMutation(SCHEDULE_PUBLICATION);
  const busy = publishing.loading || unpublishing.loading || archiving.loading || scheduling.loading;
  const findings = check.data?.resource?.publicationCheck;

  const act = async (which: 'publish' | 'unpublish' | 'archive') => {
    setStatus(t(`editor.progress.${which}`));
    const input = { resourceId: props.resourceId, expectedVersion: props.version };
    try {
      const run = { publish, unpublish, archive }[which];
      const { data } = await run({ variables: { input } });
      const payload = data && ('publishResource' in data ? data.publishResource : 'unpublishResource' in data ? data.unpublishResource : data.archiveResource);
      if (!payload) return;
      setErrors(payload.userErrors);
      if (payload.userErrors.length || !payload.resource) return setStatus(null);
      props.onChanged(payload.resource.version);
      setStatus(t(`editor.done.${which}`, { status: payload.resource.statusLabel }));
    } catch {
      setStatus(null);
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const submitSchedule = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(t('editor.progress.schedule'));
    try {
      const { data } = await scheduleMutation({ variables: { input: { resourceId: props.resourceId, publishAt: toInstant(schedule.publishAt), unpublishAt: toInstant(schedule.unpublishAt) } } });
      const payload = data?.scheduleResourcePublication;
      if (!payload) return;
      setErrors(payload.userErrors);
      if (payload.userErrors.length) return setStatus(null);
      setScheduled(payload.schedule);
      setStatus(t('editor.done.schedule'));
    } catch {
      setStatus(null);
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const scheduleErrors = (name: string) => errors.filter((error) => error.field && fieldId(error.field) === `input.${name}`);
  return (
    <aside className="publication" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('editor.publication')}</h2>
      <section aria-labelledby="check-title" data-screen="publication-check">
        <h3 id="check-title">{t('editor.checkTitle')}</h3>
        <div aria-live="polite">
          {!findings ? <p>{t('app.loading')}</p> : (
            <>
              <p className={findings.publishable ? 'check check--ok' : 'check check--blocked'} data-publishable={String(findings.publishable)}>
                {findings.publishable ? (findings.warnings.length ? t('editor.publishableWithWarnings') : t('editor.publishableClean')) : t('editor.notPublishable')}
              </p>
              {findings.errors.length ? (
                <ul className="check__errors" aria-label={t('editor.blocking')}>
                  {findings.errors.map((finding, index) => <li key={index}><Finding finding={finding} /></li>)}
                </ul>
              ) : null}
              {findings.warnings.length ? (
                <ul className="check__warnings" aria-label={t('editor.warnings')}>
                  {findings.warnings.map((finding, index) => <li key={index}><Finding finding={finding} /></li>)}
                </ul>
              ) : null}
            </>
          )}
        </div>
      </section>
      <ErrorSummary errors={errors} />
      {props.dirty ? <p className="notice">{t('editor.saveBeforePublishing')}</p> : null}
      <div className="publication__actions">
        <button type="button" className="button" disabled={busy || props.dirty || !findings?.publishable} onClick={() => void act('publish')}>{t('editor.publish')}</button>
        <button type="button" className="button button--secondary" disabled={busy || props.dirty || props.status !== 'PUBLISHED'} onClick={() => void act('unpublish')}>{t('editor.unpublish')}</button>
        <button type="button" className="button button--danger" disabled={busy || props.dirty || props.status === 'ARCHIVED'} onClick={() => void act('archive')}>{t('editor.archive')}</button>
      </div>
      <Status>{status}</Status>
      <form className="schedule" onSubmit={(event) => void submitSchedule(event)} noValidate aria-labelledby="schedule-title">
        <h3 id="schedule-title">{t('editor.scheduleTitle')}</h3>
        <Field id="input.publishAt" label={t('editor.publishAt')} errors={scheduleErrors('publishAt')}>
          {(control) => <input {...control} type="datetime-local" value={schedule.publishAt} onChange={(event) => setSchedule({ ...schedule, publishAt: event.target.value })} />}
        </Field>
        <Field id="input.unpublishAt" label={t('editor.unpublishAt')} errors={scheduleErrors('unpublishAt')}>
          {(control) => <input {...control} type="datetime-local" value={schedule.unpublishAt} onChange={(event) => setSchedule({ ...schedule, unpublishAt: event.target.value })} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy}>{t('editor.schedule')}</button>
        {scheduled ? (
          <ul>
            {scheduled.length === 0 ? <li>{t('editor.nothingScheduled')}</li> : scheduled.map((entry) => (
              <li key={entry.action}>{t(`editor.scheduled.${entry.action}`, { when: new Date(entry.dueAt).toLocaleString(i18n.language) })}</li>
            ))}
          </ul>
        ) : null}
      </form>
    </aside>
  );
}

/** A finding of the check, saying which field it is about and linked to its control (or the first control inside it). */
function Finding({ finding }: { finding: { field?: readonly string[] | null; message: string } }) {
  const { t } = useTranslation();
  const id = finding.field ? fieldId(finding.field) : null;
  const where = finding.field ? describePath(finding.field, t) : '';
  const text = where ? `${where}: ${finding.message}` : finding.message;
  if (!id) return <>{text}</>;
  return (
    <a href={`#${id}`} onClick={(event) => {
      event.preventDefault();
      const target = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}."]`);
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    }}>{text}</a>
  );
}
