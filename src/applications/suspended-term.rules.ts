import { CalendarHoliday, computeDeadline, DeadlineTerm, HolidayCalendar } from '../calendar/deadline';
import { DeadlineParty } from '../calendar/deadline-party';
import { movedDueDate } from './corrections.rules';

/**
 * The last day of one of the Administration's terms for an application (the maximum term, the
 * provider's 55-business-day target, a commitment's hard limit of 3 months), as its due dates
 * are kept: counted from the filing, the actual registry instant (art. 21.3.b, 31.2.c; the way
 * applicationDueDates counts them at submission), then moved by each suspension for corrections
 * (art. 22.1.a) in the order they were applied, the way moveDueDatesBySuspension moves the stored
 * dates: by the suspended calendar days, then to a business day (movedDueDate). Pure: the caller
 * gives the holidays of the provider's seat and of the entity's municipality (deadlinePlaces).
 *
 * One rule for any term of an application, so that a quality report or a delay task that needs
 * "the last day of this term, suspensions included" computes what the application's own due
 * dates say for the same term.
 */
export function suspendedTermLastDay<H extends CalendarHoliday>(input: {
  registeredAt: Date;
  term: DeadlineTerm;
  holidays: readonly H[];
  /** Calendar days of each suspension already applied, in the order applied. */
  suspendedDays: readonly number[];
}): string {
  let lastDay = computeDeadline({ start: input.registeredAt, term: input.term, party: DeadlineParty.ADMINISTRATION, holidays: input.holidays }).lastDay;
  if (!input.suspendedDays.some((days) => days > 0)) return lastDay;
  const calendar = new HolidayCalendar(input.holidays);
  for (const days of input.suspendedDays) {
    if (days > 0) lastDay = movedDueDate(lastDay, days, (day) => calendar.isBusinessDay(day));
  }
  return lastDay;
}
