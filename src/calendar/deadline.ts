import { catalanDate } from '../clock';
import { TermUnit } from '../catalogue/resource-enums';
import { addDays, addMonthsClamped, formatDayCa, isDay, isWeekend } from './days';
import { HolidayScope } from './holiday-scope';

/**
 * Deadlines of the administrative procedure (Llei 39/2015, d'1 d'octubre, del procediment
 * administratiu comú, articles 30 and 31). Pure: the caller gives the registration instant or day,
 * the term and the holidays that apply (those of Spain and Catalonia, of the provider's seat and of
 * the applicant's municipality: art. 30.6 makes a day non-business when it is a holiday at either
 * place). Days are 'YYYY-MM-DD' strings.
 */

export interface CalendarHoliday {
  date: string;
  name: string;
  scope: HolidayScope;
  /** INE code of the municipality for LOCAL holidays; null otherwise. */
  municipality: string | null;
}

export interface DeadlineTerm {
  amount: number;
  unit: TermUnit;
}

export interface DeadlineRequest<H extends CalendarHoliday = CalendarHoliday> {
  /** The registration: an instant (its day in Europe/Madrid counts) or a calendar day. */
  start: Date | string;
  term: DeadlineTerm;
  /** Every holiday that applies; those of other places must be left out by the caller. */
  holidays: readonly H[];
}

export interface DeadlineComputationResult<H extends CalendarHoliday = CalendarHoliday> {
  /** The day of the registration in Catalonia. */
  registrationDay: string;
  /** The registration day, or the next business day when it was not one (art. 31.2.b). */
  effectiveFilingDay: string;
  /** The first day counted: the day after the filing (art. 30.3, 30.4); for business days, the first business day after it. */
  startDay: string;
  /** Where the count ended before moving off a non-business day. */
  nominalLastDay: string;
  /** The last day of the term (art. 30.5 applied). */
  lastDay: string;
  term: DeadlineTerm;
  /** Weekday holidays the computation passed over, in date order. */
  skippedHolidays: H[];
  /** One Catalan sentence per step, for front ends ("tindreu resposta abans del…"). */
  explanation: string[];
}

/** Larger terms make no legal sense and would only burn CPU; the API allows at most 1000. */
export const MAX_TERM_AMOUNT = 100_000;

const SCOPE_ORDER: Record<HolidayScope, number> = { NATIONAL: 0, CATALONIA: 1, LOCAL: 2 };

/** The holidays of the request indexed by day; one per day, the most general first. */
export class HolidayCalendar<H extends CalendarHoliday = CalendarHoliday> {
  private readonly byDay = new Map<string, H>();

  constructor(holidays: readonly H[]) {
    const sorted = [...holidays].sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]);
    for (const holiday of sorted) {
      if (!isDay(holiday.date)) throw new RangeError(`Holiday "${holiday.name}" has no valid date: "${holiday.date}"`);
      if (!this.byDay.has(holiday.date)) this.byDay.set(holiday.date, holiday);
    }
  }

  holidayOn(day: string): H | undefined {
    return this.byDay.get(day);
  }

  /**
   * Art. 30.2: business days (dies hàbils) exclude Saturdays, Sundays and declared holidays.
   * Art. 30.6/30.7: the holidays are those of the yearly Catalan calendar and the local ones, both
   * where the applicant lives and where the body sits.
   */
  isBusinessDay(day: string): boolean {
    return !isWeekend(day) && !this.byDay.has(day);
  }
}

const UNIT_TEXT: Record<TermUnit, [string, string]> = {
  [TermUnit.BUSINESS_DAYS]: ['dia hàbil', 'dies hàbils'],
  [TermUnit.CALENDAR_DAYS]: ['dia natural', 'dies naturals'],
  [TermUnit.MONTHS]: ['mes', 'mesos'],
};

export const termText = (term: DeadlineTerm): string => `${term.amount} ${UNIT_TEXT[term.unit][term.amount === 1 ? 0 : 1]}`;

const holidayText = (h: CalendarHoliday) => `${formatDayCa(h.date)} (${h.name})`;

function why(day: string, calendar: HolidayCalendar<CalendarHoliday>): string {
  const holiday = calendar.holidayOn(day);
  if (isWeekend(day)) return holiday ? `és cap de setmana i festiu (${holiday.name})` : 'és cap de setmana';
  return `és festiu (${holiday!.name})`;
}

