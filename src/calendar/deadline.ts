import { catalanDate, catalanTime, startOfCatalanDay } from '../clock';
import { TermUnit } from '../catalogue/resource-enums';
import { addDays, addMonthsClamped, formatDayCa, isDay, isWeekend } from './days';
import { DeadlineParty } from './deadline-party';
import { DeadlineStart } from './deadline-start';
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
  /** The act the term runs from (see `from`): an instant (its day in Europe/Madrid counts) or a calendar day; terms in hours need the instant. */
  start: Date | string;
  term: DeadlineTerm;
  /** Every holiday that applies; those of other places must be left out by the caller (see `holidaysAtPlaces`). */
  holidays: readonly H[];
  /** Whose term it is (art. 31.2); the Administration's when not said. */
  party?: DeadlineParty;
  /** What `start` is: a filing when not said. Only a filing is moved off a non-business day (art. 31.2.b). */
  from?: DeadlineStart;
}

export interface DeadlineComputationResult<H extends CalendarHoliday = CalendarHoliday> {
  /** The day of the registration in Catalonia. */
  registrationDay: string;
  party: DeadlineParty;
  from: DeadlineStart;
  /**
   * The day the count runs from: the registration day, or, for the applicant's filings with a term
   * in business days only, the next business day when it was not one (art. 31.2.b).
   */
  effectiveFilingDay: string;
  /** The first day counted: the day after the filing (art. 30.3, 30.4); for business days, the first business day after it. */
  startDay: string;
  /** Where the count ended before moving off a non-business day. */
  nominalLastDay: string;
  /** The last day of the term (art. 30.5 applied); for hours, the day of `endsAt`. */
  lastDay: string;
  /** Terms in hours only: the instant the term ends (art. 30.1); null for days and months. */
  endsAt: Date | null;
  term: DeadlineTerm;
  /** Weekday holidays the computation passed over, in date order. */
  skippedHolidays: H[];
  /** One Catalan sentence per step, for front ends ("tindreu resposta abans del…"). */
  explanation: string[];
}

/** Larger terms make no legal sense and would only burn CPU; the API allows at most 1000. */
export const MAX_TERM_AMOUNT = 100_000;

/** Art. 30.1: a term in hours may not exceed 24; a longer one is expressed in days. */
export const MAX_TERM_HOURS = 24;

/** The most a term of this unit may be. */
export const maxTermAmount = (unit: TermUnit, otherwise: number): number => (unit === TermUnit.HOURS ? MAX_TERM_HOURS : otherwise);

const SCOPE_ORDER: Record<HolidayScope, number> = { NATIONAL: 0, CATALONIA: 1, ARAN: 2, LOCAL: 3 };

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

  /** Business days after `from` up to and including `to` (0 when `to` is not after `from`). */
  businessDaysAfter(from: string, to: string): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
      if (this.isBusinessDay(day)) count += 1;
    }
    return count;
  }
}

const UNIT_TEXT: Record<TermUnit, [string, string]> = {
  [TermUnit.BUSINESS_DAYS]: ['dia hàbil', 'dies hàbils'],
  [TermUnit.CALENDAR_DAYS]: ['dia natural', 'dies naturals'],
  [TermUnit.MONTHS]: ['mes', 'mesos'],
  [TermUnit.HOURS]: ['hora', 'hores'],
};

export const termText = (term: DeadlineTerm): string => `${term.amount} ${UNIT_TEXT[term.unit][term.amount === 1 ? 0 : 1]}`;

const holidayText = (h: CalendarHoliday) => `${formatDayCa(h.date)} (${h.name})`;

function why(day: string, calendar: HolidayCalendar<CalendarHoliday>): string {
  const holiday = calendar.holidayOn(day);
  if (isWeekend(day)) return holiday ? `és cap de setmana i festiu (${holiday.name})` : 'és cap de setmana';
  return `és festiu (${holiday!.name})`;
}

/** How the explanation names the act a term starts from other than a filing, followed by its day. */
const START_TEXT: Record<Exclude<DeadlineStart, DeadlineStart.FILING>, string> = {
  [DeadlineStart.NOTIFICATION]: "La notificació va produir efectes (s'hi va accedir o es va entendre rebutjada, art. 43) el",
  [DeadlineStart.PUBLICATION]: "L'acte es va publicar el",
  [DeadlineStart.TERM_OVERRUN]: "El termini de l'Administració es va superar el",
};

const PARTY_TEXT: Record<DeadlineParty, string> = {
  [DeadlineParty.ADMINISTRATION]: "És un termini de l'Administració",
  [DeadlineParty.APPLICANT]: "És un termini de la persona interessada",
};

