import { CalendarHoliday } from './deadline';
import { HolidayScope } from './holiday-scope';

/**
 * INE codes of the nine municipalities of the Val d'Aran (Llei 1/2010, del règim especial d'Aran):
 * Arres, Naut Aran, Bausen, Es Bòrdes, Bossòst, Canejan, Les, Vielha e Mijaran and Vilamòs. Fixed by
 * law, not yearly data, so they live here rather than in the holiday table.
 */
export const ARAN_MUNICIPALITIES: ReadonlySet<string> = new Set(['25031', '25025', '25045', '25057', '25059', '25063', '25121', '25243', '25247']);

export const isInAran = (municipality: string): boolean => ARAN_MUNICIPALITIES.has(municipality);

/** What the holiday rows must carry to be placed: an ARAN row may name the day of Catalonia it replaces. */
export interface PlacedHoliday extends CalendarHoliday {
  /** For ARAN holidays: the holiday of Catalonia that is a working day in Aran instead (26 December). */
  replaces?: string | null;
}

/** The holidays of one municipality: Spain's, Catalonia's (less those Aran replaces, there), Aran's there, and its own. */
export function holidaysAt<H extends PlacedHoliday>(holidays: readonly H[], municipality: string): H[] {
  const aran = isInAran(municipality);
  const replacedInAran = new Set(aran ? holidays.filter((h) => h.scope === HolidayScope.ARAN && h.replaces).map((h) => h.replaces!) : []);
  return holidays.filter((h) => {
    switch (h.scope) {
      case HolidayScope.NATIONAL: return true;
      case HolidayScope.CATALONIA: return !replacedInAran.has(h.date);
      case HolidayScope.ARAN: return aran;
      case HolidayScope.LOCAL: return h.municipality === municipality;
      default: return false;
    }
  });
}

/**
 * Art. 30.6: a day that is a holiday where the applicant lives or where the body sits is not a
 * business day, so a term's holidays are the union of those of each place. Each row appears once.
 */
export function holidaysAtPlaces<H extends PlacedHoliday>(holidays: readonly H[], municipalities: readonly string[]): H[] {
  const kept = new Set<H>();
  for (const municipality of new Set(municipalities)) for (const holiday of holidaysAt(holidays, municipality)) kept.add(holiday);
  return holidays.filter((h) => kept.has(h));
}
