import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { LanguageFields, TranslationStatus } from '../ui/LanguageFields';
import { errorsAt, fieldId, type UserErrorLike } from '../ui/user-errors';
import { CONTENT_LOCALES, enumLabel, enumValues, SECTIONS, TRANSLATION_FIELDS, type ContentLocale, type Spec } from './content-spec';
import { getAt, setAt, type Path } from './paths';

export type Content = Record<string, unknown> & { translations: Translation[] };
export type Translation = { locale: ContentLocale; title: string } & Record<string, string | null>;
type LocalizedText = { locale: string; text: string };
export interface Taxonomy { areas: Item[]; programmes: Item[]; catalogues: Item[]; units: Item[] }
interface Item { code: string; name: string }
export type Upload = (file: File) => Promise<{ id: string; sha256: string; mediaType: string }>;

const INPUT = ['input', 'content'] as const;

interface FormProps {
  content: Content;
  onChange: (content: Content) => void;
  errors: readonly UserErrorLike[];
  taxonomy: Taxonomy | null;
  upload: Upload;
}

/** The whole fitxa: its texts in the four languages side by side, then every other field by section. */
export function ContentForm(props: FormProps) {
  const { t } = useTranslation();
  return (
    <>
      <TranslationsGrid {...props} />
      {SECTIONS.map((section) => (
        <section key={section.name} className="form-section" aria-labelledby={`section-${section.name}`}>
          <h2 id={`section-${section.name}`}>{t(`editor.sections.${section.name}`)}</h2>
          {section.fields.map((spec) => <SpecControl key={spec.name} spec={spec} path={[spec.name]} {...props} />)}
        </section>
      ))}
    </>
  );
}

/** The languages a translation exists in, and a clear mark where one is missing. */
function TranslationsGrid({ content, onChange, errors }: FormProps) {
  const { t } = useTranslation();
  const find = (locale: ContentLocale) => content.translations.find((entry) => entry.locale === locale);
  const write = (locale: ContentLocale, name: string, value: string) => {
    const existing = find(locale);
    const next = existing ? { ...existing, [name]: value } : { locale, title: '', [name]: value } as Translation;
    onChange({ ...content, translations: [...content.translations.filter((entry) => entry.locale !== locale), next].sort((a, b) => CONTENT_LOCALES.indexOf(a.locale) - CONTENT_LOCALES.indexOf(b.locale)) });
  };
  return (
    <section className="form-section" aria-labelledby="section-texts">
      <h2 id="section-texts">{t('editor.sections.texts')}</h2>
      <TranslationStatus present={(locale) => Boolean(find(locale))} />
      {TRANSLATION_FIELDS.map((field) => (
        <LanguageFields key={field.name} legend={t(`fields.${field.name}`)} errors={errors} long={field.long} rows={4}
          requiredLocale={field.name === 'title' ? 'CA' : undefined}
          path={(locale) => [...INPUT, 'translations', locale, field.name]}
          text={(locale) => (find(locale)?.[field.name] as string | null | undefined) ?? ''}
          write={(locale, value) => write(locale, field.name, value)} />
      ))}
    </section>
  );
}

