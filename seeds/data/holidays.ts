import { easterMonday, formatDay, goodFriday, weekday, whitMonday } from '../../src/calendar/days';
import { HolidayScope } from '../../src/calendar/holiday-scope';

export interface HolidaySeed {
  date: string;
  name: string;
  scope: HolidayScope;
  /** INE code for LOCAL holidays, null otherwise. */
  municipalityCode: string | null;
  source: string;
  /** ARAN only: the holiday of Catalonia it replaces in the Val d'Aran. */
  replaces: string | null;
}

/**
 * Holidays for 2025–2027: those of Spain and Catalonia and the local ones of the four seats
 * (Barcelona 08019, Girona 17079, Lleida 25120, Tarragona 43148). Movable feasts are computed from
 * Easter (src/calendar/days.ts), never typed in.
 *
 * The general calendar. Each year's DOGC order lists the holidays of Spain (RD 2001/1983 and the
 * State's yearly resolution) and of Catalonia that fall on a day other than Sunday; a holiday on a
 * Sunday is not moved in Catalonia. So the data are the fourteen below minus those on a Sunday,
 * which reproduces the orders:
 * - 2025: ORDRE EMT/85/2024, de 23 d'abril (DOGC núm. 9151, 26.4.2024): 13 days (12 Oct was a Sunday).
 * - 2026: the order for 2026 (number not checked here): 12 days (1 Nov and 6 Dec are Sundays);
 *   the weekday ones match docs/NOTES.md ("Legal calendar").
 * - 2027: UNVERIFIED. The order for 2027 was not available when this was written; the same rule
 *   gives 12 days (15 Aug and 26 Dec are Sundays). Its rows say so in their source; check them
 *   against the order and correct them with `setHolidays` (or here) when it is published.
 * - The Val d'Aran: each yearly order replaces 26 December (Sant Esteve) with 17 June (Festa d'Aran)
 *   in Aran's nine municipalities (scope ARAN, `replaces`; see src/calendar/holiday-places.ts). In
 *   2027 26 December is a Sunday, so nothing is replaced and 17 June (a Thursday) is seeded as
 *   Aran's holiday, unverified like the rest of 2027.
 *
 * Local holidays are fixed every year by an order at each town council's proposal. Certainty:
 * - Barcelona: Dilluns de Pasqua Granada (Whit Monday) and 24 Sep, La Mercè. 2025 checked (9 Jun
 *   and 24 Sep, ordre de festes locals 2025); 2026 as docs/NOTES.md (25 May, 24 Sep); 2027 provisional.
 * - Lleida: 11 May, Sant Anastasi, and 29 Sep, Sant Miquel. 2026 checked (11 May, 29 Sep, as in
 *   docs/NOTES.md). 2025: 11 May was a Sunday, so Sant Anastasi moved to Monday 12 May (as issue 12
 *   reports; not checked against the 2025 order here, so its source says "pendent de verificar"),
 *   and 29 Sep. 2027 unverified.
 * - Girona: usually 25 Jul, Sant Jaume, and 29 Oct, Sant Narcís (e.g. 2019, 2023, 2024; in 2020,
 *   when 25 Jul was a Saturday, Whit Monday replaced it). UNVERIFIED: 2025 both days (pattern, not
 *   checked). Girona has two local holidays in 2026 and 2027 too, but 25 Jul is a Saturday in 2026
 *   and a Sunday in 2027 and the day that replaces it could not be verified here (no order or
 *   council text was at hand), so only 29 Oct is seeded for those years: a guessed holiday would
 *   lengthen terms wrongly, a missing one only shortens them by a day. Import the Generalitat's
 *   list of local holidays (`npm run holidays:import`) or use `setHolidays` to complete them.
 * - Tarragona: 19 Aug, Sant Magí, and 23 Sep, Santa Tecla. UNCERTAIN for every year: the usual
 *   pattern, not checked against the orders (all six days fall on weekdays).
 * Rows that are not checked say so in their source, so that admins know what to verify.
 */

const GENERAL_SOURCE: Record<number, string> = {
  2025: "ORDRE EMT/85/2024, de 23 d'abril, per la qual s'estableix el calendari oficial de festes laborals a Catalunya per a l'any 2025 (DOGC núm. 9151, 26.4.2024)",
  2026: "Calendari oficial de festes laborals a Catalunya per a l'any 2026 (DOGC)",
  2027: "NO VERIFICAT. Previsió: calendari oficial de festes laborals a Catalunya per a l'any 2027 (DOGC), pendent de verificar amb l'ordre publicada",
};

