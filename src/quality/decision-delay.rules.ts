import { catalanDate, startOfCatalanDay } from '../clock';
import { suspendedTermLastDay } from '../applications/suspended-term.rules';
import { addDays } from '../calendar/days';
import { CalendarHoliday, computeDeadline, DeadlineTerm } from '../calendar/deadline';
import { DeadlineParty } from '../calendar/deadline-party';
import { DeadlineStart } from '../calendar/deadline-start';
import { QualityIndicator, TermUnit } from '../catalogue/resource-enums';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';

/**
 * "When 3 months pass without a decision, the causes and measures are communicated within 5
 * business days" (fitxa 111219). Both figures are the fitxa's data: the hard limit of its
 * DECISION_WITHIN_TERM commitment and the threshold of its BREACH_COMMUNICATED_WITHIN_TERM one.
 * A pending task's deadline state is that of any due date (deadline-state.ts, through
 * currentDeadlineState, which reads the holidays only when they matter); a communicated one has none.
 */
export interface DecisionDelayTerms {
  /** How long an application may wait for a decision (3 months), counted from the filing. */
  hardLimit: DeadlineTerm;
  /** How soon after the breach its causes and measures are communicated (5 business days). */
  communication: DeadlineTerm;
}

/** The fields of a commitment its terms are read from (a snapshot's or an entity's): these rules and the published threshold texts. */
export interface CommitmentTerms {
  indicator: QualityIndicator;
  threshold: number;
  thresholdUnit?: TermUnit | null;
  hardLimitAmount?: number | null;
  hardLimitUnit?: TermUnit | null;
}

/** The two terms when the fitxa carries both commitments with their terms; null otherwise (no delay tasks). */
export function decisionDelayTerms(commitments: readonly CommitmentTerms[]): DecisionDelayTerms | null {
  const decision = commitments.find((c) => c.indicator === QualityIndicator.DECISION_WITHIN_TERM && c.hardLimitAmount != null && c.hardLimitUnit);
  const communication = commitments.find((c) => c.indicator === QualityIndicator.BREACH_COMMUNICATED_WITHIN_TERM && c.thresholdUnit);
  if (!decision || !communication) return null;
  return {
    hardLimit: { amount: decision.hardLimitAmount!, unit: decision.hardLimitUnit! },
    communication: { amount: communication.threshold, unit: communication.thresholdUnit! },
  };
}

/** One request for corrections as it bears on the hard limit (art. 22.1.a). */
export interface DelaySuspension {
  /** The Catalan day the suspension started (the request took effect); null while it has not. */
  from: string | null;
  /** Calendar days suspended once the suspension ended and was applied; null while it runs. */
  days: number | null;
}

export type DecisionBreachMoment =
  | { state: 'KNOWN'; lastDay: string; breachedAt: Date }
  /** A suspension for corrections stopped the term and has not ended: no breach can be due. */
  | { state: 'SUSPENDED' };

/**
 * When an application passes the hard limit undecided: the hard limit counted from the filing (the
 * registry instant) as the Administration's term, extended by the suspensions for corrections
 * exactly as the resolution due date is (suspendedTermLastDay, the one rule for any term of an
 * application). Which suspensions count is this rule's: in the order they started, each that
 * started on or before the last day reached so far (a term that had run out cannot be suspended
 * any more, so a request for corrections after the breach does not undo it); one that counts but
 * has not ended stops the term (SUSPENDED). The decision is due by the end of the last day (art.
 * 30.5 already applied); the breach is the first instant after it, midnight in Catalonia, whatever
 * the clock change that night (a hard limit in hours, which no fitxa uses, is read the same way:
 * it breaches at the end of its last day).
 */
export function decisionBreachMoment<H extends CalendarHoliday>(input: {
  registeredAt: Date; hardLimit: DeadlineTerm; suspensions: readonly DelaySuspension[]; holidays: readonly H[];
}): DecisionBreachMoment {
  const lastDayWith = (suspendedDays: number[]) => suspendedTermLastDay({
    registeredAt: input.registeredAt, term: input.hardLimit, holidays: input.holidays, suspendedDays,
  });
  const started = input.suspensions.filter((s): s is DelaySuspension & { from: string } => s.from != null)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const counted: number[] = [];
  let lastDay = lastDayWith(counted);
  for (const suspension of started) {
    if (suspension.from > lastDay) break;
    if (suspension.days == null) return { state: 'SUSPENDED' };
    counted.push(suspension.days);
    lastDay = lastDayWith(counted);
  }
  return { state: 'KNOWN', lastDay, breachedAt: startOfCatalanDay(addDays(lastDay, 1)) };
}

/**
 * Whether the application breached the hard limit by `now`. A decision is a resolution of any kind
 * made available to the entity (art. 40.4: the duty to notify in time is met by making the act
 * available): one made available before the breach moment means no breach.
 */
export function decisionBreached(moment: DecisionBreachMoment, facts: { decisionAvailableAt: Date | null; now: Date }): boolean {
  if (moment.state !== 'KNOWN') return false;
  if (facts.now.getTime() < moment.breachedAt.getTime()) return false;
  return facts.decisionAvailableAt == null || facts.decisionAvailableAt.getTime() >= moment.breachedAt.getTime();
}

/**
 * The last day to communicate the causes and measures: the commitment's term (5 business days)
 * counted as the law counts terms, from the breach day (the day the breach moment falls on, the
 * first day beyond the hard limit). It is the Administration's own term and starts from the overrun
 * of another of its terms, not from a filing, so `from` is TERM_OVERRUN: the count starts the day
 * after the breach day (art. 30.3), whatever day that is (art. 31.2.b moves only the applicant's
 * filings), and a last day that is not a business day moves to the next one (art. 30.5).
 */
export function delayCommunicationDueDate<H extends CalendarHoliday>(input: { breachedAt: Date; term: DeadlineTerm; holidays: readonly H[] }): string {
  return computeDeadline({
    start: input.breachedAt, term: input.term, holidays: input.holidays, party: DeadlineParty.ADMINISTRATION, from: DeadlineStart.TERM_OVERRUN,
  }).lastDay;
}

/** Whether a communication was made in time: its Catalan day is on or before the due date (the quality report counts this). */
export const communicatedInTime = (communicatedAt: Date, dueDate: string): boolean => catalanDate(communicatedAt) <= dueDate;

/** Causes and measures: each required, and short enough to read in one letter. */
export const DELAY_TEXT_BOUNDS = { textLength: 4000 } as const;

/** Checks what a reviewer communicates and gives its stored form (trimmed); every fault at its field. */
export function checkDelayCommunication(input: { causes: string; measures: string }): { ok: true; causes: string; measures: string } | { ok: false; userErrors: UserError[] } {
  const errors: UserError[] = [];
  const text = (name: 'causes' | 'measures') => {
    const value = input[name].trim();
    if (!value) errors.push(userError(UserErrorCode.REQUIRED, ['input', name]));
    else if (value.length > DELAY_TEXT_BOUNDS.textLength) errors.push(userError(UserErrorCode.TOO_LONG, ['input', name], { max: DELAY_TEXT_BOUNDS.textLength }));
    return value;
  };
  const causes = text('causes');
  const measures = text('measures');
  return errors.length ? { ok: false, userErrors: errors } : { ok: true, causes, measures };
}
