import { MAX_TERM_HOURS } from '../calendar/deadline';
import { TermUnit } from './resource-enums';

/**
 * Every number an editor saves in a fitxa, with the range it must lie in. This is the one table:
 * the content validation (resource-content.validation.ts) applies it to every save and, through
 * the publication check, to every publication, so no published fitxa can hold a number that the
 * application procedure cannot work with. Before these bounds, a fitxa published with a
 * resolution term of 2147483647 months made every submission fail (the deadline arithmetic
 * refused the term, blaming a field the applicant never sent).
 */
export interface Bound {
  min: number;
  max: number;
}

/**
 * Terms (the maximum term to resolve, the terms and hard limits of quality commitments), per
 * unit. Llei 39/2015 art. 21.2 caps the maximum term to resolve at six months unless a law sets a
 * longer one; the longest that laws set for procedures of this kind are 12 or 18 months, and an
 * extension (art. 23, 32) adds at most half the term. Two years in each unit keeps every legal term
 * with room to spare and refuses only typing slips: 24 months, 730 calendar days, and 500 business
 * days (a year has about 250 in Catalonia: 52 weekends and some 14 holidays out of 365).
 * A term is at least one unit: "within 0 days" is not a term. Every maximum is also within what
 * the deadline arithmetic computes (MAX_DEADLINE_AMOUNT, checked by a unit test).
 */
export const TERM_BOUNDS: Readonly<Record<TermUnit, Bound>> = {
  [TermUnit.MONTHS]: { min: 1, max: 24 },
  [TermUnit.CALENDAR_DAYS]: { min: 1, max: 730 },
  [TermUnit.BUSINESS_DAYS]: { min: 1, max: 500 },
  // Art. 30.1: a term in hours may not exceed 24 (a longer one is expressed in days).
  [TermUnit.HOURS]: { min: 1, max: MAX_TERM_HOURS },
};

/** The other numbers of a fitxa. */
export const NUMBER_BOUNDS = {
  /** The UN Sustainable Development Goals are numbered 1 to 17. */
  sdg: { min: 1, max: 17 },
  /**
   * Applications one entity may have granted for one fitxa; null means no limit. The catalogues
   * say 1 or 2; submitting tries the slots 1…limit one by one (application-submission.service.ts),
   * so a limit is kept small: 50 is more than any programme has asked for.
   */
  maxApplicationsPerEntity: { min: 1, max: 50 },
  /** A quality commitment's threshold without a unit is a rating out of 10 (survey questions). */
  rating: { min: 0, max: 10 },
  /** The share of cases a quality commitment promises. */
  targetPercent: { min: 0, max: 100 },
} as const satisfies Record<string, Bound>;

/**
 * Application windows lie within the years the service keeps holidays for (the deadline
 * arithmetic needs them); a resource open all year has no window at all rather than a window of
 * centuries.
 */
export const WINDOW_DAYS = { first: '2000-01-01', last: '2100-12-31' } as const;

/**
 * Items per list of a fitxa. The largest fitxes of the source catalogues have about ten of each;
 * these leave room while keeping a fitxa a page a person can read (and a snapshot of bounded size).
 */
export const LIST_BOUNDS = {
  requirements: 50,
  documents: 50,
  serviceOptions: 100,
  applicationWindows: 50,
  qualityCommitments: 20,
  /** A survey a person answers in a few minutes; the source fitxes' surveys have about five questions. */
  survey: 30,
  legalReferences: 50,
  procedureSteps: 20,
  interlocutorRoles: 20,
} as const;

export type BoundedList = keyof typeof LIST_BOUNDS;

export const withinBound = (value: number, bound: Bound): boolean => Number.isInteger(value) && value >= bound.min && value <= bound.max;