function SpecControl({ spec, path, ...props }: FormProps & { spec: Spec; path: Path }) {
  const { t, i18n } = useTranslation();
  const { content, onChange, errors, taxonomy } = props;
  const inputPath = [...INPUT, ...path.map(String)];
  const id = fieldId(inputPath);
  const value = getAt(content, path);
  const set = (next: unknown) => onChange(setAt(content, path, next));
  const label = t(`fields.${spec.name}`);
  const fieldErrors = spec.type === 'list' || spec.type === 'object' || spec.type === 'localized' ? [] : errorsAt(errors, inputPath);

  switch (spec.type) {
    case 'text':
      return (
        <Field id={id} label={label} required={spec.required} errors={fieldErrors}>
          {(control) => <input {...control} value={(value as string | null) ?? ''} onChange={(event) => set(event.target.value === '' && !spec.required ? null : event.target.value)} />}
        </Field>
      );
    case 'int':
      return (
        <Field id={id} label={label} required={spec.required} errors={fieldErrors}>
          {(control) => <input {...control} type="number" inputMode="numeric" className="input--short" value={value == null ? '' : String(value)}
            onChange={(event) => set(event.target.value === '' ? null : Number(event.target.value))} />}
        </Field>
      );
    case 'date':
      return (
        <Field id={id} label={label} required={spec.required} errors={fieldErrors}>
          {(control) => <input {...control} type="date" value={(value as string | null) ?? ''} onChange={(event) => set(event.target.value)} />}
        </Field>
      );
    case 'bool':
      return (
        <div className="field field--checkbox">
          <input id={id} type="checkbox" checked={Boolean(value)} onChange={(event) => set(event.target.checked)} />
          <label htmlFor={id}>{label}</label>
          {fieldErrors.length ? <p className="field__error">{fieldErrors.map((error) => error.message).join(' ')}</p> : null}
        </div>
      );
    case 'enum':
      return (
        <Field id={id} label={label} required={spec.required} errors={fieldErrors}>
          {(control) => (
            <select {...control} value={(value as string | null) ?? ''} onChange={(event) => set(event.target.value === '' ? null : event.target.value)}>
              {spec.required ? null : <option value="">{t('common.none')}</option>}
              {enumValues(spec.enum).map((option) => <option key={option} value={option}>{enumLabel(spec.enum, option, i18n.language)}</option>)}
            </select>
          )}
        </Field>
      );
    case 'taxonomy': {
      const items = taxonomy?.[spec.source] ?? [];
      return (
        <Field id={id} label={label} errors={fieldErrors}>
          {(control) => (
            <select {...control} value={(value as string | null) ?? ''} onChange={(event) => set(event.target.value === '' ? null : event.target.value)}>
              <option value="">{t('common.none')}</option>
              {items.map((item) => <option key={item.code} value={item.code}>{item.name} ({item.code})</option>)}
            </select>
          )}
        </Field>
      );
    }
    case 'enumSet':
    case 'sdgs': {
      const selected = new Set((value as (string | number)[] | null) ?? []);
      const options: (string | number)[] = spec.type === 'sdgs' ? Array.from({ length: 17 }, (_, index) => index + 1) : enumValues(spec.enum);
      const toggle = (option: string | number, on: boolean) => {
        const next = options.filter((candidate) => (candidate === option ? on : selected.has(candidate)));
        set(next);
      };
      return (
        <fieldset className="choices" id={id} aria-describedby={fieldErrors.length ? `${id}--error` : undefined}>
          <legend>{label}</legend>
          <div className="choices__list">
            {options.map((option) => (
              <div key={option} className="field--checkbox">
                <input id={`${id}.${option}`} type="checkbox" checked={selected.has(option)} onChange={(event) => toggle(option, event.target.checked)} />
                <label htmlFor={`${id}.${option}`}>{spec.type === 'sdgs' ? t('editor.sdg', { number: option }) : enumLabel(spec.enum, String(option), i18n.language)}</label>
              </div>
            ))}
          </div>
          {fieldErrors.length ? <p id={`${id}--error`} className="field__error">{fieldErrors.map((error) => error.message).join(' ')}</p> : null}
        </fieldset>
      );
    }
    case 'localized':
      return <LocalizedControl {...props} spec={spec} path={path} />;
    case 'object':
      return (
        <fieldset className="group" id={id}>
          <legend>{label}</legend>
          {value == null ? (
            <button type="button" className="button button--secondary" onClick={() => set(spec.empty())}>{t('editor.addField', { field: label })}</button>
          ) : (
            <>
              {spec.fields.map((child) => <SpecControl key={child.name} {...props} spec={child} path={[...path, child.name]} />)}
              <button type="button" className="button button--secondary" onClick={() => set(null)}>{t('editor.removeField', { field: label })}</button>
            </>
          )}
          <Unplaced errors={errors} path={inputPath} />
        </fieldset>
      );
    case 'list': {
      const items = (value as Record<string, unknown>[] | null) ?? [];
      return (
        <div className="list" id={id} tabIndex={-1}>
          {items.map((_, index) => (
            <fieldset key={index} className="group">
              <legend>{t('editor.item', { field: label, number: index + 1 })}</legend>
              {spec.fields.map((child) => <SpecControl key={child.name} {...props} spec={child} path={[...path, index, child.name]} />)}
              <div className="group__actions">
                <button type="button" className="button button--secondary" disabled={index === 0}
                  onClick={() => set(items.map((item, at) => (at === index - 1 ? items[index] : at === index ? items[index - 1] : item)))}>
                  {t('editor.moveUp', { field: label, number: index + 1 })}
                </button>
                <button type="button" className="button button--secondary" onClick={() => set(items.filter((__, at) => at !== index))}>
                  {t('editor.removeItem', { field: label, number: index + 1 })}
                </button>
              </div>
            </fieldset>
          ))}
          <Unplaced errors={errors} path={inputPath} />
          <button type="button" className="button button--secondary" onClick={() => set([...items, spec.empty()])}>{t('editor.addItem', { field: label })}</button>
        </div>
      );
    }
    case 'file':
      return <FileControl {...props} path={path} />;
  }
}

