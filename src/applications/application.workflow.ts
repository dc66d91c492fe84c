import { UserErrorCode } from '../errors/user-error-code';
import { ApplicationStatus } from './application-status';

const {
  DRAFT, SUBMITTED, CORRECTIONS_REQUESTED, GRANTED, DENIED, WITHDRAWN, DESISTED, REVOCATION_OPEN, REVOKED,
} = ApplicationStatus;

/**
 * The acts that move an application, named after what the law calls them (DESIGN.md, "After
 * submission"). Acts that do not change the status (a hearing, allegations, notifications, a
 * request for withdrawal before it is accepted) are not here: they are events, not transitions.
 */
export type ApplicationAction =
  | 'submit' | 'discard'
  | 'requestCorrections' | 'answerCorrections' | 'declareDesisted'
  | 'grant' | 'deny' | 'acceptWithdrawal'
  | 'openRevocation' | 'revoke' | 'closeRevocation' | 'lapseRevocation';

/**
 * What the guards read, gathered by the service that performs the act (under the application's
 * row lock). Every field but `status` and `now` is needed by some acts only; a guard that needs a
 * fact it was not given refuses, so forgetting to gather one never lets an act through.
 */
export interface TransitionFacts {
  status: ApplicationStatus;
  now: Date;
  /** The instant the term to answer a request for corrections ends (from access or deemed rejection). */
  correctionTermEndsAt?: Date | null;
  /** The applicant's signed, registered request to withdraw (art. 94) is on file. */
  withdrawalRequested?: boolean;
  /**
   * The resolution rests on facts, allegations or evidence the applicant did not provide, so the
   * applicant must be heard first (art. 82.1; 82.4 lets the hearing be skipped otherwise).
   */
  restsOnOtherFacts?: boolean;
  /** The hearing took place: the applicant's allegations are in, or their term ended. */
  hearingConcluded?: boolean;
  /** When the revocation procedure lapses if unresolved (3 months from opening, art. 25.1.b). */
  revocationLapsesAt?: Date | null;
}

/** A pure check on the facts: the reason the act may not happen now, or null. */
export type TransitionGuard = (facts: TransitionFacts) => UserErrorCode | null;

export interface ApplicationTransition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** The event row's `type` and, as `application.<event>`, the outbox topic. */
  event: string;
  /** Checked in order after the status; the first refusal is the answer. */
  guards: readonly TransitionGuard[];
}

/** Guards, each one rule of the procedure. */
export const GUARDS = {
  /** Desistiment for not correcting is declared only once the term to correct is over (art. 68.1). */
  correctionTermOver: (facts) => (facts.correctionTermEndsAt != null && facts.now.getTime() > facts.correctionTermEndsAt.getTime()
    ? null : UserErrorCode.CORRECTION_TERM_NOT_OVER),
  /** The provider accepts a withdrawal the applicant asked for; it never withdraws on its own (art. 94). */
  withdrawalRequested: (facts) => (facts.withdrawalRequested === true ? null : UserErrorCode.WITHDRAWAL_NOT_REQUESTED),
  /** A resolution on facts the applicant did not bring needs a hearing first (art. 82). */
  heardIfOtherFacts: (facts) => (facts.restsOnOtherFacts === false || facts.hearingConcluded === true ? null : UserErrorCode.HEARING_REQUIRED),
  /** Revocation always rests on the provider's diagnosis, so the entity is always heard. */
  heard: (facts) => (facts.hearingConcluded === true ? null : UserErrorCode.HEARING_REQUIRED),
  /** Once lapsed (art. 25.1.b), a revocation procedure can only be declared lapsed. */
  revocationAlive: (facts) => (facts.revocationLapsesAt != null && facts.now.getTime() < facts.revocationLapsesAt.getTime()
    ? null : UserErrorCode.REVOCATION_LAPSED),
  revocationLapsed: (facts) => (facts.revocationLapsesAt != null && facts.now.getTime() >= facts.revocationLapsesAt.getTime()
    ? null : UserErrorCode.REVOCATION_NOT_LAPSED),
} satisfies Record<string, TransitionGuard>;

