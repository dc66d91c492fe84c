import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ResourceKind } from '../gql/graphql';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { Page } from '../ui/Page';
import { errorsAt, type UserErrorLike } from '../ui/user-errors';
import { enumLabel, enumValues } from './content-spec';
import { CREATE_RESOURCE } from './operations';

/** A new fitxa: its code, kind and Catalan title; the rest is filled in the form it opens. */
export function ResourceCreate() {
  const { t, i18n } = useTranslation();
  const { provider = '' } = useParams();
  const navigate = useNavigate();
  const [form, setForm] = useState({ code: '', kind: 'TECHNICAL', title: '' });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [create, { loading }] = useMutation(CREATE_RESOURCE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await create({ variables: { input: { provider, code: form.code, content: { kind: form.kind as ResourceKind, translations: [{ locale: 'CA', title: form.title }] } } } });
      const payload = data?.createResource;
      if (payload?.userErrors.length) return setErrors(payload.userErrors);
      if (payload?.resource) navigate(`/${provider}/fitxes/${encodeURIComponent(payload.resource.code)}`);
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    }
  };
  return (
    <Page title={t('editor.createTitle')} screen="resource-create">
      <ErrorSummary errors={errors} hasControl={(id) => Boolean(document.getElementById(id))} />
      <form onSubmit={(event) => void submit(event)} noValidate className="panel">
        <Field id="input.code" label={t('editor.code')} hint={t('editor.codeHint')} required errors={errorsAt(errors, ['input', 'code'])}>
          {(control) => <input {...control} value={form.code} onChange={(event) => setForm({ ...form, code: event.target.value })} />}
        </Field>
        <Field id="input.content.kind" label={t('fields.kind')} required errors={errorsAt(errors, ['input', 'content', 'kind'])}>
          {(control) => (
            <select {...control} value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value })}>
              {enumValues('ResourceKind').map((value) => <option key={value} value={value}>{enumLabel('ResourceKind', value, i18n.language)}</option>)}
            </select>
          )}
        </Field>
        <Field id="input.content.translations.CA.title" label={t('editor.catalanTitle')} required errors={errorsAt(errors, ['input', 'content', 'translations', 'CA', 'title'])}>
          {(control) => <input {...control} lang="ca" value={form.title} onChange={(event) => setForm({ ...form, title: event.target.value })} />}
        </Field>
        <button type="submit" className="button" disabled={loading}>{loading ? t('common.saving') : t('editor.createSubmit')}</button>
        <Status>{loading ? t('common.saving') : null}</Status>
      </form>
    </Page>
  );
}