/** Errors about a whole list or object (TOO_MANY, DUPLICATE_CODE…), shown where it is. */
function Unplaced({ errors, path }: { errors: readonly UserErrorLike[]; path: readonly string[] }) {
  const own = errors.filter((error) => error.field && fieldId(error.field) === fieldId(path));
  return own.length ? <p className="field__error">{own.map((error) => error.message).join(' ')}</p> : null;
}

/** One text in the four languages side by side; empty languages are left out of the input. */
function LocalizedControl({ spec, path, content, onChange, errors }: FormProps & { spec: Extract<Spec, { type: 'localized' }>; path: Path }) {
  const { t } = useTranslation();
  const entries = (getAt(content, path) as LocalizedText[] | null) ?? [];
  const inputPath = [...INPUT, ...path.map(String)];
  const text = (locale: string) => entries.find((entry) => entry.locale === locale)?.text ?? '';
  const write = (locale: ContentLocale, value: string) => {
    const next = CONTENT_LOCALES.map((candidate) => ({ locale: candidate, text: candidate === locale ? value : text(candidate) })).filter((entry) => entry.text !== '');
    onChange(setAt(content, path, next));
  };
  return (
    <LanguageFields id={fieldId(inputPath)} errors={errors} long={spec.long} path={(locale) => [...inputPath, locale]} text={text} write={write}
      legend={<>{t(`fields.${spec.name}`)}{spec.required ? <span className="field__required"> ({t('common.required')})</span> : null}</>}>
      <Unplaced errors={errors} path={inputPath} />
    </LanguageFields>
  );
}

/** A document's file: upload (or replace) it; the document then names the upload and takes its hash and type from it. */
function FileControl({ path, content, onChange, errors, upload }: FormProps & { path: Path }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<string | null>(null);
  const documentPath = path.slice(0, -1);
  const inputPath = [...INPUT, ...path.map(String)];
  const id = fieldId(inputPath);
  const current = getAt(content, path) as string | null;
  const sha256 = getAt(content, [...documentPath, 'sha256']) as string | null;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProgress(t('editor.uploading', { name: file.name }));
    try {
      const stored = await upload(file);
      // The upload supplies hash and media type; a URL elsewhere no longer applies.
      let next = setAt(content, path, stored.id);
      next = setAt(next, [...documentPath, 'sha256'], null);
      next = setAt(next, [...documentPath, 'mediaType'], null);
      next = setAt(next, [...documentPath, 'url'], null);
      onChange(next);
      setProgress(t('editor.uploaded', { name: file.name }));
    } catch (error) {
      setProgress(t('editor.uploadFailed', { reason: (error as Error).message }));
    }
  };
  return (
    <Field id={id} label={current ? t('editor.replaceFile') : t('editor.uploadFile')} errors={errorsAt(errors, inputPath)}
      hint={current ? t('editor.currentFile', { sha256: sha256 ?? current }) : t('editor.noFile')}>
      {(control) => (
        <>
          <input {...control} type="file" accept=".pdf,.docx,.odt,.png,.jpg,.jpeg,application/pdf" onChange={(event) => void choose(event.target.files?.[0])} />
          <p className="status" role="status" aria-live="polite">{progress ?? ''}</p>
        </>
      )}
    </Field>
  );
}
