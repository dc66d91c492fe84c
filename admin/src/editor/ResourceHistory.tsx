import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import type { UserErrorLike } from '../ui/user-errors';
import { describePath } from './describe-path';
import { RESOURCE_REVISIONS, RESTORE_REVISION } from './operations';

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Every save of the draft, newest first, with what changed field by field; any of them can become the draft again. */
export function ResourceHistory() {
  const { t, i18n } = useTranslation();
  const { provider = '', code = '' } = useParams();
  const { data, loading, refetch, fetchMore } = useQuery(RESOURCE_REVISIONS, { variables: { provider, code }, fetchPolicy: 'network-only' });
  const [restore, restoring] = useMutation(RESTORE_REVISION);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const resource = data?.resource;
  if (loading && !resource) return <p role="status">{t('app.loading')}</p>;
  if (!resource) return <Page title={t('errors.notFound')}><p><Link to={`/${provider}/fitxes`}>{t('editor.backToList')}</Link></p></Page>;
  const revisions = resource.revisions;

  const restoreRevision = async (revisionId: string, revisionVersion: number) => {
    setStatus(t('editor.progress.restore'));
    try {
      const { data: answer } = await restore({ variables: { input: { resourceId: resource.id, revisionId, expectedVersion: resource.version } } });
      const payload = answer?.restoreResourceRevision;
      setErrors(payload?.userErrors ?? []);
      if (!payload || payload.userErrors.length) return setStatus(null);
      await refetch();
      setStatus(t('editor.done.restore', { version: revisionVersion }));
    } catch {
      setStatus(null);
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  return (
    <Page title={t('editor.historyTitle', { title: resource.title })} screen="resource-history">
      <p><Link to={`/${provider}/fitxes/${encodeURIComponent(code)}`}>{t('editor.backToFitxa')}</Link> · {t('editor.version')}: {resource.version}</p>
      <ErrorSummary errors={errors} />
      <Status>{status}</Status>
      {revisions ? (
        <ol className="revisions">
          {revisions.nodes.map((revision) => (
            <li key={revision.id} className="revision">
              <h2>{t('editor.revisionHeading', { version: revision.version, action: revision.actionLabel })}</h2>
              <p>{t('editor.revisionBy', { who: revision.actorName, when: new Date(revision.at).toLocaleString(i18n.language) })}</p>
              {revision.changes.length ? (
                <table>
                  <caption className="visually-hidden">{t('editor.changesOf', { version: revision.version })}</caption>
                  <thead><tr><th scope="col">{t('editor.field')}</th><th scope="col">{t('editor.before')}</th><th scope="col">{t('editor.after')}</th></tr></thead>
                  <tbody>
                    {revision.changes.map((change, index) => {
                      const values = change.values as { before?: unknown; after?: unknown };
                      return <tr key={index}><th scope="row">{describePath(change.field, t)}</th><td className="diff--before">{show(values.before)}</td><td className="diff--after">{show(values.after)}</td></tr>;
                    })}
                  </tbody>
                </table>
              ) : <p>{t('editor.noChanges')}</p>}
              {revision.version !== resource.version ? (
                <button type="button" className="button button--secondary" disabled={restoring.loading}
                  onClick={() => void restoreRevision(revision.id, revision.version)}>{t('editor.restore', { version: revision.version })}</button>
              ) : <p><em>{t('editor.currentRevision')}</em></p>}
            </li>
          ))}
        </ol>
      ) : null}
      {revisions?.pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void fetchMore({ variables: { after: revisions.pageInfo.endCursor } })}>{t('editor.olderRevisions')}</button>
      ) : null}
    </Page>
  );
}
