import { CalendarHoliday, computeDeadline, DeadlineTerm, HolidayCalendar } from '../calendar/deadline';
import { DeadlineParty } from '../calendar/deadline-party';
import { movedDueDate } from './corrections.rules';

/** One request for corrections as it bears on the Administration's terms (art. 22.1.a). */
export interface TermSuspension {
  /** The Catalan day the suspension started (the request took effect); null while it has not. */
  from: string | null;
  /** Calendar days suspended once the suspension ended and was applied; null while it runs. */
  days: number | null;
}

export type SuspendedTermEnd =
  /** The last day of the term, suspensions applied; for a term in hours not moved by any, the instant it ends. */
  | { state: 'ENDS'; lastDay: string; suspendedDays: number; endsAt: Date | null }
  /** A suspension that started within the term has not ended yet: the last day is not known. */
  | { state: 'SUSPENDED' };

/**
 * The last day of one of the Administration's terms counted from the filing (the maximum term, the
 * fitxa's hard limit), with the suspensions for corrections that stopped it. The count is
 * `computeDeadline`'s for the Administration (from the actual registry instant, art. 21.3.b and
 * 31.2.c: what applicationDueDates does at submission), and each suspension moves the day exactly
 * as moveDueDatesBySuspension moves the resolution due date (`movedDueDate`: the suspended calendar
 * days later, then to a business day), in the order the suspensions started.
 *
 * A suspension counts only when it started on or before the (already moved) last day: a term that
 * had run out cannot be suspended any more, so a request for corrections made after the breach does
 * not undo it. A suspension that counts but has not ended answers SUSPENDED: the term is stopped.
 * `holidays` must cover the registration day to well beyond the last day (deadlineHorizon plus the
 * suspended days).
 */
export function suspendedTermEnd<H extends CalendarHoliday>(input: {
  registeredAt: Date; term: DeadlineTerm; holidays: readonly H[]; suspensions: readonly TermSuspension[];
}): SuspendedTermEnd {
  const counted = computeDeadline({ start: input.registeredAt, term: input.term, holidays: input.holidays, party: DeadlineParty.ADMINISTRATION });
  let { lastDay } = counted;
  const calendar = new HolidayCalendar(input.holidays);
  const started = input.suspensions.filter((s): s is TermSuspension & { from: string } => s.from != null)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let suspendedDays = 0;
  for (const suspension of started) {
    if (suspension.from > lastDay) break;
    if (suspension.days == null) return { state: 'SUSPENDED' };
    if (suspension.days <= 0) continue;
    lastDay = movedDueDate(lastDay, suspension.days, (day) => calendar.isBusinessDay(day));
    suspendedDays += suspension.days;
  }
  // A term in hours ends at an instant (art. 30.1); once moved by whole days, it ends with its last day.
  return { state: 'ENDS', lastDay, suspendedDays, endsAt: suspendedDays === 0 ? counted.endsAt : null };
}
