import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { Page } from '../ui/Page';
import type { UserErrorLike } from '../ui/user-errors';
import { useSession } from './session';

/** The sign-in screen: the identity provider (OIDC) and, outside production, the development form. */
export function SignIn() {
  const { t } = useTranslation();
  const { config, signInWithProvider, signInForDevelopment, endedBecause, callback } = useSession();
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [working, setWorking] = useState(false);
  const [form, setForm] = useState({ nif: '', name: '', roles: '', representsNif: '', representsName: '' });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const refused = await signInForDevelopment({
      nif: form.nif,
      name: form.name,
      roles: form.roles.split(/[\s,]+/).filter(Boolean),
      represents: form.representsNif ? { nif: form.representsNif, name: form.representsName || form.representsNif } : null,
    }).catch(() => ({ field: 'body', message: t('errors.network') }));
    setWorking(false);
    // The service names the claim it refused; the form's controls carry those names as ids.
    setErrors(refused ? [{ code: 'BAD_USER_INPUT', field: [`dev-${refused.field.replace('.', '-')}`], message: refused.field === 'body' ? refused.message : t('signIn.invalid', { detail: refused.message }) }] : []);
  };
  const errorsFor = (id: string) => errors.filter((error) => error.field?.[0] === id);

  return (
    <Page title={t('signIn.title')} screen="sign-in">
      {endedBecause === 'expired' ? <p className="notice" role="status">{t('session.expired')}</p> : null}
      {callback.error ? <p className="error-summary" role="alert">{t('signIn.failed', { reason: callback.error })}</p> : null}
      {config.oidc ? (
        <p><button type="button" className="button" onClick={() => void signInWithProvider()}>{t('signIn.withProvider')}</button></p>
      ) : (
        <p>{t('signIn.notConfigured')}</p>
      )}
      {config.developmentSignIn ? (
        <section aria-labelledby="dev-sign-in" className="panel">
          <h2 id="dev-sign-in">{t('signIn.development')}</h2>
          <p>{t('signIn.developmentHelp')}</p>
          <ErrorSummary errors={errors} hasControl={(id) => Boolean(document.getElementById(id))} />
          <form id="dev-sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
            <Field id="dev-nif" label={t('signIn.nif')} required errors={errorsFor('dev-nif')}>
              {(control) => <input {...control} value={form.nif} onChange={set('nif')} autoComplete="off" />}
            </Field>
            <Field id="dev-name" label={t('signIn.name')} required errors={errorsFor('dev-name')}>
              {(control) => <input {...control} value={form.name} onChange={set('name')} autoComplete="name" />}
            </Field>
            <Field id="dev-roles" label={t('signIn.roles')} hint={t('signIn.roleHelp')} errors={errorsFor('dev-roles')}>
              {(control) => <textarea {...control} rows={3} value={form.roles} onChange={set('roles')} />}
            </Field>
            <Field id="dev-represents-nif" label={t('signIn.representsNif')} errors={errorsFor('dev-represents-nif')}>
              {(control) => <input {...control} value={form.representsNif} onChange={set('representsNif')} autoComplete="off" />}
            </Field>
            <Field id="dev-represents-name" label={t('signIn.representsName')} errors={errorsFor('dev-represents-name')}>
              {(control) => <input {...control} value={form.representsName} onChange={set('representsName')} autoComplete="organization" />}
            </Field>
            <button type="submit" className="button" disabled={working}>{working ? t('signIn.working') : t('signIn.submit')}</button>
          </form>
        </section>
      ) : null}
    </Page>
  );
}
