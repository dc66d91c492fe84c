import { NotificationStatus } from './notification-act';

/** The columns the rules read, so they can be tested without a database. */
export interface NotificationFacts {
  madeAvailableAt: Date;
  accessedAt?: Date | null;
  deemedRejectedAt?: Date | null;
}

/** Art. 43.2: ten calendar days ("diez días naturales") after being made available without access. */
export const DEEMED_REJECTION_CALENDAR_DAYS = 10;

const CATALAN_WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** The wall clock in Catalonia (Europe/Madrid) of an instant: [year, month, day, hour, minute, second]. */
function catalanWallClock(instant: Date): number[] {
  const parts = Object.fromEntries(CATALAN_WALL_CLOCK.formatToParts(instant).map((part) => [part.type, part.value]));
  return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map(Number);
}

/**
 * The instant a notification made available at `madeAvailableAt` is deemed rejected if nobody
 * opened it (art. 43.2): the same clock time in Catalonia ten calendar days later. The law counts
 * whole calendar days and says nothing about the hour; keeping the clock time (rather than adding
 * 240 hours) gives the applicant ten full days whatever the daylight saving change in between.
 * When that clock time does not exist (the spring change skips 02:00–03:00) or exists twice (the
 * autumn change repeats it), the later instant is taken: the doubt favours the applicant.
 */
export function deemedRejectionAt(madeAvailableAt: Date): Date {
  const [year, month, day, hour, minute, second] = catalanWallClock(madeAvailableAt);
  // The wanted wall clock, written as if it were UTC: Date.UTC carries day overflow into the next month.
  const wallClockAsUtc = Date.UTC(year, month - 1, day + DEEMED_REJECTION_CALENDAR_DAYS, hour, minute, second, madeAvailableAt.getUTCMilliseconds());
  const wanted = new Date(wallClockAsUtc);
  const target = [wanted.getUTCFullYear(), wanted.getUTCMonth() + 1, wanted.getUTCDate(), wanted.getUTCHours(), wanted.getUTCMinutes(), wanted.getUTCSeconds()];
  // Europe/Madrid is UTC+1 (CET) or UTC+2 (CEST): try the later instant first.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(wallClockAsUtc - offsetHours * 3_600_000);
    if (catalanWallClock(candidate).every((value, index) => value === target[index])) return candidate;
  }
  // The clock time falls in the spring gap: the same distance past the gap's start, i.e. one hour later on the clock.
  return new Date(wallClockAsUtc - 3_600_000);
}

/**
 * The instant from which the applicant's terms run (art. 43.3 and 43.2): when a person acting for
 * the entity opened the notification, or when it was deemed rejected; null while it is only available.
 */
export function notificationEffectiveAt(notification: NotificationFacts): Date | null {
  return notification.accessedAt ?? notification.deemedRejectedAt ?? null;
}

/** Where a notification stands, from its columns: a notification is accessed or deemed rejected, never both. */
export function notificationStatus(notification: NotificationFacts): NotificationStatus {
  if (notification.accessedAt) return NotificationStatus.ACCESSED;
  if (notification.deemedRejectedAt) return NotificationStatus.DEEMED_REJECTED;
  return NotificationStatus.AVAILABLE;
}

/** True when the notification, still unopened, must be deemed rejected at `now`. */
export function isDueForDeemedRejection(notification: NotificationFacts, now: Date): boolean {
  return notificationStatus(notification) === NotificationStatus.AVAILABLE && deemedRejectionAt(notification.madeAvailableAt).getTime() <= now.getTime();
}
