/**
 * What a term starts from. It decides whether art. 31.2.b applies: that rule ("a filing on a
 * non-business day counts as made at the first hour of the next business day") is about the
 * interested party's filings. A term that starts from a notification or a publication starts the
 * day after it takes effect (art. 30.3), whatever day that is.
 */
export enum DeadlineStart {
  /** A filing in the registry (the application, an answer): moved to the next business day for the applicant's business-day terms. */
  FILING = 'FILING',
  /** A notification taking effect (accessed, or deemed rejected after ten calendar days, art. 43). */
  NOTIFICATION = 'NOTIFICATION',
  /** A publication (art. 45): counted from the day after it, like a notification. */
  PUBLICATION = 'PUBLICATION',
  /**
   * The Administration letting one of its own terms run out (a maximum term passed undecided): the
   * act's day is the first day beyond the term, and a term that follows from it (e.g. "communicate
   * the causes within 5 business days") starts the day after (art. 30.3), like a notification.
   */
  TERM_OVERRUN = 'TERM_OVERRUN',
}