export function computeDeadline<H extends CalendarHoliday>(request: DeadlineRequest<H>): DeadlineComputationResult<H> {
  const { term } = request;
  const party = request.party ?? DeadlineParty.ADMINISTRATION;
  if (!Object.values(TermUnit).includes(term.unit)) throw new RangeError(`Unknown term unit: ${String(term.unit)}`);
  const max = maxTermAmount(term.unit, MAX_TERM_AMOUNT);
  if (!Number.isInteger(term.amount) || term.amount < 1 || term.amount > max) {
    throw new RangeError(`The term amount must be a whole number between 1 and ${max}`);
  }
  if (!Object.values(DeadlineParty).includes(party)) throw new RangeError(`Unknown party: ${String(party)}`);
  const from = request.from ?? DeadlineStart.FILING;
  if (!Object.values(DeadlineStart).includes(from)) throw new RangeError(`Unknown start: ${String(from)}`);
  if (typeof request.start !== 'string' && Number.isNaN(request.start.getTime())) throw new RangeError('Not an instant');
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
  const sortedSkipped = () => [...skipped.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  if (term.unit === TermUnit.HOURS) {
    if (typeof request.start === 'string') throw new RangeError('A term in hours runs from an instant, not from a day');
    return { ...countHours(request.start, term, calendar, noteSkipped), registrationDay, party, from, skippedHolidays: sortedSkipped() };
  }

  const explanation: string[] = [];
  const registeredOnBusinessDay = calendar.isBusinessDay(registrationDay);
  // Art. 31.2.b: "a los efectos del cómputo de plazo fijado en días hábiles, y en lo que se refiere al
  // cumplimiento de plazos por los interesados", a filing on a non-business day is understood to be
  // made at the first hour of the next business day. Any other term (the Administration's, art.
  // 31.2.c and 21.3.b; or one in months or calendar days) runs from the registration day itself.
  // A term that starts from a notification or a publication is no filing: it starts the day after
  // the act takes effect (art. 30.3), even when that day was not a business day.
  const movesFiling = from === DeadlineStart.FILING && party === DeadlineParty.APPLICANT && term.unit === TermUnit.BUSINESS_DAYS;
  const effectiveFilingDay = movesFiling ? firstBusinessDayFrom(registrationDay) : registrationDay;
  if (from !== DeadlineStart.FILING) {
    explanation.push(`${START_TEXT[from]} ${formatDayCa(registrationDay)}, `
      + (registeredOnBusinessDay ? 'dia hàbil.' : `que ${why(registrationDay, calendar)}; el termini comença igualment l'endemà `
        + "(art. 30.3 de la Llei 39/2015): el trasllat al dia hàbil següent de l'art. 31.2.b és només per a les presentacions de la persona interessada."));
  } else if (registeredOnBusinessDay) {
    explanation.push(`La sol·licitud es va registrar el ${formatDayCa(registrationDay)}, dia hàbil.`);
  } else if (movesFiling) {
    explanation.push(`La sol·licitud es va registrar el ${formatDayCa(registrationDay)}, que ${why(registrationDay, calendar)}; `
      + `com que és un termini de la persona interessada en dies hàbils, la presentació s'entén feta a la primera hora del primer dia hàbil següent, el ${formatDayCa(effectiveFilingDay)} (art. 31.2.b de la Llei 39/2015).`);
  } else if (party === DeadlineParty.ADMINISTRATION) {
    explanation.push(`La sol·licitud es va registrar el ${formatDayCa(registrationDay)}, que ${why(registrationDay, calendar)}; `
      + `${PARTY_TEXT[party].toLowerCase()}, que es compta des del moment real del registre (art. 21.3.b i 31.2.c de la Llei 39/2015).`);
  } else {
    explanation.push(`La sol·licitud es va registrar el ${formatDayCa(registrationDay)}, que ${why(registrationDay, calendar)}; `
      + `el termini no és de dies hàbils, per tant es compta des d'aquest mateix dia (l'art. 31.2.b només trasllada la presentació en els terminis de dies hàbils).`);
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
      const passed = [...skipped.values()].filter((h) => h.date > effectiveFilingDay).sort((a, b) => a.date.localeCompare(b.date));
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
    default: {
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
    party,
    from,
    effectiveFilingDay,
    startDay,
    nominalLastDay,
    lastDay,
    endsAt: null,
    term: { amount: term.amount, unit: term.unit },
    skippedHolidays: sortedSkipped(),
    explanation,
  };
}

/**
 * Art. 30.1: a term in hours runs hour by hour and minute by minute from the minute of the act, and
 * only the hours of business days count (every hour of a business day is a business hour). So the
 * clock stops at midnight before a non-business day and starts again at midnight after it. Hours
 * are real elapsed time in Catalonia: a business day on which summer time starts has 23 of them.
 */
function countHours<H extends CalendarHoliday>(
  start: Date, term: DeadlineTerm, calendar: HolidayCalendar<H>, noteSkipped: (day: string) => void,
): Pick<DeadlineComputationResult<H>, 'effectiveFilingDay' | 'startDay' | 'nominalLastDay' | 'lastDay' | 'endsAt' | 'term' | 'explanation'> {
  const registrationDay = catalanDate(start);
  const explanation = [`L'acte és del ${formatDayCa(registrationDay)} a les ${catalanTime(start)}; un termini de ${termText(term)} `
    + "es compta d'hora en hora i de minut en minut des d'aquell moment, i només hi compten les hores dels dies hàbils (art. 30.1 de la Llei 39/2015)."];
  let remaining = term.amount * 3_600_000;
  let at = start.getTime();
  let day = registrationDay;
  let firstDay: string | null = null;
  for (;;) {
    const nextMidnight = startOfCatalanDay(addDays(day, 1)).getTime();
    if (calendar.isBusinessDay(day)) {
      firstDay ??= day;
      const available = nextMidnight - at;
      if (remaining <= available) break;
      remaining -= available;
    } else {
      noteSkipped(day);
      explanation.push(`El ${formatDayCa(day)} ${why(day, calendar)}: les seves hores no compten.`);
    }
    day = addDays(day, 1);
    at = nextMidnight;
  }
  const endsAt = new Date(at + remaining);
  // A term that runs out exactly at midnight ends at the end (24:00) of the last business day.
  const endText = endsAt.getTime() === startOfCatalanDay(addDays(day, 1)).getTime() ? '24:00' : catalanTime(endsAt);
  explanation.push(`El termini acaba el ${formatDayCa(day)} a les ${endText}.`);
  return {
    effectiveFilingDay: registrationDay, startDay: firstDay!, nominalLastDay: day, lastDay: day, endsAt,
    term: { amount: term.amount, unit: term.unit }, explanation,
  };
}
