/** Who declares a holiday, and so where it applies. */
export enum HolidayScope {
  /** Festa estatal: the whole of Spain (Estatut dels treballadors art. 37.2, RD 2001/1983). */
  NATIONAL = 'NATIONAL',
  /** Festa de Catalunya, in the yearly order of the Generalitat (DOGC). */
  CATALONIA = 'CATALONIA',
  /**
   * The Val d'Aran's own calendar, in the same yearly order: the Festa d'Aran (17 June) replaces a
   * holiday of Catalonia (26 December, Sant Esteve) in Aran's nine municipalities.
   */
  ARAN = 'ARAN',
  /** Festa local: two per municipality and year, fixed by order at the town council's proposal. */
  LOCAL = 'LOCAL',
}

/** The general calendar, the same for every diputació: set as one unit by `setHolidays` without a municipality. */
export const GENERAL_SCOPES: readonly HolidayScope[] = [HolidayScope.NATIONAL, HolidayScope.CATALONIA, HolidayScope.ARAN];