export function computeDeadline<H extends CalendarHoliday>(request: DeadlineRequest<H>): DeadlineComputationResult<H> {
  const { term } = request;
  if (!Number.isInteger(term.amount) || term.amount < 1 || term.amount > MAX_TERM_AMOUNT) {
    throw new RangeError(`The term amount must be a whole number between 1 and ${MAX_TERM_AMOUNT}`);
  }
  if (!Object.values(TermUnit).includes(term.unit)) throw new RangeError(`Unknown term unit: ${String(term.unit)}`);
  const registrationDay = typeof request.start === 'string' ? request.start : catalanDate(request.start);
  if (!isDay(registrationDay)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${registrationDay}"`);

  const calendar = new HolidayCalendar(request.holidays);
  const skipped = new Map<string, H>();
  const noteSkipped = (day: string) => {
    const holiday = calendar.holidayOn(day);
    // A holiday on a Saturday or Sunday changes nothing: the day was not a business day anyway.
    if (holiday && !isWeekend(day)) skipped.set(day, holiday);
  };
  /** The day itself when it is a business day, else the first business day after it. */
  const firstBusinessDayFrom = (day: string): string => {
    let current = day;
    while (!calendar.isBusinessDay(current)) {
      noteSkipped(current);
      current = addDays(current, 1);
    }
    return current;
  };

  const explanation: string[] = [];

  // Art. 31.2.b: a filing on a non-business day is understood to be made at the first hour of the
  // next business day, which is therefore the day from which the term is computed.
  const effectiveFilingDay = firstBusinessDayFrom(registrationDay);
  if (effectiveFilingDay === registrationDay) {
    explanation.push(`La sol·licitud es va registrar el ${formatDayCa(registrationDay)}, dia hàbil.`);
  } else {
    explanation.push(`La sol·licitud es va registrar el ${formatDayCa(registrationDay)}, que ${why(registrationDay, calendar)}; `
      + `la presentació s'entén feta a la primera hora del primer dia hàbil següent, el ${formatDayCa(effectiveFilingDay)} (art. 31.2.b de la Llei 39/2015).`);
  }

  // Art. 30.3 (days) and 30.4 (months): the term is computed from the day after.
  const dayAfter = addDays(effectiveFilingDay, 1);
  let startDay: string;
  let nominalLastDay: string;

  switch (term.unit) {
    case TermUnit.BUSINESS_DAYS: {
      // Art. 30.2: only business days count; Saturdays, Sundays and holidays are skipped.
      let current = effectiveFilingDay;
      let counted = 0;
      let first: string | null = null;
      while (counted < term.amount) {
        current = addDays(current, 1);
        if (calendar.isBusinessDay(current)) {
          counted += 1;
          first ??= current;
        } else {
          noteSkipped(current);
        }
      }
      startDay = first!;
      nominalLastDay = current;
      explanation.push(`El còmput comença l'endemà (art. 30.3); el primer dia hàbil comptat és el ${formatDayCa(startDay)}.`);
      const passed = [...skipped.values()].filter((h) => h.date > effectiveFilingDay);
      explanation.push(`Es compten ${termText(term)}, sense dissabtes, diumenges ni festius (art. 30.2)`
        + (passed.length ? `; s'han saltat els festius següents: ${passed.map(holidayText).join('; ')}.` : '; no hi cau cap festiu entre setmana.'));
      break;
    }
    case TermUnit.CALENDAR_DAYS: {
      // Art. 30.2 (last paragraph): calendar days count every day, holidays included.
      startDay = dayAfter;
      nominalLastDay = addDays(effectiveFilingDay, term.amount);
      explanation.push(`El còmput comença l'endemà, el ${formatDayCa(startDay)} (art. 30.3).`);
      explanation.push(`Es compten ${termText(term)}, inclosos dissabtes, diumenges i festius (art. 30.2): el darrer dia és el ${formatDayCa(nominalLastDay)}.`);
      break;
    }
    case TermUnit.MONTHS: {
      // Art. 30.4: months are computed from the day after, "de fecha a fecha": the term ends on the
      // same day number as the filing in the final month, or on its last day when that month has
      // no such day.
      startDay = dayAfter;
      nominalLastDay = addMonthsClamped(effectiveFilingDay, term.amount);
      explanation.push(`El còmput comença l'endemà, el ${formatDayCa(startDay)} (art. 30.4).`);
      const clamped = Number(nominalLastDay.slice(8)) !== Number(effectiveFilingDay.slice(8));
      explanation.push(`Un termini de ${termText(term)} es compta de data a data (art. 30.4): acaba el ${formatDayCa(nominalLastDay)}`
        + (clamped ? ", darrer dia del mes, perquè aquest mes no té el mateix dia que el de la presentació." : '.'));
      break;
    }
  }

  // Art. 30.5: when the last day of the term is not a business day, the term ends on the next one.
  const lastDay = firstBusinessDayFrom(nominalLastDay);
  if (lastDay !== nominalLastDay) {
    explanation.push(`El ${formatDayCa(nominalLastDay)} ${why(nominalLastDay, calendar)}: el termini s'allarga fins al primer dia hàbil següent (art. 30.5).`);
  }
  explanation.push(`El termini acaba el ${formatDayCa(lastDay)}.`);

  return {
    registrationDay,
    effectiveFilingDay,
    startDay,
    nominalLastDay,
    lastDay,
    term: { amount: term.amount, unit: term.unit },
    skippedHolidays: [...skipped.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    explanation,
  };
}
