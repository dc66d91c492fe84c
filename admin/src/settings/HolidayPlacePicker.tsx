import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SettingsMunicipalitiesQuery } from '../gql/graphql';
import { Status } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { errorsAt, fieldId, type UserErrorLike } from '../ui/user-errors';
import { MUNICIPALITIES } from './operations';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
const SHOWN = 20;

type Municipality = SettingsMunicipalitiesQuery['localEntities']['nodes'][number];

/** The query string of the holidays screen for a year and place (no municipality: the general calendar). */
export const placeSearch = (year: number, municipality: string | null): string =>
  `?${new URLSearchParams({ any: String(year), ...(municipality ? { municipi: municipality } : {}) })}`;

/**
 * Year and place of the holidays screen. A municipality is found among the ajuntaments of the
 * provider's territory (`localEntities`) by words of its name or by its INE code (5 digits, or
 * Idescat's 6); one match is chosen at once, several are listed as links, so choosing is following
 * a link with the keyboard or a screen reader like any other. An empty search is the general calendar.
 */
export function HolidayPlacePicker({ provider, year, onChoose }: {
  provider: string;
  year: number;
  onChoose: (year: number, municipality: string | null) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [yearText, setYearText] = useState(String(year));
  const [search, setSearch] = useState('');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [found, setFound] = useState<{ year: number; nodes: Municipality[]; total: number } | null>(null);
  const [searching, setSearching] = useState(false);
  const h = (key: string, options?: Record<string, unknown>) => t(`settings.holidays.${key}`, options);
  // A two-field search has no error summary (the list form below has one): the field in error takes
  // the focus, and its message, tied to it by aria-describedby, is read with it.
  useEffect(() => {
    const field = errors.find((error) => error.field)?.field;
    if (field) document.getElementById(fieldId(field))?.focus();
  }, [errors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setFound(null);
    const chosenYear = Number(yearText);
    if (!Number.isInteger(chosenYear) || chosenYear < FIRST_YEAR || chosenYear > LAST_YEAR) {
      setErrors([{ code: 'OUT_OF_RANGE', field: ['place', 'year'], message: h('yearRange') }]);
      return;
    }
    const words = search.trim();
    if (!words) {
      onChoose(chosenYear, null);
      return;
    }
    const code = /^\d{5,6}$/.test(words) ? words.slice(0, 5) : null;
    setSearching(true);
    try {
      const { data } = await client.query({
        query: MUNICIPALITIES,
        variables: { filter: { provider: [provider], type: ['AJUNTAMENT'], ...(code ? { ineCode: code } : { search: words }) }, first: SHOWN },
        fetchPolicy: 'network-only',
      });
      const nodes = data?.localEntities.nodes ?? [];
      if (nodes.length === 1 && nodes[0].ineCode) onChoose(chosenYear, nodes[0].ineCode);
      else if (!nodes.length) setErrors([{ code: 'NOT_FOUND', field: ['place', 'search'], message: h('noMatch') }]);
      else setFound({ year: chosenYear, nodes, total: data?.localEntities.totalCount ?? nodes.length });
    } catch {
      setErrors([{ code: 'NETWORK', field: ['place', 'search'], message: t('errors.network') }]);
    } finally {
      setSearching(false);
    }
  };

  return (
    <section aria-labelledby="holiday-place" className="panel">
      <h2 id="holiday-place">{h('choose')}</h2>
      <form id="holiday-place-form" className="filters" role="search" onSubmit={(event) => void submit(event)} noValidate aria-busy={searching}>
        <Field id="place.year" label={h('year')} required errors={errorsAt(errors, ['place', 'year'])}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={FIRST_YEAR} max={LAST_YEAR} className="input--short" value={yearText} onChange={(event) => setYearText(event.target.value)} />}
        </Field>
        <Field id="place.search" label={h('search')} hint={h('searchHint')} errors={errorsAt(errors, ['place', 'search'])}>
          {(control) => <input {...control} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <div className="form-actions"><button type="submit" className="button" disabled={searching}>{h('show')}</button></div>
      </form>
      <Status>{searching ? h('searching') : null}</Status>
      {found ? (
        <nav aria-labelledby="holiday-place-results">
          <h3 id="holiday-place-results">{h('results')}</h3>
          <ul data-list="municipalities">
            {found.nodes.filter((node) => node.ineCode).map((node) => (
              <li key={node.id}><Link to={{ search: placeSearch(found.year, node.ineCode) }} onClick={() => setFound(null)}>{h('place', { name: node.name, code: node.ineCode })}</Link></li>
            ))}
          </ul>
          {found.total > found.nodes.length ? <p>{h('more', { count: found.total })}</p> : null}
        </nav>
      ) : null}
      <p><Link to={{ search: placeSearch(Number(yearText) || year, null) }}>{h('chooseGeneral')}</Link></p>
    </section>
  );
}
