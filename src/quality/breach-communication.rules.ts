import { catalanDate } from '../clock';
import { communicatedInTime } from './decision-delay.rules';
import { BreachCase, BreachKind } from './quality-report';

/** A delay task (the hard limit passed undecided) as this indicator sees it. */
export interface DelayFacts {
  applicationId: string;
  registryNumber: string | null;
  /** The last day to communicate the causes and measures (the delay job's, decision-delay.rules.ts). */
  communicationDueDate: string;
  communicatedAt: Date | null;
}

/**
 * "En cas d'incompliment del termini de 3 mesos, s'informarà … de les causes d'aquest i de les
 * mesures adoptades en 5 dies hàbils." The caller gives the delay tasks whose breach moment falls in
 * the period. A communicated one is a case, met when made available by its due date (the delay
 * feature's communicatedInTime), late otherwise (COMMUNICATED_LATE), whenever it was communicated.
 * One not communicated is a case, missed (NOT_COMMUNICATED), once its due date is over: by the
 * period's last day and before today, as for the hard limit; one not yet due is not counted yet,
 * since it may still be communicated in time. Pure.
 */
export function countCommunicationsWithinTerm(delays: readonly DelayFacts[], asOf: { periodLastDay: string; today: string }): {
  cases: number; casesMeeting: number; hardLimitBreaches: number; breaches: BreachCase[];
} {
  let cases = 0;
  let casesMeeting = 0;
  const breaches: BreachCase[] = [];
  for (const delay of delays) {
    const base = { applicationId: delay.applicationId, registryNumber: delay.registryNumber, dueDate: delay.communicationDueDate, businessDays: null, rating: null, questionCode: null };
    if (delay.communicatedAt) {
      cases += 1;
      if (communicatedInTime(delay.communicatedAt, delay.communicationDueDate)) casesMeeting += 1;
      else breaches.push({ ...base, kind: BreachKind.COMMUNICATED_LATE, day: catalanDate(delay.communicatedAt) });
      continue;
    }
    const over = delay.communicationDueDate <= asOf.periodLastDay && delay.communicationDueDate < asOf.today;
    if (!over) continue;
    cases += 1;
    breaches.push({ ...base, kind: BreachKind.NOT_COMMUNICATED, day: null });
  }
  return { cases, casesMeeting, hardLimitBreaches: 0, breaches };
}
