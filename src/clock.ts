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

const CATALAN_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The time of day in Catalonia of an instant, as HH:MM. */
export function catalanTime(instant: Date): string {
  return CATALAN_TIME.format(instant);
}

/**
 * The instant at which a calendar day (YYYY-MM-DD) begins in Catalonia. Europe/Madrid is one or two
 * hours ahead of UTC and changes at 02:00/03:00 local time, so midnight always exists exactly once.
 */
export function startOfCatalanDay(day: string): Date {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, dayOfMonth) - offsetHours * 3_600_000);
    if (catalanDate(candidate) === day && catalanDate(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  throw new RangeError(`No midnight found in Catalonia for "${day}"`);
}
