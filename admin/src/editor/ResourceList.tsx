import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ResourceStatus } from '../gql/graphql';
import { Page } from '../ui/Page';
import { enumLabel, enumValues } from './content-spec';
import { EDITOR_RESOURCES } from './operations';

const PAGE_SIZE = 20;
const ALL_STATUSES: ResourceStatus[] = ['DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'];

/** A provider's fitxes in every editorial state: search, filters and pages (the state is in the address, so it can be shared and survives going back). */
export function ResourceList() {
  const { t, i18n } = useTranslation();
  const { provider = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const after = params.get('after');
  const before = params.get('before');
  const [draft, setDraft] = useState({ search, status, kind });
  const filter = {
    provider: [provider],
    status: status ? [status as ResourceStatus] : ALL_STATUSES,
    ...(search ? { search } : {}),
    ...(kind ? { kind: [kind as never] } : {}),
  };
  const { data, loading, error } = useQuery(EDITOR_RESOURCES, {
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.resources;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.search) next.set('q', draft.search);
    if (draft.status) next.set('status', draft.status);
    if (draft.kind) next.set('kind', draft.kind);
    setParams(next);
  };
  const page = (key: 'after' | 'before', cursor: string | null | undefined) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('before');
    if (cursor) next.set(key, cursor);
    setParams(next);
  };

  return (
    <Page title={t('editor.listTitle')} screen="resource-list"
      actions={<Link className="button" to={`/${provider}/fitxes/nova`}>{t('editor.create')}</Link>}>
      <form className="filters" role="search" onSubmit={apply} aria-label={t('editor.filters')}>
        <div className="field">
          <label htmlFor="list-search">{t('editor.search')}</label>
          <input id="list-search" type="search" value={draft.search} onChange={(event) => setDraft({ ...draft, search: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="list-status">{t('editor.status')}</label>
          <select id="list-status" value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
            <option value="">{t('editor.allStatuses')}</option>
            {ALL_STATUSES.map((value) => <option key={value} value={value}>{enumLabel('ResourceStatus', value, i18n.language)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="list-kind">{t('fields.kind')}</label>
          <select id="list-kind" value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value })}>
            <option value="">{t('editor.allKinds')}</option>
            {enumValues('ResourceKind').map((value) => <option key={value} value={value}>{enumLabel('ResourceKind', value, i18n.language)}</option>)}
          </select>
        </div>
        <button type="submit" className="button">{t('editor.applyFilters')}</button>
      </form>
      <p role="status" aria-live="polite">
        {loading && !connection ? t('app.loading') : connection ? t('editor.count', { count: connection.totalCount }) : ''}
      </p>
      {error ? <p role="alert" className="field__error">{t('errors.network')}</p> : null}
      {connection && connection.nodes.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t('editor.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.code')}</th>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('editor.status')}</th>
              <th scope="col">{t('fields.kind')}</th>
              <th scope="col">{t('editor.languages')}</th>
              <th scope="col">{t('editor.version')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.nodes.map((resource) => (
              <tr key={resource.id}>
                <td>{resource.code}</td>
                <td><Link to={`/${provider}/fitxes/${encodeURIComponent(resource.code)}`}>{resource.title}</Link></td>
                <td><span className={`badge badge--${resource.status.toLowerCase()}`}>{resource.statusLabel}</span></td>
                <td>{resource.kindLabel}</td>
                <td>{resource.availableLocales.join(', ')}</td>
                <td>{resource.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {connection ? (
        <nav className="pagination" aria-label={t('editor.pages')}>
          <button type="button" className="button button--secondary" disabled={!connection.pageInfo.hasPreviousPage && !after}
            onClick={() => page('before', connection.pageInfo.startCursor)}>{t('editor.previousPage')}</button>
          <button type="button" className="button button--secondary" disabled={!connection.pageInfo.hasNextPage && !before}
            onClick={() => page('after', connection.pageInfo.endCursor)}>{t('editor.nextPage')}</button>
        </nav>
      ) : null}
    </Page>
  );
}
