import { QualityIndicator, TermUnit } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { DeadlineParty } from '../calendar/deadline-party';
import { computeProviderDeadline, deadlinePlaces, holidayCalendar } from '../calendar/holiday.service';
import { RequestContext } from '../graphql/context';
import { DeadlineState, deadlineState, deadlineStateWithoutCalendar } from './deadline-state';

/**
 * The resolution due date (the resource's maximum term) and the target date (its commitment to
 * decide within a term, 55 business days in the Barcelona fitxa), both counted from the
 * registration under Llei 39/2015 with the holidays of the provider's seat and of the entity.
 * Both are the Administration's terms, so they run from the actual registry instant even when it
 * falls on a Saturday or a holiday (art. 21.3.b, 31.2.c): the receipt states the day from which
 * silence takes effect, and moving it a business day later would promise the applicant too little.
 * This is the one place that turns a submission into due dates; the calendar arithmetic is
 * `computeDeadline`'s and the places are `deadlinePlaces`'.
 */
export async function applicationDueDates(
  context: RequestContext, snapshot: ResourceSnapshot, registeredAt: Date, municipality: string | null,
): Promise<{ resolutionDueDate: string | null; targetDueDate: string | null }> {
  const due = async (term: { amount: number; unit: TermUnit } | null) => (term
    ? (await computeProviderDeadline(context, {
      provider: snapshot.provider.slug, start: registeredAt, term, municipality, party: DeadlineParty.ADMINISTRATION,
    }, { warnAboutMissingHolidays: false })).lastDay
    : null);
  const commitment = snapshot.qualityCommitments.find((q) => q.indicator === QualityIndicator.DECISION_WITHIN_TERM && q.thresholdUnit);
  return {
    resolutionDueDate: await due(snapshot.resolutionTerm),
    targetDueDate: await due(commitment ? { amount: commitment.threshold, unit: commitment.thresholdUnit! } : null),
  };
}

/**
 * ON_TIME, AT_RISK or OVERDUE today, counting business days with the same holidays as the due date.
 * The holidays are read only when they can change the answer, so a queue page of applications due
 * weeks ahead reads none.
 */
export async function currentDeadlineState(
  context: RequestContext, input: { today: string; dueDate: string; seatMunicipality: string; municipality: string | null },
): Promise<DeadlineState> {
  const decided = deadlineStateWithoutCalendar(input.today, input.dueDate);
  if (decided) return decided;
  const calendar = await holidayCalendar(context, input.today, input.dueDate, deadlinePlaces(input.seatMunicipality, input.municipality));
  return deadlineState(input.today, input.dueDate, calendar.businessDaysAfter(input.today, input.dueDate));
}
