/** Where an application is in its life. */
export enum ApplicationStatus {
  /** Being completed by people who act for the entity; nobody else sees it. */
  DRAFT = 'DRAFT',
  /** Signed and registered; the provider's reviewers see it. */
  SUBMITTED = 'SUBMITTED',
  /** Given up by the applicant (desistiment), before or after submission. */
  WITHDRAWN = 'WITHDRAWN',
}
