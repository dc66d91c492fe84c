import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../editor/content-spec';
import type { HolidayScope } from '../gql/graphql';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { errorsAt, type UserErrorLike } from '../ui/user-errors';
import { SET_HOLIDAYS } from './operations';

/** The general calendar's scopes (a municipality's holidays are all LOCAL). */
const GENERAL_SCOPES: HolidayScope[] = ['NATIONAL', 'CATALONIA', 'ARAN'];

export interface EditableHoliday {
  date: string;
  name: string;
  scope: HolidayScope;
  replaces?: string | null;
}

type Row = EditableHoliday & { key: number };

/**
 * One year's whole list of holidays of one place, as `setHolidays` replaces it: a municipality's
 * local holidays, or the general calendar (Spain's, Catalonia's and the Val d'Aran's, with the day
 * of Catalonia the latter replaces). Each control's id is its path in the input, so the API's user
 * errors (a date outside the year, twice the same day…) appear next to the control they concern.
 */
export function HolidayListForm({ year, municipality, placeName, initial, initialSource, onSaved }: {
  year: number;
  /** INE code; null for the general calendar. */
  municipality: string | null;
  placeName: string;
  initial: readonly EditableHoliday[];
  initialSource: string;
  onSaved: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<Row[]>(() => initial.map((holiday, key) => ({ ...holiday, key })));
  const [source, setSource] = useState(initialSource);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [save] = useMutation(SET_HOLIDAYS);
  const h = (key: string, options?: Record<string, unknown>) => t(`settings.holidays.${key}`, options);
  const general = municipality === null;

  const change = (key: number, patch: Partial<EditableHoliday>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  // A holiday added is typed in at once: the focus goes to its date.
  const [added, setAdded] = useState<number | null>(null);
  useEffect(() => {
    if (added !== null) document.getElementById(`input.holidays.${added}.date`)?.focus();
  }, [added]);
  const add = () => {
    setRows([...rows, { key: nextKey.current, date: '', name: '', scope: general ? 'CATALONIA' : 'LOCAL', replaces: null }]);
    nextKey.current += 1;
    setAdded(rows.length);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    // An empty date input sends nothing the Date scalar accepts: said here, next to it, instead.
    const missing = rows.flatMap((row, index) => (row.date ? [] : [{ code: 'REQUIRED', field: ['input', 'holidays', String(index), 'date'], message: h('dateRequired') }]));
    setErrors(missing);
    if (missing.length) return;
    setWorking(true);
    try {
      const holidays = rows.map((row) => ({ date: row.date, name: row.name, scope: row.scope, replaces: row.scope === 'ARAN' ? row.replaces || null : null }));
      const payload = (await save({ variables: { input: { year, municipality, holidays, source } } })).data?.setHolidays;
      const userErrors = payload?.userErrors ?? [{ code: 'UNEXPECTED', message: t('errors.unexpected') }];
      setErrors([...userErrors]);
      if (!userErrors.length) {
        await onSaved();
        setOutcome(h('saved', { count: payload?.holidays?.length ?? rows.length }));
      }
    } catch {
      setErrors([{ code: 'NETWORK', message: t('errors.network') }]);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="holiday-edit" className="file-section">
      <h2 id="holiday-edit">{h('edit', { place: placeName, year })}</h2>
      <p>{h('editIntro')}</p>
      <ErrorSummary errors={errors} hasControl={(id) => Boolean(document.getElementById(id))} />
      <form id="holiday-list-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={working}>
        {rows.length ? null : <p>{h('empty')}</p>}
        {rows.map((row, index) => {
          const at = (name: string) => ['input', 'holidays', String(index), name];
          const id = (name: string) => at(name).join('.');
          return (
            <fieldset key={row.key} className="item" data-holiday={index}>
              <legend>{h('holiday', { number: index + 1 })}</legend>
              <Field id={id('date')} label={h('date')} required errors={errorsAt(errors, at('date'))}>
                {(control) => <input {...control} type="date" min={`${year}-01-01`} max={`${year}-12-31`} value={row.date} onChange={(event) => change(row.key, { date: event.target.value })} />}
              </Field>
              <Field id={id('name')} label={h('name')} required errors={errorsAt(errors, at('name'))}>
                {(control) => <input {...control} type="text" maxLength={200} value={row.name} onChange={(event) => change(row.key, { name: event.target.value })} />}
              </Field>
              {general ? (
                <Field id={id('scope')} label={h('scope')} errors={errorsAt(errors, at('scope'))}>
                  {(control) => (
                    <select {...control} value={row.scope} onChange={(event) => change(row.key, { scope: event.target.value as HolidayScope })}>
                      {GENERAL_SCOPES.map((scope) => <option key={scope} value={scope}>{enumLabel('HolidayScope', scope, i18n.language)}</option>)}
                    </select>
                  )}
                </Field>
              ) : null}
              {general && row.scope === 'ARAN' ? (
                <Field id={id('replaces')} label={h('replaces')} errors={errorsAt(errors, at('replaces'))}>
                  {(control) => <input {...control} type="date" min={`${year}-01-01`} max={`${year}-12-31`} value={row.replaces ?? ''} onChange={(event) => change(row.key, { replaces: event.target.value })} />}
                </Field>
              ) : null}
              <button type="button" className="button button--link" onClick={() => setRows(rows.filter((other) => other.key !== row.key))}>
                {h('remove', { number: index + 1 })}
              </button>
            </fieldset>
          );
        })}
        <p><button type="button" className="button button--secondary" onClick={add}>{h('add')}</button></p>
        <Field id="input.source" label={h('source')} hint={h('sourceHint')} required errors={errorsAt(errors, ['input', 'source'])}>
          {(control) => <input {...control} type="text" maxLength={500} value={source} onChange={(event) => setSource(event.target.value)} />}
        </Field>
        <div className="form-actions"><button type="submit" className="button" disabled={working}>{h('save')}</button></div>
      </form>
      <Status>{working ? h('saving') : outcome}</Status>
    </section>
  );
}
