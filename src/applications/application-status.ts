/**
 * Where an application is in its life (DESIGN.md, "After submission"). Which act leads from one
 * to another is application.workflow.ts.
 */
export enum ApplicationStatus {
  /** Being completed by people who act for the entity; nobody else sees it. */
  DRAFT = 'DRAFT',
  /** Signed and registered; the provider's reviewers see it and must resolve it. */
  SUBMITTED = 'SUBMITTED',
  /** The provider asked the entity to correct or complete it (art. 68); the maximum term is suspended. */
  CORRECTIONS_REQUESTED = 'CORRECTIONS_REQUESTED',
  /** Resolved in favour: the entity receives the resource. */
  GRANTED = 'GRANTED',
  /** Resolved against. */
  DENIED = 'DENIED',
  /** Given up by the applicant: a draft discarded, or a withdrawal (desistiment, art. 94) the provider accepted. */
  WITHDRAWN = 'WITHDRAWN',
  /** Deemed withdrawn by resolution because the corrections were not made in time (art. 68.1). */
  DESISTED = 'DESISTED',
  /** Granted, with a revocation procedure open after a diagnosis of deficiencies. */
  REVOCATION_OPEN = 'REVOCATION_OPEN',
  /** The grant was revoked; the entity may apply again. */
  REVOKED = 'REVOKED',
}

/**
 * Statuses in which an application holds one of the entity's places under the resource's
 * per-entity limit (the `slot`); leaving them frees the place, so the entity may apply again.
 */
export const SLOT_HOLDING_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTIONS_REQUESTED, ApplicationStatus.GRANTED, ApplicationStatus.REVOCATION_OPEN,
];

/** Statuses in which the provider still owes a resolution, so its due date and deadline state matter. */
export const AWAITING_RESOLUTION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTIONS_REQUESTED,
];
