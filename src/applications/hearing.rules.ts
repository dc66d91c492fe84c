import { startOfCatalanDay } from '../clock';
import { addDays } from '../calendar/days';
import { UserErrorCode } from '../errors/user-error-code';

/**
 * The hearing's term (Llei 39/2015 art. 82.2): "no inferior a diez días ni superior a quince",
 * business days (art. 30.2) of the applicant, counted from the day after the notification takes
 * effect (access or deemed rejection) even when that day is not a business day (art. 30.3; art.
 * 31.2.b moves only the applicant's filings). Ten unless the reviewer gives more.
 */
export const HEARING_TERM_DAYS = { default: 10, min: 10, max: 15 } as const;

/** Why a term in days is not one a hearing may have, or null. */
export function hearingTermRefusal(termDays: number): UserErrorCode | null {
  return Number.isInteger(termDays) && termDays >= HEARING_TERM_DAYS.min && termDays <= HEARING_TERM_DAYS.max ? null : UserErrorCode.OUT_OF_RANGE;
}

/** The instant a term whose last day is `lastDay` is over: the start of the next day in Catalonia (a filing all of that day counts). */
export function termOverAt(lastDay: string): Date {
  return startOfCatalanDay(addDays(lastDay, 1));
}

export interface HearingFacts {
  /** The allegations were registered (at any time: late ones still count until the resolution). */
  allegationsRegisteredAt: Date | null;
  /** When the term to allege is over; null while the notification has not taken effect. */
  termOverAt: Date | null;
}

/**
 * The hearing took place: the entity's allegations are in, or its term to make them ran out
 * (art. 82.2–3). Until the notification takes effect the term has not even started.
 */
export function hearingIsConcluded(facts: HearingFacts, now: Date): boolean {
  if (facts.allegationsRegisteredAt != null) return true;
  return facts.termOverAt != null && now.getTime() >= facts.termOverAt.getTime();
}
