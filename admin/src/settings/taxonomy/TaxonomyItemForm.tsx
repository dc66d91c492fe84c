import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CONTENT_LOCALES, type ContentLocale } from '../../editor/content-spec';
import { holds, useViewer } from '../../pages/viewer';
import { providerName } from '../../review/format';
import { ErrorSummary, Status } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { LanguageFields } from '../../ui/LanguageFields';
import { errorsAt, type UserErrorLike } from '../../ui/user-errors';
import { Page } from '../../ui/Page';
import type { ExtraField, TaxonomyItem, TaxonomyKind } from './kinds';
import { SAVE_AREA, SAVE_CATALOGUE, SAVE_PROGRAMME, SAVE_PROVIDER_UNIT, TAXONOMY } from './operations';

interface FormState {
  code: string;
  /** The Catalan name (the input's `name`) and its translations, by language. */
  names: Record<ContentLocale, string>;
  /** The kind's other fields, '' for none. */
  values: Record<string, string>;
}

const TRANSLATED = CONTENT_LOCALES.filter((locale) => locale !== 'CA');
/** Where the API puts a language's name, and so its control's id: Catalan is the input's `name`. */
const namePath = (locale: ContentLocale) => (locale === 'CA' ? ['input', 'name'] : ['input', 'translations', locale, 'name']);

function blank(kind: TaxonomyKind): FormState {
  return { code: '', names: { CA: '', ES: '', EN: '', OC: '' }, values: Object.fromEntries(kind.fields.map((field) => [field.name, ''])) };
}

function fromItem(kind: TaxonomyKind, item: TaxonomyItem): FormState {
  const translated = (locale: ContentLocale) => item.translations.find((entry) => entry.locale === locale)?.name ?? '';
  return { code: item.code, names: { CA: item.name, ES: translated('ES'), EN: translated('EN'), OC: translated('OC') }, values: kind.values(item) };
}

/**
 * Create (`mode="new"`) or edit one area, programme, catalogue or unit: its code, its name in the
 * four languages side by side with the mark of a missing translation, and every other field its
 * save input takes. User errors land next to their controls, whose ids are the errors' paths.
 */
