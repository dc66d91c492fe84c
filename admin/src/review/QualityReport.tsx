import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field } from '../ui/Field';
import { Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import { formatDate } from './format';
import { QUALITY_REPORT } from './operations';

/** Today and the first day of its quarter, as Catalan calendar days: the period diputacions publish. */
function currentQuarter(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());
  const [year, month] = today.split('-').map(Number);
  const first = String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0');
  return { from: `${year}-${first}-01`, to: today };
}

/**
 * The quality report of the provider's resources (`Provider.qualityReport`): each published fitxa's
 * commitments measured over a period, with the cases that missed them, each linked to its file.
 */
export function QualityReport() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const [draft, setDraft] = useState(currentQuarter);
  const [period, setPeriod] = useState(draft);
  const { data, loading, error } = useQuery(QUALITY_REPORT, { variables: { provider, ...period } });
  const report = data?.provider?.qualityReport;
  const q = (key: string, options?: Record<string, unknown>) => t(`review.quality.${key}`, options);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };
  return (
    <Page title={q('title', { provider: data?.provider?.name ?? provider })} screen="review-quality">
      <p>{q('intro')}</p>
      <form className="filters" onSubmit={apply} aria-label={q('period')}>
        <Field id="quality-from" label={q('from')}>
          {(control) => <input {...control} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />}
        </Field>
        <Field id="quality-to" label={q('to')}>
          {(control) => <input {...control} type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />}
        </Field>
        <button type="submit" className="button">{q('apply')}</button>
      </form>
      <Status>{loading ? t('app.loading') : report ? q('period', { from: formatDate(report.from), to: formatDate(report.to) }) : null}</Status>
      {error ? <p className="field__error" role="alert">{error.message}</p> : null}
      {report && !report.commitments.length ? <p>{q('empty')}</p> : null}
      {report && report.commitments.length ? (
        <div className="table-scroll">
          <table data-table="quality">
            <caption className="visually-hidden">{q('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{q('resource')}</th><th scope="col">{q('commitment')}</th><th scope="col">{q('cases')}</th>
                <th scope="col">{q('value')}</th><th scope="col">{q('target')}</th><th scope="col">{q('met')}</th>
                <th scope="col">{q('hardLimit')}</th><th scope="col">{q('breaches')}</th>
              </tr>
            </thead>
            <tbody>
              {report.commitments.map((commitment) => (
                <tr key={`${commitment.resourceId}-${commitment.indicator}-${commitment.occurrence}`}>
                  <td>{commitment.resourceCode} · {commitment.resourceTitle}</td>
                  <td>{commitment.indicatorLabel}: {commitment.text}</td>
                  <td>{commitment.casesMeeting} / {commitment.cases}</td>
                  <td>{commitment.valuePercent == null ? '—' : `${commitment.valuePercent} %`}</td>
                  <td>{commitment.targetPercent} %</td>
                  <td>{commitment.met == null ? '—' : commitment.met ? t('common.yes') : t('common.no')}</td>
                  <td>{commitment.hardLimitBreaches}</td>
                  <td>
                    {commitment.breaches?.length ? (
                      <ul>
                        {commitment.breaches.map((breach, index) => (
                          <li key={`${breach.applicationId}-${index}`}>
                            <Link to={`/${provider}/revisio/${encodeURIComponent(breach.applicationId)}`}>{breach.registryNumber ?? breach.applicationId}</Link>
                            {`: ${breach.kindLabel}`}{breach.dueDate ? ` (${formatDate(breach.dueDate)})` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : '—'}
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
