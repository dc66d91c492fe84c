/** Which years have holidays recorded at all: for the general calendar, and for each place's local ones. */
export interface HolidayCoverage {
  generalYears: ReadonlySet<number>;
  localYears: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * Holidays are data: a term that crosses a year with none recorded is computed with weekends only,
 * and must say so. "None recorded" is about the year, not about the days a computation happened to
 * read: Barcelona's 2027 holidays fall in May and September, so a term ending in January 2027 reads
 * none of them and yet they exist.
 */
export function holidayDataWarnings(fromYear: number, toYear: number, places: readonly string[], coverage: HolidayCoverage): string[] {
  const warnings: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    if (!coverage.generalYears.has(year)) {
      warnings.push(`Atenció: no hi ha festius de Catalunya registrats per a l'any ${year}; només s'hi han exclòs dissabtes i diumenges.`);
    }
    for (const place of places) {
      if (!coverage.localYears.get(place)?.has(year)) warnings.push(`Atenció: no hi ha festius locals registrats del municipi ${place} per a l'any ${year}.`);
    }
  }
  return warnings;
}
