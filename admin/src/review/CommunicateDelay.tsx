import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ReviewDecisionDelayFragment } from '../gql/graphql';
import { Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { Page } from '../ui/Page';
import { errorsAt } from '../ui/user-errors';
import { ActionForm, useRun } from './action-form';
import { Download } from './ApplicationFile';
import { DeadlineBadge, formatDate, formatDateTime } from './format';
import { APPLICATION_DECISION_DELAY, COMMUNICATE_DELAY } from './operations';

/**
 * One application's delay task: what is owed (the breach, the last day to communicate, its
 * deadline state) and, while pending, the form that sends the entity the causes and the measures
 * (`communicateDelay`: a letter sealed, registered outgoing and notified, which takes seconds, so
 * the form shows progress). Once communicated, what was said and the letter.
 */
export function CommunicateDelay() {
  const { t } = useTranslation();
  const { provider = '', id = '' } = useParams();
  const { data, loading } = useQuery(APPLICATION_DECISION_DELAY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const application = data?.application;
  const delay = application?.decisionDelay;
  const navigate = useNavigate();
  // Set once this person's communication went through: the cache then holds the communicated task.
  const [sent, setSent] = useState(false);
  const back = <Link to={`/${provider}/retards`}>{t('review.delays.back')}</Link>;
  const title = t('review.delays.screenTitle', { number: application?.registryNumber ?? '' }).trim();
  if (!application || !delay) {
    return (
      <Page title={title} screen="review-delay">
        {loading ? <p role="status">{t('app.loading')}</p> : <p>{t('review.delays.notDelayed')}</p>}
        <p>{back}</p>
      </Page>
    );
  }
  const facts: [string, ReactNode][] = [
    [t('review.delays.entity'), application.localEntity.name],
    [t('review.delays.resource'), application.resource ? `${application.resource.code} · ${application.resource.title}` : '—'],
    [t('review.delays.status'), application.statusLabel],
    [t('review.delays.resolutionDueDate'), formatDate(application.resolutionDueDate)],
    [t('review.delays.breachedAt'), formatDateTime(delay.breachedAt)],
    [t('review.delays.dueDate'), formatDate(delay.communicationDueDate)],
    [t('review.delays.state'), <DeadlineBadge state={delay.deadlineState} label={delay.deadlineStateLabel} />],
    [t('review.delays.communicatedAt'), formatDateTime(delay.communicatedAt)],
  ];
  return (
    <Page title={title} screen="review-delay" actions={<>{back}<Link to={`/${provider}/revisio/${encodeURIComponent(application.id)}`}>{t('review.delays.openFile')}</Link></>}>
      <section aria-labelledby="delay-details" className="file-section" data-section="delay">
        <h2 id="delay-details">{t('review.delays.details')}</h2>
        <dl className="facts">
          {facts.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
        </dl>
      </section>
      <section aria-labelledby="delay-communication" className="file-section panel" data-section="delay-communication">
        <h2 id="delay-communication">{t('review.delays.actions')}</h2>
        <Status>{sent && delay.communicatedAt ? t('review.delays.done', { number: delay.registryNumber }) : null}</Status>
        {delay.communicatedAt ? <Communicated delay={delay} /> : (
          <CommunicateDelayForm applicationId={application.id} onCancel={() => void navigate(`/${provider}/retards`)} onDone={() => setSent(true)} />
        )}
      </section>
    </Page>
  );
}

/** What the entity was told, and the letter it was notified. */
function Communicated({ delay }: { delay: ReviewDecisionDelayFragment }) {
  const { t } = useTranslation();
  const document = delay.notification?.document;
  return (
    <dl className="facts" data-communicated={delay.registryNumber ?? ''}>
      <div><dt>{t('review.delays.registryNumber')}</dt><dd>{delay.registryNumber ?? '—'}</dd></div>
      <div><dt>{t('review.delays.causes')}</dt><dd>{delay.causes}</dd></div>
      <div><dt>{t('review.delays.measures')}</dt><dd>{delay.measures}</dd></div>
      <div><dt>{t('review.delays.letter')}</dt><dd>{document ? <Download url={document.downloadUrl} filename={document.filename} /> : '—'}</dd></div>
    </dl>
  );
}

/** The causes and measures; the answer's task (same id) updates the cached one, so the screen then shows it communicated. */
function CommunicateDelayForm({ applicationId, onDone, onCancel }: { applicationId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ causes: '', measures: '' });
  const [mutate] = useMutation(COMMUNICATE_DELAY);
  const { errors, working, run } = useRun(onDone);
  const send = () => run(t('review.delays.form'), async () => (await mutate({
    variables: { input: { applicationId, ...form } },
  })).data?.communicateDelay.userErrors);
  // Errors about the task itself (already communicated, no delay) concern the application.
  const describe = (field: readonly string[]) => t(field[1] === 'causes' || field[1] === 'measures' ? `review.delays.${field[1]}` : 'review.delays.application');
  return (
    <ActionForm id="communicate-delay" title={t('review.delays.form')} errors={errors} working={working} onSubmit={() => void send()} onCancel={onCancel} describe={describe}>
      <Field id="input.causes" label={t('review.delays.causes')} hint={t('review.delays.causesHint')} required errors={errorsAt(errors, ['input', 'causes'])}>
        {(control) => <textarea {...control} rows={5} value={form.causes} onChange={(event) => setForm({ ...form, causes: event.target.value })} />}
      </Field>
      <Field id="input.measures" label={t('review.delays.measures')} hint={t('review.delays.measuresHint')} required errors={errorsAt(errors, ['input', 'measures'])}>
        {(control) => <textarea {...control} rows={5} value={form.measures} onChange={(event) => setForm({ ...form, measures: event.target.value })} />}
      </Field>
    </ActionForm>
  );
}
