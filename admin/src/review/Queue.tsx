import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApplicationStatus, DeadlineState } from '../gql/graphql';
import { holds, useViewer } from '../pages/viewer';
import { Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import { appendNodes, ShowMore } from '../ui/ShowMore';
import { DeadlineBadge, formatDate, formatDateTime, providerName } from './format';
import { REVIEW_QUEUE } from './operations';

/** The statuses a reviewer acts on, first: the queue shows them unless another filter is chosen. */
export const REVIEW_STATUSES: ApplicationStatus[] = ['SUBMITTED', 'CORRECTIONS_REQUESTED', 'REVOCATION_OPEN', 'GRANTED', 'DENIED', 'REVOKED', 'DESISTED', 'WITHDRAWN'];
const OPEN_STATUSES: ApplicationStatus[] = ['SUBMITTED', 'CORRECTIONS_REQUESTED', 'REVOCATION_OPEN'];
const DEADLINE_STATES: DeadlineState[] = ['OVERDUE', 'AT_RISK', 'ON_TIME'];
const PAGE_SIZE = 50;

/**
 * The reviewers' queue of a provider: its applications ordered by resolution due date (the
 * `applications` query with orderBy RESOLUTION_DUE_DATE), with their deadline state, filtered by
 * status and deadline state. The API only answers with what the person may see.
 */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const viewer = useViewer().data?.viewer;
  const [draft, setDraft] = useState<{ status: string; deadlineState: string }>({ status: 'open', deadlineState: '' });
  const [filters, setFilters] = useState(draft);
  const status = filters.status === 'open' ? OPEN_STATUSES : filters.status ? [filters.status as ApplicationStatus] : null;
  const { data, loading, error, fetchMore } = useQuery(REVIEW_QUEUE, {
    variables: {
      first: PAGE_SIZE,
      filter: { provider: [provider], status, deadlineState: filters.deadlineState ? [filters.deadlineState as DeadlineState] : null },
    },
  });
  const connection = data?.applications;
  const name = providerName(viewer, provider);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };

  if (viewer && !holds(viewer, 'REVIEWER', provider) && !holds(viewer, 'ADMIN', provider)) {
    return <Page title={t('review.queue.title', { provider: name })} screen="review-queue"><p>{t('errors.forbidden')}</p></Page>;
  }
  return (
    <Page title={t('review.queue.title', { provider: name })} screen="review-queue"
      actions={<Link to={`/${provider}/retards`}>{t('review.delays.queueLink')}</Link>}>
      <p>{t('review.queue.intro')}</p>
      <form className="filters" aria-labelledby="queue-filters" onSubmit={apply}>
        <h2 id="queue-filters" className="visually-hidden">{t('review.queue.filters')}</h2>
        <div className="field">
          <label htmlFor="queue-status">{t('review.queue.status')}</label>
          <select id="queue-status" value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
            <option value="open">{OPEN_STATUSES.map((value) => t(`review.statuses.${value}`)).join(', ')}</option>
            <option value="">{t('review.queue.all')}</option>
            {REVIEW_STATUSES.map((value) => <option key={value} value={value}>{t(`review.statuses.${value}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="queue-deadline">{t('review.queue.deadlineState')}</label>
          <select id="queue-deadline" value={draft.deadlineState} onChange={(event) => setDraft({ ...draft, deadlineState: event.target.value })}>
            <option value="">{t('review.queue.all')}</option>
            {DEADLINE_STATES.map((value) => <option key={value} value={value}>{t(`review.deadlineStates.${value}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="button">{t('review.queue.apply')}</button>
      </form>
      <Status>{loading ? t('app.loading') : connection ? t('review.queue.count', { count: connection.totalCount }) : null}</Status>
      {error ? <p className="field__error" role="alert">{t('errors.unexpected')}</p> : null}
      {connection && connection.nodes.length === 0 ? <p>{t('review.queue.empty')}</p> : null}
      {connection && connection.nodes.length > 0 ? (
        <table className="queue">
          <caption className="visually-hidden">{t('review.queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.queue.registryNumber')}</th>
              <th scope="col">{t('review.queue.entity')}</th>
              <th scope="col">{t('review.queue.resource')}</th>
              <th scope="col">{t('review.file.status')}</th>
              <th scope="col">{t('review.queue.submittedAt')}</th>
              <th scope="col">{t('review.queue.resolutionDueDate')}</th>
              <th scope="col">{t('review.queue.targetDueDate')}</th>
              <th scope="col">{t('review.queue.deadlineState')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.nodes.map((application) => (
              <tr key={application.id} data-application={application.id}>
                <td>
                  <Link to={`/${provider}/revisio/${encodeURIComponent(application.id)}`} aria-label={t('review.queue.open', { number: application.registryNumber ?? application.id })}>
                    {application.registryNumber ?? application.id}
                  </Link>
                </td>
                <td>{application.localEntity.name}</td>
                <td>{application.resource ? `${application.resource.code} · ${application.resource.title}` : t('common.none')}</td>
                <td>{application.statusLabel}</td>
                <td>{formatDateTime(application.submittedAt)}</td>
                <td>{formatDate(application.resolutionDueDate)}</td>
                <td>{formatDate(application.targetDueDate)}</td>
                <td><DeadlineBadge state={application.deadlineState} label={application.deadlineStateLabel} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ShowMore pageInfo={connection?.pageInfo} loading={loading} label={t('review.queue.more')}
        onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendNodes('applications') })} />
    </Page>
  );
}
