/** The retry schedule of a delivery (WEBHOOK_RETRY_* in config.ts). */
export interface RetrySchedule {
  retryBaseMs: number;
  retryMaxIntervalMs: number;
  retryWindowMs: number;
}

/**
 * After a failed attempt: when to try again, or null to give up. The wait doubles from
 * `retryBaseMs` after each failure, up to `retryMaxIntervalMs`, and attempts go on until
 * `retryWindowMs` has passed since the first one (24 hours by default), so an endpoint that is
 * down for a day still gets everything once it is back.
 */
export function nextAttemptAfterFailure(schedule: RetrySchedule, attempts: number, firstAttemptAt: Date, failedAt: Date): Date | null {
  if (failedAt.getTime() - firstAttemptAt.getTime() >= schedule.retryWindowMs) return null;
  const exponent = Math.min(Math.max(attempts - 1, 0), 40);
  const wait = Math.min(schedule.retryBaseMs * 2 ** exponent, schedule.retryMaxIntervalMs);
  return new Date(failedAt.getTime() + wait);
}