function generalHolidays(year: number): HolidaySeed[] {
  const day = (month: number, dayOfMonth: number) => formatDay(year, month, dayOfMonth);
  const all: [string, string, HolidayScope][] = [
    [day(1, 1), "Cap d'Any", HolidayScope.NATIONAL],
    [day(1, 6), 'Reis', HolidayScope.NATIONAL],
    [goodFriday(year), 'Divendres Sant', HolidayScope.NATIONAL],
    [easterMonday(year), 'Dilluns de Pasqua Florida', HolidayScope.CATALONIA],
    [day(5, 1), 'Festa del Treball', HolidayScope.NATIONAL],
    [day(6, 24), 'Sant Joan', HolidayScope.CATALONIA],
    [day(8, 15), "L'Assumpció", HolidayScope.NATIONAL],
    [day(9, 11), 'Diada Nacional de Catalunya', HolidayScope.CATALONIA],
    [day(10, 12), "Festa Nacional d'Espanya", HolidayScope.NATIONAL],
    [day(11, 1), 'Tots Sants', HolidayScope.NATIONAL],
    [day(12, 6), 'Dia de la Constitució', HolidayScope.NATIONAL],
    [day(12, 8), 'La Immaculada', HolidayScope.NATIONAL],
    [day(12, 25), 'Nadal', HolidayScope.NATIONAL],
    [day(12, 26), 'Sant Esteve', HolidayScope.CATALONIA],
  ];
  const general: HolidaySeed[] = all
    .filter(([date]) => weekday(date) !== 0)
    .map(([date, name, scope]) => ({ date, name, scope, municipalityCode: null, source: GENERAL_SOURCE[year], replaces: null }));
  // The Val d'Aran's own holiday replaces Sant Esteve there, when Sant Esteve is a holiday at all.
  const santEsteve = general.find((h) => h.date === day(12, 26));
  general.push({
    date: day(6, 17), name: "Festa d'Aran", scope: HolidayScope.ARAN, municipalityCode: null, source: GENERAL_SOURCE[year], replaces: santEsteve?.date ?? null,
  });
  return general.sort((a, b) => a.date.localeCompare(b.date));
}

const localSource = (year: number, checked: boolean) => checked
  ? `Calendari de festes locals a Catalunya per a l'any ${year} (DOGC)`
  : `NO VERIFICAT. Previsió: festa local habitual, pendent de verificar amb l'ordre de festes locals a Catalunya per a l'any ${year} (DOGC)`;

const local = (municipalityCode: string, date: string, name: string, checked: boolean): HolidaySeed => ({
  date, name, scope: HolidayScope.LOCAL, municipalityCode, source: localSource(Number(date.slice(0, 4)), checked), replaces: null,
});

export const SEAT_MUNICIPALITIES = { barcelona: '08019', girona: '17079', lleida: '25120', tarragona: '43148' } as const;
const { barcelona, girona, lleida, tarragona } = SEAT_MUNICIPALITIES;

const localHolidays: HolidaySeed[] = [
  local(barcelona, whitMonday(2025), 'Dilluns de Pasqua Granada', true),
  local(barcelona, '2025-09-24', 'La Mercè', true),
  local(barcelona, whitMonday(2026), 'Dilluns de Pasqua Granada', true),
  local(barcelona, '2026-09-24', 'La Mercè', true),
  local(barcelona, whitMonday(2027), 'Dilluns de Pasqua Granada', false),
  local(barcelona, '2027-09-24', 'La Mercè', false),

  local(girona, '2025-07-25', 'Sant Jaume', false),
  local(girona, '2025-10-29', 'Sant Narcís', false),
  local(girona, '2026-10-29', 'Sant Narcís', false),
  local(girona, '2027-10-29', 'Sant Narcís', false),

  local(lleida, '2025-05-12', 'Sant Anastasi (traslladat del diumenge 11 de maig)', false),
  local(lleida, '2025-09-29', 'Sant Miquel', false),
  local(lleida, '2026-05-11', 'Sant Anastasi', true),
  local(lleida, '2026-09-29', 'Sant Miquel', true),
  local(lleida, '2027-05-11', 'Sant Anastasi', false),
  local(lleida, '2027-09-29', 'Sant Miquel', false),

  local(tarragona, '2025-08-19', 'Sant Magí', false),
  local(tarragona, '2025-09-23', 'Santa Tecla', false),
  local(tarragona, '2026-08-19', 'Sant Magí', false),
  local(tarragona, '2026-09-23', 'Santa Tecla', false),
  local(tarragona, '2027-08-19', 'Sant Magí', false),
  local(tarragona, '2027-09-23', 'Santa Tecla', false),
];

export const HOLIDAY_YEARS = [2025, 2026, 2027] as const;

export const holidays: HolidaySeed[] = [...HOLIDAY_YEARS.flatMap(generalHolidays), ...localHolidays];
