import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { holds, useViewer } from '../pages/viewer';
import { Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import { appendNodes, ShowMore } from '../ui/ShowMore';
import { DeadlineBadge, formatDate, formatDateTime, providerName } from './format';
import { DECISION_DELAYS } from './operations';

const PAGE_SIZE = 50;

/**
 * The provider's delay tasks (issue 13, art. 21 LPACAP): applications past the fitxa's hard limit
 * without a decision. The pending ones come first, in their own table, earliest communication due
 * date first with its deadline state; then the communicated ones. Each row opens its form.
 */
export function DecisionDelays() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const viewer = useViewer().data?.viewer;
  const title = t('review.delays.title', { provider: providerName(viewer, provider) });
  if (viewer && !holds(viewer, 'REVIEWER', provider) && !holds(viewer, 'ADMIN', provider)) {
    return <Page title={title} screen="review-delays"><p>{t('errors.forbidden')}</p></Page>;
  }
  return (
    <Page title={title} screen="review-delays" actions={<Link to={`/${provider}/revisio`}>{t('review.file.back')}</Link>}>
      <p>{t('review.delays.intro')}</p>
      <DelayTable provider={provider} pending />
      <DelayTable provider={provider} pending={false} />
    </Page>
  );
}

/** One table of tasks: the pending ones (due date and state) or the communicated ones (when, and the letter's number). */
function DelayTable({ provider, pending }: { provider: string; pending: boolean }) {
  const { t } = useTranslation();
  const d = (key: string, options?: Record<string, unknown>) => t(`review.delays.${key}`, options);
  const { data, loading, error, fetchMore } = useQuery(DECISION_DELAYS, { variables: { provider, pending, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.decisionDelays;
  const id = pending ? 'pending' : 'communicated';
  return (
    <section aria-labelledby={`delays-${id}`} className="file-section" data-section={`delays-${id}`}>
      <h2 id={`delays-${id}`}>{d(id)}</h2>
      <Status>{loading && !connection ? t('app.loading') : connection ? d(`${id}Count`, { count: connection.totalCount }) : null}</Status>
      {error ? <p className="field__error" role="alert">{t('errors.unexpected')}</p> : null}
      {connection && !connection.nodes.length ? <p>{d(pending ? 'emptyPending' : 'emptyCommunicated')}</p> : null}
      {connection?.nodes.length ? (
        <div className="table-scroll">
          <table data-table={`delays-${id}`}>
            <caption className="visually-hidden">{d(id)}</caption>
            <thead>
              <tr>
                <th scope="col">{d('application')}</th>
                <th scope="col">{d('entity')}</th>
                <th scope="col">{d('resource')}</th>
                <th scope="col">{d('breachedAt')}</th>
                <th scope="col">{d('dueDate')}</th>
                {pending ? <th scope="col">{d('state')}</th> : <><th scope="col">{d('communicatedAt')}</th><th scope="col">{d('registryNumber')}</th></>}
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((delay) => {
                const number = delay.application.registryNumber ?? delay.application.id;
                return (
                  <tr key={delay.id} data-application={delay.application.id}>
                    <td>
                      <Link to={`/${provider}/retards/${encodeURIComponent(delay.application.id)}`} aria-label={d(pending ? 'communicate' : 'show', { number })}>{number}</Link>
                    </td>
                    <td>{delay.application.localEntity.name}</td>
                    <td>{delay.application.resource ? `${delay.application.resource.code} · ${delay.application.resource.title}` : t('common.none')}</td>
                    <td>{formatDateTime(delay.breachedAt)}</td>
                    <td>{formatDate(delay.communicationDueDate)}</td>
                    {pending
                      ? <td><DeadlineBadge state={delay.deadlineState} label={delay.deadlineStateLabel} /></td>
                      : <><td>{formatDateTime(delay.communicatedAt)}</td><td>{delay.registryNumber ?? '—'}</td></>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore pageInfo={connection?.pageInfo} loading={loading} label={d('more')}
        onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendNodes('decisionDelays') })} />
    </section>
  );
}
