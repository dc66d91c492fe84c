/** What a list of applications can be ordered by. */
export enum ApplicationOrderField {
  /** The resolution due date, soonest first when ascending: the reviewers' queue. Drafts come last. */
  RESOLUTION_DUE_DATE = 'RESOLUTION_DUE_DATE',
  /** When it was signed and registered; drafts come last. */
  SUBMITTED_AT = 'SUBMITTED_AT',
  /** When it last changed. */
  UPDATED_AT = 'UPDATED_AT',
}