/**
 * Which act is allowed from which status, where it leads, and what else must hold. Data, not code
 * paths: services ask `transitionRefusal` and apply through application-transition.service.ts.
 */
export const APPLICATION_TRANSITIONS: Record<ApplicationAction, ApplicationTransition> = {
  submit: { from: [DRAFT], to: SUBMITTED, event: 'submitted', guards: [] },
  // A discarded draft stays as a row for the people who act for the entity (their list shows it)
  // but never reaches the provider: reviewers see only what has a submission (application-access.ts).
  discard: { from: [DRAFT], to: WITHDRAWN, event: 'discarded', guards: [] },
  requestCorrections: { from: [SUBMITTED], to: CORRECTIONS_REQUESTED, event: 'correctionsRequested', guards: [] },
  // A late answer still counts until desistiment has been declared (art. 73.3): no term guard here.
  answerCorrections: { from: [CORRECTIONS_REQUESTED], to: SUBMITTED, event: 'correctionsAnswered', guards: [] },
  declareDesisted: { from: [CORRECTIONS_REQUESTED], to: DESISTED, event: 'desisted', guards: [GUARDS.correctionTermOver] },
  grant: { from: [SUBMITTED], to: GRANTED, event: 'granted', guards: [] },
  deny: { from: [SUBMITTED], to: DENIED, event: 'denied', guards: [GUARDS.heardIfOtherFacts] },
  // Withdrawal may be asked for at any moment before the resolution (art. 94.1), so also while
  // corrections are pending; the diagram draws only the main path.
  acceptWithdrawal: { from: [SUBMITTED, CORRECTIONS_REQUESTED], to: WITHDRAWN, event: 'withdrawn', guards: [GUARDS.withdrawalRequested] },
  openRevocation: { from: [GRANTED], to: REVOCATION_OPEN, event: 'revocationOpened', guards: [] },
  revoke: { from: [REVOCATION_OPEN], to: REVOKED, event: 'revoked', guards: [GUARDS.revocationAlive, GUARDS.heard] },
  // Once the 3 months are over the procedure can only be declared lapsed (art. 25.1.b), so
  // closing it, like revoking, needs it alive: the record then says LAPSED, not CLOSED.
  closeRevocation: { from: [REVOCATION_OPEN], to: GRANTED, event: 'revocationClosed', guards: [GUARDS.revocationAlive] },
  lapseRevocation: { from: [REVOCATION_OPEN], to: GRANTED, event: 'revocationLapsed', guards: [GUARDS.revocationLapsed] },
};

/**
 * Why `action` may not happen given `facts`, or null when it may. From a status the act does not
 * start from: the specific codes applicants already know for submitting and discarding, and
 * INVALID_STATUS for everything else (answering corrections nobody asked for, resolving twice).
 */
export function transitionRefusal(action: ApplicationAction, facts: TransitionFacts): UserErrorCode | null {
  const transition = APPLICATION_TRANSITIONS[action];
  if (!transition.from.includes(facts.status)) return outOfOrder(action, facts.status);
  for (const guard of transition.guards) {
    const refusal = guard(facts);
    if (refusal) return refusal;
  }
  return null;
}

function outOfOrder(action: ApplicationAction, status: ApplicationStatus): UserErrorCode {
  if (action === 'submit') return status === SUBMITTED ? UserErrorCode.ALREADY_SUBMITTED : UserErrorCode.NOT_A_DRAFT;
  if (action === 'discard') return status === WITHDRAWN ? UserErrorCode.ALREADY_WITHDRAWN : UserErrorCode.NOT_A_DRAFT;
  return UserErrorCode.INVALID_STATUS;
}

/** Statuses no act leads out of. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = Object.values(ApplicationStatus)
  .filter((status) => !Object.values(APPLICATION_TRANSITIONS).some((t) => t.from.includes(status)));
