import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SettingsImportEntityIdentifiersMutation } from '../gql/graphql';
import { useViewer } from '../pages/viewer';
import { providerName } from '../review/format';
import { ErrorSummary, Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import { errorsAt } from '../ui/user-errors';
import { CsvFileField } from './CsvFileField';
import { IMPORT_ENTITY_IDENTIFIERS } from './operations';
import { useImport } from './use-import';

type Report = NonNullable<SettingsImportEntityIdentifiersMutation['importLocalEntityIdentifiers']['report']>;

/**
 * The import of the official NIF and DIR3 codes of the local entities of the provider's territory
 * (`importLocalEntityIdentifiers`): a file or pasted text, a dry run by default, and the report of
 * what matched, what changed (and which fields) and which lines matched no entity.
 */
export function EntityIdentifiersImport() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const name = providerName(useViewer().data?.viewer, provider);
  const [csv, setCsv] = useState('');
  const [dryRun, setDryRun] = useState(true);
  const { errors, report, working, run } = useImport<Report>();
  const [mutate] = useMutation(IMPORT_ENTITY_IDENTIFIERS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => (await mutate({ variables: { input: { provider, csv, dryRun } } })).data?.importLocalEntityIdentifiers);
  };
  const s = (key: string) => t(`settings.entities.${key}`);
  return (
    <Page title={t('settings.entities.title', { provider: name })} screen="settings-entity-identifiers">
      <p>{s('intro')}</p>
      <ErrorSummary errors={errors} hasControl={(id) => Boolean(document.getElementById(id))} />
      <form id="entity-identifiers-form" onSubmit={submit} noValidate aria-busy={working}>
        <CsvFileField fileId="entity-identifiers-file" fileLabel={s('file')} label={s('csv')} hint={s('csvHint')}
          value={csv} onChange={setCsv} errors={errorsAt(errors, ['input', 'csv'])} />
        <div className="field field--checkbox">
          <input id="input.dryRun" type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} />
          <label htmlFor="input.dryRun">{s('dryRun')}</label>
        </div>
        <button type="submit" className="button" disabled={working}>{s('submit')}</button>
      </form>
      <Status>{working ? s('working') : null}</Status>
      {report ? <ImportReport report={report} /> : null}
    </Page>
  );
}

function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const s = (key: string) => t(`settings.entities.${key}`);
  return (
    <section aria-labelledby="import-report" className="panel" data-section="import-report">
      <h2 id="import-report">{s('report')}</h2>
      <p role="status">{report.written ? s('written') : s('notWritten')}</p>
      <dl className="facts">
        <div><dt>{s('lines')}</dt><dd data-count="lines">{report.lineCount}</dd></div>
        <div><dt>{s('matched')}</dt><dd data-count="matched">{report.matchedCount}</dd></div>
        <div><dt>{s('changed')}</dt><dd data-count="changed">{report.changed.length}</dd></div>
        <div><dt>{s('unchanged')}</dt><dd data-count="unchanged">{report.unchanged.length}</dd></div>
        <div><dt>{s('unmatched')}</dt><dd data-count="unmatched">{report.unmatchedLines.length ? report.unmatchedLines.join(', ') : s('none')}</dd></div>
      </dl>
      <h3 id="import-changed">{s('changed')}</h3>
      {report.changed.length ? (
        <table aria-labelledby="import-changed" data-table="changed">
          <thead><tr><th scope="col">{s('line')}</th><th scope="col">{s('code')}</th><th scope="col">{s('entity')}</th><th scope="col">{s('fields')}</th><th scope="col">NIF</th><th scope="col">DIR3</th></tr></thead>
          <tbody>
            {report.changed.map((line) => (
              <tr key={line.line}>
                <td>{line.line}</td><td>{line.localEntity.code}</td><td>{line.localEntity.name}</td>
                <td>{line.changedFields.map((field) => s(`fieldNames.${field}`)).join(', ')}</td><td>{line.localEntity.nif ?? '—'}</td><td>{line.localEntity.dir3Code ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{s('none')}</p>}
    </section>
  );
}
