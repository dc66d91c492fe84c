import { RequestContext } from '../graphql/context';
import { DomainError, forbidden, InputPath, notFound } from '../errors/domain-error';
import { toDayString } from '../graphql/scalars';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { canSetMunicipalHolidays } from './holiday.policy';
import { requireActor } from '../identity/representation.service';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { catalanDate } from '../clock';
import { postgresArray } from '../database/postgres-array';
import { TermUnit } from '../catalogue/resource-enums';
import { computeDeadline, DeadlineComputationResult, HolidayCalendar, maxTermAmount } from './deadline';
import { DeadlineParty } from './deadline-party';
import { addDays, isDay, yearOf } from './days';
import { HolidayEntity } from './holiday.entity';
import { holidayDataWarnings, HolidayCoverage } from './holiday-coverage';
import { holidaysAtPlaces } from './holiday-places';
import { GENERAL_SCOPES, HolidayScope } from './holiday-scope';

/** A holiday as the pure calendar module sees it, keeping the row for the API. */
export interface LoadedHoliday {
  date: string;
  name: string;
  scope: HolidayScope;
  municipality: string | null;
  source: string;
  replaces: string | null;
}

export const MAX_DEADLINE_AMOUNT = 1000;
const INE_CODE = /^\d{5}$/;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const toLoaded = (row: HolidayEntity): LoadedHoliday => ({
  date: row.date, name: row.name, scope: row.scope, municipality: row.municipalityCode ?? null, source: row.source, replaces: row.replaces ?? null,
});

async function requireProvider(context: RequestContext, slug: string, field: string[]): Promise<ProviderEntity> {
  const provider = await context.em.findOne(ProviderEntity, { slug });
  if (!provider) throw notFound(field);
  return provider;
}

/** The ajuntament with this INE code; BAD_USER_INPUT when the code is malformed or unknown. */
async function requireMunicipality(context: RequestContext, code: string, field: string[]): Promise<LocalEntityEntity> {
  if (!INE_CODE.test(code)) throw new DomainError(UserErrorCode.INVALID_MUNICIPALITY, field);
  const municipality = await context.em.findOne(LocalEntityEntity, { ineCode: code, type: LocalEntityType.AJUNTAMENT }, { populate: ['provider'] });
  if (!municipality) throw new DomainError(UserErrorCode.UNKNOWN_MUNICIPALITY, field);
  return municipality;
}

/** Art. 30.6: the places whose holidays count for a term, the provider's seat and the applicant's municipality. */
export const deadlinePlaces = (seatMunicipality: string, municipality: string | null): string[] =>
  [...new Set([seatMunicipality, ...(municipality ? [municipality] : [])])];

/**
 * The holidays that make days between `from` and `to` non-business at any of these municipalities
 * (art. 30.6: where the applicant lives and where the body sits). The general calendar is read by
 * whole years, because an ARAN holiday in June decides whether 26 December is one in Aran.
 */
export async function loadHolidays(context: Pick<RequestContext, 'em'>, from: string, to: string, municipalities: string[]): Promise<LoadedHoliday[]> {
  const rows = await context.em.find(HolidayEntity, {
    $or: [
      { scope: { $in: [...GENERAL_SCOPES] }, date: { $gte: `${yearOf(from)}-01-01`, $lte: `${yearOf(to)}-12-31` } },
      { scope: HolidayScope.LOCAL, municipalityCode: { $in: municipalities }, date: { $gte: from, $lte: to } },
    ],
  }, { orderBy: { date: 'asc', scope: 'asc' } });
  return holidaysAtPlaces(rows.map(toLoaded), municipalities).filter((h) => h.date >= from && h.date <= to);
}

/** The business-day calendar of these places between two days: the one rule every deadline of the service uses. */
export async function holidayCalendar(context: Pick<RequestContext, 'em'>, from: string, to: string, municipalities: string[]): Promise<HolidayCalendar<LoadedHoliday>> {
  return new HolidayCalendar(await loadHolidays(context, from, to, municipalities));
}

/** A generous upper bound of the last day, so that one query loads every holiday that may matter. */
export function termHorizon(registrationDay: string, amount: number, unit: TermUnit): string {
  // Business days: at most 5 in 7 days, minus at most ~20 holidays a year. Months: 31 days each.
  // Hours: at most 24, which no run of non-business days can stretch past a few days.
  const days = unit === TermUnit.BUSINESS_DAYS ? Math.ceil(amount * 1.6) + 60
    : unit === TermUnit.MONTHS ? amount * 31 + 60
      : unit === TermUnit.HOURS ? 60 : amount + 60;
  return addDays(registrationDay, days);
}

