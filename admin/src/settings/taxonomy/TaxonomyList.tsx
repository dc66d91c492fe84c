import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { holds, useViewer } from '../../pages/viewer';
import { providerName } from '../../review/format';
import { ErrorSummary, Status } from '../../ui/ErrorSummary';
import { TranslationStatus } from '../../ui/LanguageFields';
import { Page } from '../../ui/Page';
import type { UserErrorLike } from '../../ui/user-errors';
import type { TaxonomyItem, TaxonomyKind } from './kinds';
import { DELETE_TAXONOMY_ITEM, TAXONOMY } from './operations';

const deleteButtonId = (code: string) => `delete-${code}`;

/**
 * The provider's items of one kind (areas, programmes, catalogues or units): code, Catalan name and
 * which translations are missing, a link to edit each and a delete that asks first. The API's
 * refusal (an item still in use) is shown as it says it, in the person's language.
 */
export function TaxonomyList({ kind }: { kind: TaxonomyKind }) {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const viewer = useViewer().data?.viewer;
  const name = providerName(viewer, provider);
  const arrived = (useLocation().state as { outcome?: string } | null)?.outcome ?? null;
  const { data, loading, refetch } = useQuery(TAXONOMY, { variables: { provider } });
  const [remove] = useMutation(DELETE_TAXONOMY_ITEM);
  const [asked, setAsked] = useState<TaxonomyItem | null>(null);
  const [target, setTarget] = useState<TaxonomyItem | null>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [outcome, setOutcome] = useState<string | null>(arrived);
  const [working, setWorking] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string | null>(null);
  const k = (key: string, options?: Record<string, unknown>) => t(`settings.taxonomy.kinds.${kind.name}.${key}`, options);
  const x = (key: string, options?: Record<string, unknown>) => t(`settings.taxonomy.${key}`, options);
  const base = `/${provider}/administracio/${kind.path}`;
  const items: readonly TaxonomyItem[] = data?.provider?.[kind.name] ?? [];

  // The confirmation takes the focus when it opens; when it closes, the focus goes back where it belongs.
  useEffect(() => {
    if (asked) confirmHeading.current?.focus();
    else if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [asked]);

  const ask = (item: TaxonomyItem) => {
    setErrors([]);
    setOutcome(null);
    setAsked(item);
  };
  const cancel = () => {
    focusAfter.current = asked ? deleteButtonId(asked.code) : null;
    setAsked(null);
  };
  const confirm = async (item: TaxonomyItem) => {
    setWorking(true);
    setTarget(item);
    try {
      const payload = (await remove({ variables: { input: { provider, kind: kind.apiKind, code: item.code } } })).data?.deleteTaxonomyItem;
      const userErrors = payload?.userErrors ?? [{ code: 'UNEXPECTED', message: t('errors.unexpected') }];
      if (userErrors.length) {
        // The error summary takes the focus; the item stays, so its button is still there after.
        setErrors([...userErrors]);
      } else {
        setOutcome(k('deleted', { code: item.code }));
        focusAfter.current = 'taxonomy-new';
        await refetch();
      }
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    } finally {
      setWorking(false);
      setAsked(null);
    }
  };

  if (viewer && !holds(viewer, 'ADMIN', provider)) {
    return <Page title={k('title', { provider: name })} screen="settings-taxonomy"><p>{t('errors.forbidden')}</p></Page>;
  }
  return (
    <Page title={k('title', { provider: name })} screen="settings-taxonomy"
      actions={<Link id="taxonomy-new" className="button" to={`${base}/nou`}>{k('new')}</Link>}>
      <ErrorSummary errors={errors} describe={() => (target ? `${target.name} (${target.code})` : '')} />
      <Status>{working ? x('deleting') : outcome}</Status>
      {asked ? (
        <section className="panel notice" aria-labelledby="delete-confirm-title" data-confirm-delete={asked.code}>
          <h2 id="delete-confirm-title" tabIndex={-1} ref={confirmHeading}>{x('confirmTitle', { name: asked.name, code: asked.code })}</h2>
          <p>{x('confirmText')}</p>
          <div className="form-actions">
            <button type="button" className="button button--danger" disabled={working} onClick={() => void confirm(asked)}>{x('confirm')}</button>
            <button type="button" className="button button--secondary" disabled={working} onClick={cancel}>{x('cancel')}</button>
          </div>
        </section>
      ) : null}
      {loading && !data ? <p role="status">{t('app.loading')}</p> : null}
      {data && !items.length ? <p>{k('none')}</p> : null}
      {items.length ? (
        <div className="table-scroll">
          <table data-table="taxonomy">
            <caption className="visually-hidden">{k('title', { provider: name })}</caption>
            <thead><tr><th scope="col">{x('code')}</th><th scope="col">{x('name')}</th><th scope="col">{x('translations')}</th><th scope="col">{x('actions')}</th></tr></thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code} data-code={item.code}>
                  <td><code>{item.code}</code></td>
                  <td lang="ca">{item.name}</td>
                  <td><TranslationStatus present={(locale) => locale === 'CA' || item.translations.some((entry) => entry.locale === locale)} /></td>
                  <td>
                    {/* The flex box inside the cell: on the cell itself it would stop being a table cell. */}
                    <div className="action-buttons">
                      <Link className="button button--secondary" to={`${base}/${encodeURIComponent(item.code)}/edita`} aria-label={x('editOf', { name: item.name })}>{x('edit')}</Link>
                      <button type="button" id={deleteButtonId(item.code)} className="button button--danger" disabled={working}
                        aria-label={x('deleteOf', { name: item.name })} onClick={() => ask(item)}>{x('delete')}</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
