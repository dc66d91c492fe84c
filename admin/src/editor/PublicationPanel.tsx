import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { fieldId, type UserErrorLike } from '../ui/user-errors';
import { describePath } from './describe-path';
import { ARCHIVE_RESOURCE, CANCEL_SCHEDULE, PUBLICATION_PANEL, PUBLISH_RESOURCE, SCHEDULE_PUBLICATION, UNPUBLISH_RESOURCE } from './operations';

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

/** What publishing would refuse or warn about, asked before pressing it; then publish, unpublish, archive, or schedule (and see and cancel what is scheduled). */
export function PublicationPanel(props: Props) {
  const { t, i18n } = useTranslation();
  const check = useQuery(PUBLICATION_PANEL, { variables: { provider: props.provider, code: props.code }, fetchPolicy: 'network-only' });
  useEffect(() => {
    if (props.generation > 0) void check.refetch();
    // Only when a save or an action changed the draft; the first answer comes with the query.
  }, [props.generation]);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [schedule, setSchedule] = useState({ publishAt: '', unpublishAt: '' });
  const [publish, publishing] = useMutation(PUBLISH_RESOURCE);
  const [unpublish, unpublishing] = useMutation(UNPUBLISH_RESOURCE);
  const [archive, archiving] = useMutation(ARCHIVE_RESOURCE);
  const [scheduleMutation, scheduling] = useMutation(SCHEDULE_PUBLICATION);
  const [cancelMutation, cancelling] = useMutation(CANCEL_SCHEDULE);
  const busy = publishing.loading || unpublishing.loading || archiving.loading || scheduling.loading || cancelling.loading;
  const findings = check.data?.resource?.publicationCheck;
  // Read from the API, so it is there when the fitxa is opened again; asked again after each change.
  const scheduled = check.data?.resource?.publicationSchedule;

  /**
   * One action of the panel: its progress message, its user errors next to their fields, and then
   * `done`, which answers what to announce (null: nothing, e.g. no fitxa came back).
   */
  const perform = async <P extends { userErrors: UserErrorLike[] }>(
    which: string, call: () => Promise<P | null | undefined>, done: (payload: P) => Promise<string | null>,
  ) => {
    setStatus(t(`editor.progress.${which}`));
    try {
      const payload = await call();
      if (!payload) return;
      setErrors(payload.userErrors);
      setStatus(payload.userErrors.length ? null : await done(payload));
    } catch {
      setStatus(null);
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const act = (which: 'publish' | 'unpublish' | 'archive') => perform(which, async () => {
    const { data } = await { publish, unpublish, archive }[which]({ variables: { input: { resourceId: props.resourceId, expectedVersion: props.version } } });
    return data && ('publishResource' in data ? data.publishResource : 'unpublishResource' in data ? data.unpublishResource : data.archiveResource);
  }, async (payload) => {
    if (!payload.resource) return null;
    props.onChanged(payload.resource.version);
    return t(`editor.done.${which}`, { status: payload.resource.statusLabel });
  });

  const submitSchedule = (event: FormEvent) => {
    event.preventDefault();
    const input = { resourceId: props.resourceId, publishAt: toInstant(schedule.publishAt), unpublishAt: toInstant(schedule.unpublishAt) };
    return perform('schedule', async () => (await scheduleMutation({ variables: { input } })).data?.scheduleResourcePublication, async () => {
      await check.refetch();
      return t('editor.done.schedule');
    });
  };

  const cancelSchedule = () => perform('cancelSchedule', async () => (
    await cancelMutation({ variables: { input: { resourceId: props.resourceId } } })
  ).data?.cancelResourcePublicationSchedule, async () => {
    await check.refetch();
    // The cancel button is gone with the schedule: the keyboard goes on from the next thing to do.
    document.getElementById('input.publishAt')?.focus();
    return t('editor.done.cancelSchedule');
  });

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
      <section className="schedule" aria-labelledby="schedule-title" data-screen="publication-schedule">
        <h3 id="schedule-title">{t('editor.scheduleTitle')}</h3>
        {scheduled ? (
          <ul className="schedule__pending" aria-label={t('editor.pendingSchedule')}>
            {scheduled.length === 0 ? <li>{t('editor.nothingScheduled')}</li> : scheduled.map((entry) => (
              <li key={entry.action}>{t(`editor.scheduled.${entry.action}`, { when: new Date(entry.dueAt).toLocaleString(i18n.language) })}</li>
            ))}
          </ul>
        ) : null}
        {scheduled?.length ? (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void cancelSchedule()}>{t('editor.cancelSchedule')}</button>
        ) : null}
        <form onSubmit={(event) => void submitSchedule(event)} noValidate aria-labelledby="schedule-title">
          <Field id="input.publishAt" label={t('editor.publishAt')} errors={scheduleErrors('publishAt')}>
            {(control) => <input {...control} type="datetime-local" value={schedule.publishAt} onChange={(event) => setSchedule({ ...schedule, publishAt: event.target.value })} />}
          </Field>
          <Field id="input.unpublishAt" label={t('editor.unpublishAt')} errors={scheduleErrors('unpublishAt')}>
            {(control) => <input {...control} type="datetime-local" value={schedule.unpublishAt} onChange={(event) => setSchedule({ ...schedule, unpublishAt: event.target.value })} />}
          </Field>
          <button type="submit" className="button button--secondary" disabled={busy}>{t(scheduled?.length ? 'editor.reschedule' : 'editor.schedule')}</button>
        </form>
      </section>
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
