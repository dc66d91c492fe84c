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
 * `businessDaysLeft` counts the business days after today up to and including the due date.
 * The due date itself is still on time.
 */
export function deadlineState(today: string, dueDate: string, businessDaysLeft: number): DeadlineState {
  if (today > dueDate) return DeadlineState.OVERDUE;
  return businessDaysLeft <= AT_RISK_BUSINESS_DAYS ? DeadlineState.AT_RISK : DeadlineState.ON_TIME;
}