/** For each year between two days, whether the general calendar and each place's local holidays have any row at all. */
async function holidayCoverage(context: RequestContext, fromYear: number, toYear: number, places: string[]): Promise<HolidayCoverage> {
  const rows = await context.em.getConnection().execute<{ year: number; municipality: string | null }[]>(
    `select distinct extract(year from date)::int as year, municipality_code as municipality from holiday
     where date between ? and ? and (municipality_code is null or municipality_code = any(?::text[]))`,
    [`${fromYear}-01-01`, `${toYear}-12-31`, postgresArray(places)],
    // Inside the caller's transaction, if any: a submission must not wait for a second pooled connection.
    'all', context.em.getTransactionContext(),
  );
  return {
    generalYears: new Set(rows.filter((r) => r.municipality === null).map((r) => Number(r.year))),
    localYears: new Map(places.map((place) => [place, new Set(rows.filter((r) => r.municipality === place).map((r) => Number(r.year)))])),
  };
}

export type ProviderDeadline = DeadlineComputationResult<LoadedHoliday> & { municipality: string | null; seatMunicipality: string };

/**
 * `computeDeadline`: the holidays of Spain and Catalonia, of the provider's seat and of the
 * applicant's municipality (Llei 39/2015 art. 30.6: a holiday at either place is a non-business day).
 */
export async function computeProviderDeadline(
  context: RequestContext,
  input: { provider: string; start: Date; term: { amount: number; unit: TermUnit }; municipality?: string | null; party?: DeadlineParty | null },
  options: { warnAboutMissingHolidays?: boolean } = {},
): Promise<ProviderDeadline> {
  const provider = await requireProvider(context, input.provider, ['input', 'provider']);
  const { amount, unit } = input.term;
  const max = maxTermAmount(unit, MAX_DEADLINE_AMOUNT);
  if (!Number.isInteger(amount) || amount < 1 || amount > max) {
    throw new DomainError(UserErrorCode.OUT_OF_RANGE, ['input', 'term', 'amount'], { min: 1, max });
  }
  if (!(input.start instanceof Date) || Number.isNaN(input.start.getTime())) throw new DomainError(UserErrorCode.INVALID_VALUE, ['input', 'start']);
  const municipality = input.municipality == null ? null : (await requireMunicipality(context, input.municipality, ['input', 'municipality'])).ineCode!;

  const registrationDay = catalanDate(input.start);
  const places = deadlinePlaces(provider.seatMunicipalityCode, municipality);
  const holidays = await loadHolidays(context, registrationDay, termHorizon(registrationDay, amount, unit), places);
  const result = computeDeadline({ start: input.start, term: { amount, unit }, holidays, party: input.party ?? DeadlineParty.ADMINISTRATION });

  // Holidays are data: say so when a year the term crosses has none recorded (asked of the table,
  // not of the days loaded above, which hold only those up to the horizon).
  if (options.warnAboutMissingHolidays ?? true) {
    const fromYear = yearOf(registrationDay);
    const toYear = yearOf(result.lastDay);
    result.explanation.push(...holidayDataWarnings(fromYear, toYear, places, await holidayCoverage(context, fromYear, toYear, places)));
  }
  return { ...result, municipality, seatMunicipality: provider.seatMunicipalityCode };
}

/** `holidays(provider, year, municipality)`: public. */
export async function listHolidays(context: RequestContext, slug: string, year: number, municipalityCode?: string | null): Promise<LoadedHoliday[]> {
  const provider = await requireProvider(context, slug, ['provider']);
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw new DomainError(UserErrorCode.INVALID_YEAR, ['year'], { min: FIRST_YEAR, max: LAST_YEAR });
  const municipality = municipalityCode == null ? null : (await requireMunicipality(context, municipalityCode, ['municipality'])).ineCode!;
  const places = deadlinePlaces(provider.seatMunicipalityCode, municipality);
  return loadHolidays(context, `${year}-01-01`, `${year}-12-31`, places);
}

export interface SetHolidaysCommand {
  year: number;
  municipality?: string | null;
  holidays: { date: Date | string; name: string; scope?: HolidayScope | null; replaces?: Date | string | null }[];
  source: string;
}

