import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { SettingsHolidaysQuery } from '../gql/graphql';
import { useViewer } from '../pages/viewer';
import { formatDate, providerName } from '../review/format';
import { Status } from '../ui/ErrorSummary';
import { Page } from '../ui/Page';
import { HolidayListForm } from './HolidayListForm';
import { FIRST_YEAR, HolidayPlacePicker, LAST_YEAR, placeSearch } from './HolidayPlacePicker';
import { HOLIDAYS, MUNICIPALITIES } from './operations';

type Holiday = SettingsHolidaysQuery['holidays'][number];

/**
 * The general calendar is one list for `setHolidays`, the Festa d'Aran included, but the `holidays`
 * query gives a place's holidays and only an Aran municipality's include it. Asked for Vielha e
 * Mijaran (the Val d'Aran's seat), it returns the whole general calendar, so saving it from here
 * keeps the Festa d'Aran instead of silently dropping it.
 */
const ARAN_MUNICIPALITY = '25243';
const GENERAL = new Set(['NATIONAL', 'CATALONIA', 'ARAN']);

/** A municipality's name by its INE code, for headings and the scope of local holidays. */
function useMunicipalityName(code: string | null | undefined): string | null {
  const { data } = useQuery(MUNICIPALITIES, { variables: { filter: { ineCode: code ?? '', type: ['AJUNTAMENT'] }, first: 1 }, skip: !code });
  return data?.localEntities.nodes[0]?.name ?? null;
}

/**
 * The admins' holidays (issue 14): for a year and a municipality of the provider's territory (or
 * the general calendar), the holidays that count for its deadlines with their scope, and the
 * place's own list to edit and save with `setHolidays`. Year and place live in the address
 * (?any=2026&municipi=08298), so a choice can be bookmarked and the back button undoes it.
 */
export function Holidays() {
  const { t } = useTranslation();
  const { provider = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('any'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR ? asked : new Date().getFullYear();
  const municipality = params.get('municipi') || null;
  const name = providerName(useViewer().data?.viewer, provider);
  const h = (key: string, options?: Record<string, unknown>) => t(`settings.holidays.${key}`, options);

  const counting = useQuery(HOLIDAYS, { variables: { provider, year, municipality } });
  const editable = useQuery(HOLIDAYS, { variables: { provider, year, municipality: municipality ?? ARAN_MUNICIPALITY } });
  const seat = counting.data?.provider?.seatMunicipalityCode;
  const seatName = useMunicipalityName(seat) ?? seat ?? '';
  const municipalityName = useMunicipalityName(municipality) ?? municipality ?? '';
  const placeName = municipality ? h('place', { name: municipalityName, code: municipality }) : h('general');

  const scopeOf = (holiday: Holiday): string => {
    if (holiday.scope !== 'LOCAL') return holiday.scopeLabel;
    return holiday.municipality === seat ? h('seatHoliday', { name: seatName }) : h('localHoliday', { name: municipalityName });
  };
  const own = (editable.data?.holidays ?? []).filter((holiday) => (municipality ? holiday.scope === 'LOCAL' && holiday.municipality === municipality : GENERAL.has(holiday.scope)));
  const refetch = () => Promise.all([counting.refetch(), editable.refetch()]);

  return (
    <Page title={h('title', { provider: name })} screen="settings-holidays">
      <p>{h('intro')}</p>
      <HolidayPlacePicker key={year} provider={provider} year={year} onChoose={(chosenYear, code) => setParams(new URLSearchParams(placeSearch(chosenYear, code)))} />
      <p data-place={municipality ?? 'general'}><strong>{h('showing', { year, place: placeName })}</strong></p>

      <section aria-labelledby="holidays-counting" className="file-section">
        <h2 id="holidays-counting">{h('counting')}</h2>
        <p>{h('countingIntro')}</p>
        {counting.error ? <p className="field__error">{counting.error.message}</p> : null}
        {counting.data && !counting.data.holidays.length ? <p>{h('none')}</p> : null}
        {counting.data?.holidays.length ? (
          <div className="table-scroll">
            <table data-table="holidays" aria-labelledby="holidays-counting">
              <thead><tr><th scope="col">{h('date')}</th><th scope="col">{h('name')}</th><th scope="col">{h('scope')}</th><th scope="col">{h('source')}</th></tr></thead>
              <tbody>
                {counting.data.holidays.map((holiday) => (
                  <tr key={`${holiday.date}|${holiday.scope}|${holiday.municipality ?? ''}`} data-date={holiday.date}>
                    <td><time dateTime={holiday.date}>{formatDate(holiday.date)}</time></td><td>{holiday.name}</td><td>{scopeOf(holiday)}</td><td>{holiday.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      {editable.data && (!municipality || municipalityName !== municipality) ? (
        <HolidayListForm key={`${year}|${municipality ?? ''}`} year={year} municipality={municipality} placeName={placeName}
          initial={own} initialSource={own[0]?.source ?? ''} onSaved={refetch} />
      ) : <Status>{editable.error ? null : h('loading')}</Status>}
      {editable.error ? <p className="field__error">{editable.error.message}</p> : null}
    </Page>
  );
}
