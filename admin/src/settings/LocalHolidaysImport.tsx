import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SettingsImportLocalHolidaysMutation } from '../gql/graphql';
import { useViewer } from '../pages/viewer';
import { providerName } from '../review/format';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { Page } from '../ui/Page';
import { errorsAt, type UserErrorLike } from '../ui/user-errors';
import { CsvFileField } from './CsvFileField';
import { IMPORT_LOCAL_HOLIDAYS } from './operations';
import { useImport } from './use-import';

type Report = NonNullable<SettingsImportLocalHolidaysMutation['importLocalHolidays']['report']>;

/**
 * The import of the Generalitat's yearly list of local holidays (`importLocalHolidays`): a CSV file
 * read in the browser (or pasted) and its source; then what the API wrote, or, for a malformed
 * file, its errors line by line and the plain fact that nothing changed (the API checks the whole
 * file first).
 */
export function LocalHolidaysImport() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const name = providerName(useViewer().data?.viewer, provider);
  const [csv, setCsv] = useState('');
  const [source, setSource] = useState('');
  const { errors, report, working, run } = useImport<Report>();
  const [reading, setReading] = useState(false);
  const [mutate] = useMutation(IMPORT_LOCAL_HOLIDAYS);
  const s = (key: string, options?: Record<string, unknown>) => t(`settings.holidayImport.${key}`, options);

  // The API's errors about a line name it only in their path (input.csv.<line>.<column>): the line
  // goes into the message, and the error to the CSV field, which the summary then links to.
  const withLine = (error: UserErrorLike): UserErrorLike => {
    const line = error.field?.[1] === 'csv' ? error.field[2] : undefined;
    return line ? { ...error, field: ['input', 'csv'], message: s('line', { line, message: error.message }) } : error;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const payload = (await mutate({ variables: { input: { csv, source } } })).data?.importLocalHolidays;
      return payload && { report: payload.report, userErrors: payload.userErrors.map(withLine) };
    });
  };
  const rejected = errors.some((error) => error.field?.[0] === 'input');
  return (
    <Page title={s('title', { provider: name })} screen="settings-local-holidays">
      <p>{s('intro')}</p>
      <ErrorSummary errors={errors} hasControl={(id) => Boolean(document.getElementById(id))} />
      {rejected ? <p className="notice" data-outcome="not-imported">{s('notImported')}</p> : null}
      <form id="local-holidays-form" onSubmit={submit} noValidate aria-busy={working || reading}>
        <CsvFileField fileId="local-holidays-file" fileLabel={s('file')} label={s('csv')} hint={s('csvHint')}
          value={csv} onChange={setCsv} onReading={setReading} errors={errorsAt(errors, ['input', 'csv'])} />
        <Field id="input.source" label={s('source')} hint={s('sourceHint')} required errors={errorsAt(errors, ['input', 'source'])}>
          {(control) => <input {...control} type="text" maxLength={500} value={source} onChange={(event) => setSource(event.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={working || reading}>{s('submit')}</button>
      </form>
      {working || reading ? <progress aria-label={reading ? s('reading') : s('working')} /> : null}
      <Status>{reading ? s('reading') : working ? s('working') : null}</Status>
      {report ? <LocalHolidayImportReport report={report} /> : null}
    </Page>
  );
}

function LocalHolidayImportReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const s = (key: string) => t(`settings.holidayImport.${key}`);
  const counts = ['rows', 'matched', 'added', 'updated', 'unchanged', 'removed', 'outsideTerritory'] as const;
  return (
    <section aria-labelledby="import-report" className="panel" data-section="import-report">
      <h2 id="import-report">{s('report')}</h2>
      <p role="status">{s('imported')}</p>
      <dl className="facts">
        {counts.map((key) => <div key={key}><dt>{s(key)}</dt><dd data-count={key}>{report[key]}</dd></div>)}
        <div><dt>{s('unmatched')}</dt><dd data-count="unmatched">{report.unmatched.length ? report.unmatched.join(', ') : s('none')}</dd></div>
      </dl>
    </section>
  );
}
