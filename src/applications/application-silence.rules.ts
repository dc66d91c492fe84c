import { addDays } from '../calendar/days';
import { SilenceEffect } from '../catalogue/resource-enums';
import { catalanDate } from '../clock';
import { ApplicationStatus } from './application-status';

/** What decides whether administrative silence has taken effect on an application. */
export interface SilenceFacts {
  status: ApplicationStatus;
  /** Null for drafts: only a filed application obliges the provider to resolve. */
  submittedAt: Date | null;
  /** The last day to resolve and notify (art. 21), as it stands after suspensions and extensions. */
  resolutionDueDate: string | null;
  /** What the fitxa said silence means when the application was filed (sealed in its receipt). */
  silenceEffect: SilenceEffect | null;
  /** When the first resolution was made available to the entity (notification with act RESOLUTION), if any. */
  resolutionMadeAvailableAt: Date | null;
  /** While corrections are pending: when the request for them was made available, which suspended the term (art. 22.1.a). */
  correctionsRequestMadeAvailableAt: Date | null;
  now: Date;
}

export interface Silence {
  effect: SilenceEffect | null;
  /** The first day silence has effect: the day after the due date. */
  since: string;
  /** Whether the provider still owes the resolution (it does, silence notwithstanding, art. 21.1 and 24.3). */
  dutyToResolve: boolean;
}

/**
 * Administrative silence (Llei 39/2015 art. 24–25): once the maximum term has passed with no
 * resolution notified, the application has the effect the fitxa states. The provider meets its
 * duty to notify in time by making the resolution available by the due date (art. 40.4), whether
 * or not the entity opens it then. A pending request for corrections suspends the term (art.
 * 22.1.a), so no silence runs meanwhile unless the term had already ended when it was made. Null
 * when silence has not taken effect.
 */
export function silenceOf(facts: SilenceFacts): Silence | null {
  const { resolutionDueDate: dueDate } = facts;
  if (!facts.submittedAt || !dueDate) return null;
  const endedBefore = (instant: Date | null) => instant != null && catalanDate(instant) > dueDate;
  if (catalanDate(facts.now) <= dueDate) return null;
  const silence = (dutyToResolve: boolean): Silence => ({ effect: facts.silenceEffect, since: addDays(dueDate, 1), dutyToResolve });

  // Resolved late: silence took effect, and the duty to resolve has since been met.
  if (facts.resolutionMadeAvailableAt != null) return endedBefore(facts.resolutionMadeAvailableAt) ? silence(false) : null;
  if (facts.status === ApplicationStatus.SUBMITTED) return silence(true);
  if (facts.status === ApplicationStatus.CORRECTIONS_REQUESTED) return endedBefore(facts.correctionsRequestMadeAvailableAt) ? silence(true) : null;
  // Resolved with no resolution notified through this service (nothing to compare), or given up.
  return null;
}
