/**
 * Whose term it is (Llei 39/2015 art. 31.2). It decides where the count starts when the registration
 * falls on a non-business day: only the applicant's own terms in business days treat such a filing
 * as made at the first hour of the next business day (art. 31.2.b); the terms the Administration
 * must meet run from the actual registry instant (art. 21.3.b, 31.2.c).
 */
export enum DeadlineParty {
  /** The Administration's terms: the maximum term to resolve and notify, its own target dates. */
  ADMINISTRATION = 'ADMINISTRATION',
  /** The applicant's (interessat's) terms: to correct, to allege, to appeal. */
  APPLICANT = 'APPLICANT',
}
