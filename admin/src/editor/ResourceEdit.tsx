import { useEffect, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import type { UserErrorLike } from '../ui/user-errors';
import { toContentInput, toFormContent } from './content-input';
import { ContentForm, type Content, type Upload } from './ContentForm';
import { ConflictPanel, type Conflict } from './ConflictPanel';
import { describePath } from './describe-path';
import { CONFLICTING_VERSION, PROVIDER_TAXONOMY, RESOURCE_FORM, SAVE_RESOURCE } from './operations';
import { PublicationPanel } from './PublicationPanel';

const hasControl = (id: string) => Boolean(document.getElementById(id));

/** One fitxa's working draft: every field, saved with the version it was loaded at; a conflict is shown, never overwritten. */
export function ResourceEdit() {
  const { t } = useTranslation();
  const { provider = '', code = '' } = useParams();
  const client = useApolloClient();
  const { token } = useSession();
  const { data, loading, error } = useQuery(RESOURCE_FORM, { variables: { provider, code }, fetchPolicy: 'network-only' });
  const taxonomy = useQuery(PROVIDER_TAXONOMY, { variables: { slug: provider } }).data?.provider ?? null;
  const [content, setContent] = useState<Content | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [warnings, setWarnings] = useState<UserErrorLike[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [checkGeneration, setCheckGeneration] = useState(0);
  const [save, { loading: saving }] = useMutation(SAVE_RESOURCE);
  const resource = data?.resource;

  useEffect(() => {
    if (resource?.content && content === null) {
      setContent(toFormContent(resource.content));
      setVersion(resource.version);
    }
  }, [resource, content]);

  const change = (next: Content) => {
    setContent(next);
    setDirty(true);
  };

  const upload: Upload = async (file) => {
    const body = new FormData();
    body.append('file', file, file.name);
    const bearer = token();
    const response = await fetch('/files', { method: 'POST', body, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    const answer = (await response.json()) as { id?: string; sha256?: string; mediaType?: string; errors?: { message: string }[] };
    if (!response.ok || !answer.id) throw new Error(answer.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return { id: answer.id, sha256: answer.sha256 ?? '', mediaType: answer.mediaType ?? '' };
  };

  const submit = async (expectedVersion: number) => {
    if (!resource || !content) return;
    setStatus(t('common.saving'));
    try {
      const { data: saved } = await save({ variables: { input: { resourceId: resource.id, expectedVersion, content: toContentInput(content) } } });
      const payload = saved?.updateResource;
      if (!payload) return;
      if (payload.userErrors.some((entry) => entry.code === 'STALE_VERSION')) {
        // Someone saved first: show both versions and let the editor choose; never overwrite silently.
        const latest = await client.query({ query: CONFLICTING_VERSION, variables: { provider, code }, fetchPolicy: 'network-only' });
        const theirs = latest.data?.resource;
        if (theirs?.content) {
          const by = theirs.revisions?.nodes[0];
          setConflict({ version: theirs.version, content: toFormContent(theirs.content), actorName: by?.actorName ?? null, at: by?.at ?? null });
        }
        setErrors([]);
        setStatus(null);
        return;
      }
      setErrors(payload.userErrors);
      setWarnings(payload.warnings);
      if (payload.userErrors.length || !payload.resource) {
        setStatus(null);
        return;
      }
      setVersion(payload.resource.version);
      if (payload.resource.content) setContent(toFormContent(payload.resource.content));
      setDirty(false);
      setConflict(null);
      setCheckGeneration((generation) => generation + 1);
      setStatus(t('editor.saved', { version: payload.resource.version }));
    } catch {
      setStatus(null);
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (version !== null) void submit(version);
  };

  if (loading && !resource) return <p role="status">{t('app.loading')}</p>;
  if (error) return <p role="alert">{t('errors.network')}</p>;
  if (!resource || !resource.content) return <Page title={t('errors.notFound')} screen="resource-missing"><p><Link to={`/${provider}/fitxes`}>{t('editor.backToList')}</Link></p></Page>;

  return (
    <Page title={t('editor.editTitle', { title: resource.title, code: resource.code })} screen="resource-edit"
      actions={<Link to={`/${provider}/fitxes/${encodeURIComponent(code)}/historial`}>{t('editor.history')}</Link>}>
      <p>
        <Link to={`/${provider}/fitxes`}>{t('editor.backToList')}</Link>
        {' · '}{t('editor.status')}: <span className="badge">{resource.statusLabel}</span>
        {' · '}{t('editor.version')}: <span data-testid="version">{version}</span>
        {dirty ? <> {' · '}<strong className="unsaved">{t('editor.unsaved')}</strong></> : null}
      </p>
      {conflict && content ? (
        <ConflictPanel conflict={conflict} mine={content}
          keepMine={() => void submit(conflict.version)}
          takeTheirs={() => {
            setContent(conflict.content);
            setVersion(conflict.version);
            setDirty(false);
            setConflict(null);
            setCheckGeneration((generation) => generation + 1);
            setStatus(t('editor.tookTheirs', { version: conflict.version }));
          }} />
      ) : null}
      <ErrorSummary errors={errors} hasControl={hasControl} describe={(field) => describePath(field, t)} />
      {warnings.length ? <ul className="notice">{warnings.map((warning, index) => <li key={index}>{warning.message}</li>)}</ul> : null}
      <div className="editor">
        <form id="resource-form" className="editor__form" onSubmit={onSubmit} noValidate>
          {content ? <ContentForm content={content} onChange={change} errors={errors} upload={upload}
            taxonomy={taxonomy ? { areas: taxonomy.areas, programmes: taxonomy.programmes, catalogues: taxonomy.catalogues, units: taxonomy.units } : null} /> : null}
          <div className="editor__save">
            <button type="submit" className="button" disabled={saving || Boolean(conflict)}>{saving ? t('common.saving') : t('editor.save')}</button>
            <Status>{status}</Status>
          </div>
        </form>
        <PublicationPanel provider={provider} code={code} resourceId={resource.id} status={resource.status} version={version ?? resource.version}
          dirty={dirty} generation={checkGeneration}
          onChanged={(next) => { setVersion(next); setCheckGeneration((generation) => generation + 1); }} />
      </div>
    </Page>
  );
}