type SetHolidaysResult = { holidays: LoadedHoliday[] | null; userErrors: UserError[] };

/**
 * `setHolidays`: replaces the holidays of one year and one place in one transaction. A
 * municipality's holidays may be set by the admins of the provider whose territory contains it;
 * the general calendar (Spain's and Catalonia's holidays, the same for every diputació) by the
 * admin of any provider.
 */
export async function setHolidays(context: RequestContext, input: SetHolidaysCommand): Promise<SetHolidaysResult> {
  const actor = requireActor(context);

  let municipality: string | null = null;
  if (input.municipality != null) {
    if (!INE_CODE.test(input.municipality)) return failed(userError(UserErrorCode.INVALID_MUNICIPALITY, ['input', 'municipality']));
    const entity = await context.em.findOne(LocalEntityEntity, { ineCode: input.municipality, type: LocalEntityType.AJUNTAMENT }, { populate: ['provider'] });
    if (!entity) return failed(userError(UserErrorCode.UNKNOWN_MUNICIPALITY, ['input', 'municipality']));
    if (!canSetMunicipalHolidays(actor, entity.provider.slug)) {
      throw forbidden(['input', 'municipality']);
    }
    municipality = entity.ineCode!;
  }

  const errors: UserError[] = [];
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > LAST_YEAR) {
    errors.push(userError(UserErrorCode.INVALID_YEAR, ['input', 'year'], { min: FIRST_YEAR, max: LAST_YEAR }));
  }
  const source = input.source.trim();
  if (!source) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'source']));
  const seen = new Set<string>();
  const rows: { date: string; name: string; scope: HolidayScope; replaces: string | null }[] = [];
  input.holidays.forEach((holiday, index) => {
    const field = (name: string): InputPath => ['input', 'holidays', String(index), name];
    const date = toDayString(holiday.date);
    const name = holiday.name.trim();
    const scope = holiday.scope ?? (municipality ? HolidayScope.LOCAL : HolidayScope.CATALONIA);
    if (!isDay(date) || yearOf(date) !== input.year) {
      errors.push(userError(UserErrorCode.DATE_OUTSIDE_YEAR, field('date')));
    } else if (seen.has(date)) {
      errors.push(userError(UserErrorCode.DUPLICATE_DATE, field('date')));
    }
    seen.add(date);
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, field('name')));
    else if (name.length > 200) errors.push(userError(UserErrorCode.TOO_LONG, field('name'), { max: 200 }));
    if (municipality ? scope !== HolidayScope.LOCAL : scope === HolidayScope.LOCAL) {
      errors.push(userError(UserErrorCode.INVALID_SCOPE, field('scope')));
    }
    const replaces = holiday.replaces == null ? null : toDayString(holiday.replaces);
    rows.push({ date, name, scope, replaces });
  });
  // Only Aran's own holiday replaces one, and it must be a holiday of Catalonia listed in the same year.
  const catalanDays = new Set(rows.filter((row) => row.scope === HolidayScope.CATALONIA).map((row) => row.date));
  rows.forEach((row, index) => {
    if (row.replaces !== null && (row.scope !== HolidayScope.ARAN || !catalanDays.has(row.replaces))) {
      errors.push(userError(UserErrorCode.INVALID_VALUE, ['input', 'holidays', String(index), 'replaces']));
    }
  });
  if (errors.length) return { holidays: null, userErrors: errors };

  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const saved = await context.em.transactional(async (em) => {
    const where = municipality
      ? { date: { $gte: from, $lte: to }, scope: HolidayScope.LOCAL, municipalityCode: municipality }
      : { date: { $gte: from, $lte: to }, scope: { $in: [...GENERAL_SCOPES] } };
    await em.nativeDelete(HolidayEntity, where);
    const created = rows.map((row) => em.create(HolidayEntity, { ...row, municipalityCode: municipality, source }));
    // Cached anonymous answers (holidays, computeDeadline) are dropped at commit by the table's trigger.
    await em.flush();
    return created;
  });
  context.logger.info({ year: input.year, municipality, count: saved.length, subject: actor.subject }, 'Holidays set');
  return { holidays: saved.map(toLoaded).sort((a, b) => a.date.localeCompare(b.date)), userErrors: [] };
}

const failed = (error: UserError): SetHolidaysResult => ({ holidays: null, userErrors: [error] });
