import { addDays } from '../calendar/days';

/** How an application stands against its maximum resolution date. */
export enum DeadlineState {
  ON_TIME = 'ON_TIME',
  /** Few business days are left: reviewers should act now. */
  AT_RISK = 'AT_RISK',
  OVERDUE = 'OVERDUE',
}

/** Ten business days: as long as a request for corrections takes (Llei 39/2015 art. 68). */
export const AT_RISK_BUSINESS_DAYS = 10;

/**
 * `businessDaysLeft`: the business days after today up to and including the due date
 * (`HolidayCalendar.businessDaysAfter`).
 * The due date itself is still on time.
 */
export function deadlineState(today: string, dueDate: string, businessDaysLeft: number): DeadlineState {
  if (today > dueDate) return DeadlineState.OVERDUE;
  return businessDaysLeft <= AT_RISK_BUSINESS_DAYS ? DeadlineState.AT_RISK : DeadlineState.ON_TIME;
}

/**
 * Calendar days after today past which a due date is ON_TIME whatever the holidays: 45 days hold
 * at least 31 weekdays, and no calendar has 21 weekday holidays in six weeks. Lists filter by
 * deadline state in SQL with this and `today > dueDate`, and ask the holidays only in between.
 */
export const CERTAINLY_ON_TIME_AFTER_DAYS = 45;

/** The state when it does not depend on holidays; null when only the calendar can tell. */
export function deadlineStateWithoutCalendar(today: string, dueDate: string): DeadlineState | null {
  if (today > dueDate) return DeadlineState.OVERDUE;
  if (dueDate > addDays(today, CERTAINLY_ON_TIME_AFTER_DAYS)) return DeadlineState.ON_TIME;
  return null;
}
