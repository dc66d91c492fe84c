/** The one source of time, so tests and simulations can set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date | string): Clock & { set(instant: Date | string): void } {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    set(next) {
      current = new Date(next);
    },
  };
}

// Built once: constructing an Intl formatter costs ~100× formatting with it, and this runs per request.
const CATALAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Catalonia (Europe/Madrid) of an instant, as YYYY-MM-DD. */
export function catalanDate(instant: Date): string {
  return CATALAN_DAY.format(instant);
}