export function TaxonomyItemForm({ kind, mode }: { kind: TaxonomyKind; mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { provider = '', code = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer().data?.viewer;
  const name = providerName(viewer, provider);
  const { data } = useQuery(TAXONOMY, { variables: { provider } });
  const item = mode === 'edit' ? data?.provider?.[kind.name].find((candidate: TaxonomyItem) => candidate.code === code) : undefined;
  const [form, setForm] = useState<FormState | null>(mode === 'new' ? blank(kind) : null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const refetch = { refetchQueries: [{ query: TAXONOMY, variables: { provider } }], awaitRefetchQueries: true };
  const [saveArea] = useMutation(SAVE_AREA, refetch);
  const [saveProgramme] = useMutation(SAVE_PROGRAMME, refetch);
  const [saveCatalogue] = useMutation(SAVE_CATALOGUE, refetch);
  const [saveUnit] = useMutation(SAVE_PROVIDER_UNIT, refetch);
  const k = (key: string, options?: Record<string, unknown>) => t(`settings.taxonomy.kinds.${kind.name}.${key}`, options);
  const x = (key: string, options?: Record<string, unknown>) => t(`settings.taxonomy.${key}`, options);
  const listPath = `/${provider}/administracio/${kind.path}`;

  // The saved item fills the form once it has loaded; later answers never overwrite what is typed.
  useEffect(() => {
    if (!form && item) setForm(fromItem(kind, item));
  }, [form, item, kind]);

  const send = async (state: FormState) => {
    const value = (field: string) => state.values[field] || null;
    const input = {
      provider, code: state.code, name: state.names.CA,
      // Every language is sent, so one emptied here is removed there too (an empty list removes them all).
      translations: TRANSLATED.filter((locale) => state.names[locale].trim()).map((locale) => ({ locale, name: state.names[locale] })),
    };
    switch (kind.name) {
      case 'areas': return (await saveArea({ variables: { input } })).data?.saveArea;
      case 'programmes': return (await saveProgramme({ variables: { input: { ...input, areaCode: value('areaCode') } } })).data?.saveProgramme;
      case 'catalogues': return (await saveCatalogue({ variables: { input: { ...input, startDate: value('startDate'), endDate: value('endDate') } } })).data?.saveCatalogue;
      case 'units': return (await saveUnit({
        variables: { input: { ...input, acronym: value('acronym'), phone: value('phone'), email: value('email'), contactFormUrl: value('contactFormUrl'), website: value('website') } },
      })).data?.saveProviderUnit;
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setWorking(true);
    setErrors([]);
    setOutcome(null);
    try {
      const payload = await send(form);
      const userErrors = payload?.userErrors ?? [{ code: 'UNEXPECTED', message: t('errors.unexpected') }];
      if (userErrors.length) setErrors([...userErrors]);
      else if (payload?.created) navigate(listPath, { state: { outcome: k('created', { code: form.code }) } });
      else setOutcome(x('saved'));
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    } finally {
      setWorking(false);
    }
  };

  /** Names the control an error is about, for a summary that makes sense on its own. */
  const describe = (field: readonly string[]) => {
    if (field[1] === 'translations' && field[2]) return `${x('name')} · ${t(`locales.${field[2]}`)}`;
    if (field[1] === 'name') return `${x('name')} · ${t('locales.CA')}`;
    return field[1] === 'code' ? x('code') : kind.fields.some((extra) => extra.name === field[1]) ? x(`fields.${field[1]}`) : field.join('.');
  };
  const title = mode === 'new' ? k('newTitle', { provider: name }) : k('editTitle', { code, provider: name });

  if (viewer && !holds(viewer, 'ADMIN', provider)) {
    return <Page title={title} screen="settings-taxonomy-form"><p>{t('errors.forbidden')}</p></Page>;
  }
  return (
    <Page title={title} screen="settings-taxonomy-form" actions={<Link className="button button--secondary" to={listPath}>{x('back')}</Link>}>
      {data && mode === 'edit' && !item ? <p>{x('notFound', { code })}</p> : null}
      {!form && !(data && mode === 'edit' && !item) ? <p role="status">{t('app.loading')}</p> : null}
      {form ? (
        <>
          <ErrorSummary errors={errors} hasControl={(id) => Boolean(document.getElementById(id))} describe={describe} />
          <form id="taxonomy-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={working}>
            <Field id="input.code" label={x('code')} hint={mode === 'new' ? x('codeHint') : x('codeFixed')} required errors={errorsAt(errors, ['input', 'code'])}>
              {(control) => <input {...control} value={form.code} readOnly={mode === 'edit'} autoComplete="off"
                onChange={(event) => setForm({ ...form, code: event.target.value })} />}
            </Field>
            <LanguageFields legend={x('names')} errors={errors} requiredLocale="CA" path={namePath}
              text={(locale) => form.names[locale]} write={(locale, value) => setForm({ ...form, names: { ...form.names, [locale]: value } })} />
            <ExtraFields fields={kind.fields.filter((field) => !field.group)} form={form} setForm={setForm} errors={errors} areas={data?.provider?.areas ?? []} />
            {kind.fields.some((field) => field.group) ? (
              <fieldset className="group">
                <legend>{x('fields.contactPoint')}</legend>
                <ExtraFields fields={kind.fields.filter((field) => field.group)} form={form} setForm={setForm} errors={errors} areas={[]} />
              </fieldset>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="button" disabled={working}>{working ? x('saving') : x('save')}</button>
            </div>
            <Status>{working ? x('saving') : outcome}</Status>
          </form>
        </>
      ) : null}
    </Page>
  );
}

/** The kind's own fields, each with its control and errors, named as its save input names them. */
function ExtraFields({ fields, form, setForm, errors, areas }: {
  fields: ExtraField[];
  form: FormState;
  setForm: (form: FormState) => void;
  errors: readonly UserErrorLike[];
  areas: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const set = (field: string, value: string) => setForm({ ...form, values: { ...form.values, [field]: value } });
  return fields.map((field) => (
    <Field key={field.name} id={`input.${field.name}`} label={t(`settings.taxonomy.fields.${field.name}`)} errors={errorsAt(errors, ['input', field.name])}>
      {(control) => field.type === 'area' ? (
        <select {...control} value={form.values[field.name]} onChange={(event) => set(field.name, event.target.value)}>
          <option value="">{t('settings.taxonomy.noArea')}</option>
          {areas.map((area) => <option key={area.code} value={area.code}>{area.name} ({area.code})</option>)}
        </select>
      ) : (
        // autoComplete off: these are the unit's details, not the admin's own, which the browser would offer.
        <input {...control} type={field.type} value={form.values[field.name]} autoComplete="off" onChange={(event) => set(field.name, event.target.value)} />
      )}
    </Field>
  ));
}
