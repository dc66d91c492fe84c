import { catalanDate } from '../clock';
import { CalendarHoliday, DeadlineTerm, HolidayCalendar } from '../calendar/deadline';
import { suspendedTermLastDay } from '../applications/suspended-term.rules';
import { decisionBreachMoment, DelaySuspension } from './decision-delay.rules';
import { BreachCase, BreachKind } from './quality-report';

/** An application as the DECISION_WITHIN_TERM indicator sees it. */
export interface DecisionFacts<H extends CalendarHoliday = CalendarHoliday> {
  applicationId: string;
  registryNumber: string | null;
  /** The submission's registry instant: the Administration's terms run from it. */
  registeredAt: Date;
  /** When the GRANT or DENY resolution was made available to the entity; null while undecided. */
  decidedAt: Date | null;
  /** Each request for corrections: the day it took effect and the calendar days suspended once applied. */
  suspensions: readonly DelaySuspension[];
  /** The holidays of the provider's seat and of the entity's municipality. */
  holidays: readonly H[];
}

export interface DecisionTermCommitment {
  /** The term within which a decision counts as on time: 55 business days. */
  term: DeadlineTerm;
  /** The limit never to be passed: 3 months; null when the commitment states none. */
  hardLimit: DeadlineTerm | null;
}

export interface DecisionTermCount {
  cases: number;
  casesMeeting: number;
  hardLimitBreaches: number;
  breaches: BreachCase[];
}

/**
 * "El 50% de les aprovacions o denegacions … en un termini màxim de 55 dies hàbils des de la
 * recepció de la sol·licitud, però mai en més de 3 mesos." Pure.
 *
 * - The cases are the approvals and denials made available in the period (`decided`). One is on
 *   time when its Catalan day is no later than the last day of the term counted from the filing
 *   with the suspensions for corrections taken off (suspendedTermLastDay: the rule of the
 *   application's own due dates), which is how the Administration meets its duty to notify in
 *   time (art. 40.4: making the act available suffices).
 * - A hard-limit breach is a case decided after the hard limit's last day, or an application
 *   still undecided at the end of the period (`undecided`, those registered before its end and
 *   with no resolution made available by then) whose hard limit's last day had passed: its last
 *   day is before `asOf`, the period's last day or, for a period not yet over, today (a term
 *   whose last day is today has not passed yet). The hard limit's last day is the delay job's rule
 *   (decisionBreachMoment: only suspensions that started before the limit was reached count, and
 *   one still running holds it, so no breach), so the report and the delay tasks agree.
 */
export function countDecisionsWithinTerm<H extends CalendarHoliday>(
  commitment: DecisionTermCommitment,
  decided: readonly DecisionFacts<H>[],
  undecided: readonly DecisionFacts<H>[],
  asOf: { periodLastDay: string; today: string },
): DecisionTermCount {
  const breaches: BreachCase[] = [];
  let casesMeeting = 0;
  let hardLimitBreaches = 0;
  // The threshold term moves by every suspension applied, as the application's own target date does.
  const termLastDay = (facts: DecisionFacts<H>, term: DeadlineTerm) => suspendedTermLastDay({
    registeredAt: facts.registeredAt, term, holidays: facts.holidays,
    suspendedDays: facts.suspensions.map((s) => s.days).filter((days): days is number => days != null),
  });
  // The hard limit is the delay job's rule (decisionBreachMoment): null while a suspension holds it.
  const hardLimitLastDay = (facts: DecisionFacts<H>, hardLimit: DeadlineTerm) => {
    const moment = decisionBreachMoment({ registeredAt: facts.registeredAt, hardLimit, suspensions: facts.suspensions, holidays: facts.holidays });
    return moment.state === 'KNOWN' ? moment.lastDay : null;
  };
  for (const facts of decided) {
    const decidedOn = catalanDate(facts.decidedAt!);
    const dueDate = termLastDay(facts, commitment.term);
    const hardLimitDay = commitment.hardLimit ? hardLimitLastDay(facts, commitment.hardLimit) : null;
    const businessDays = new HolidayCalendar(facts.holidays).businessDaysAfter(catalanDate(facts.registeredAt), decidedOn);
    const base = { applicationId: facts.applicationId, registryNumber: facts.registryNumber, day: decidedOn, businessDays, rating: null, questionCode: null };
    if (hardLimitDay !== null && decidedOn > hardLimitDay) {
      hardLimitBreaches += 1;
      breaches.push({ ...base, kind: BreachKind.DECIDED_AFTER_HARD_LIMIT, dueDate: hardLimitDay });
    } else if (decidedOn > dueDate) {
      breaches.push({ ...base, kind: BreachKind.DECIDED_AFTER_TERM, dueDate });
    } else {
      casesMeeting += 1;
    }
  }
  if (commitment.hardLimit) {
    // The hard limit has passed when its last day is over: before the period's last day included, and before today.
    const passedBy = asOf.today <= asOf.periodLastDay ? asOf.today : null;
    for (const facts of undecided) {
      const hardLimitDay = hardLimitLastDay(facts, commitment.hardLimit);
      const passed = hardLimitDay !== null && hardLimitDay <= asOf.periodLastDay && (passedBy === null || hardLimitDay < passedBy);
      if (!passed) continue;
      hardLimitBreaches += 1;
      breaches.push({
        kind: BreachKind.UNDECIDED_AFTER_HARD_LIMIT, applicationId: facts.applicationId, registryNumber: facts.registryNumber,
        day: null, dueDate: hardLimitDay, businessDays: null, rating: null, questionCode: null,
      });
    }
  }
  return { cases: decided.length, casesMeeting, hardLimitBreaches, breaches };
}
