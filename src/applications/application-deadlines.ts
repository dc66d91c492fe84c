import { QualityIndicator, TermUnit } from '../catalogue/resource-enums';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { HolidayCalendar } from '../calendar/deadline';
import { computeProviderDeadline, loadHolidays } from '../calendar/holiday.service';
import { RequestContext } from '../graphql/context';
import { businessDaysLeft, DeadlineState, deadlineState, deadlineStateWithoutCalendar } from './deadline-state';

/**
 * The resolution due date (the resource's maximum term) and the target date (its commitment to
 * decide within a term, 55 business days in the Barcelona fitxa), both counted from the
 * registration under Llei 39/2015 with the holidays of the provider's seat and of the entity.
 */
export async function applicationDueDates(
  context: RequestContext, snapshot: ResourceSnapshot, registeredAt: Date, municipality: string | null,
): Promise<{ resolutionDueDate: string | null; targetDueDate: string | null }> {
  const due = async (term: { amount: number; unit: TermUnit } | null) => (term
    ? (await computeProviderDeadline(context, { provider: snapshot.provider.slug, start: registeredAt, term, municipality })).lastDay
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
  const places = [input.seatMunicipality, ...(input.municipality ? [input.municipality] : [])];
  const calendar = new HolidayCalendar(await loadHolidays(context, input.today, input.dueDate, places));
  return deadlineState(input.today, input.dueDate, businessDaysLeft(calendar, input.today, input.dueDate));
}
