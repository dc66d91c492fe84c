/** Who declares a holiday, and so where it applies. */
export enum HolidayScope {
  /** Festa estatal: the whole of Spain (Estatut dels treballadors art. 37.2, RD 2001/1983). */
  NATIONAL = 'NATIONAL',
  /** Festa de Catalunya, in the yearly order of the Generalitat (DOGC). */
  CATALONIA = 'CATALONIA',
  /** Festa local: two per municipality and year, fixed by order at the town council's proposal. */
  LOCAL = 'LOCAL',
}
