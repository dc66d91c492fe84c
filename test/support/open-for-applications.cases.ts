import { ApplicationWindowDays } from '../../src/catalogue/application-window.rules';

/**
 * The one table of cases for "open for applications on a day" (application-window.rules.ts). The
 * unit test runs it through the function; the integration test publishes one fitxa per set of
 * windows and runs every case through the SQL filter resources(filter: {openOn}), the field
 * Resource.openForApplications and the applicant's eligibility, so all three answer alike.
 */
export interface OpenForApplicationsCase {
  name: string;
  windows: ApplicationWindowDays[];
  day: string;
  open: boolean;
}

const YEAR = [{ opensOn: '2026-02-01', closesOn: '2026-03-31' }];
const TWO = [{ opensOn: '2026-01-10', closesOn: '2026-01-20' }, { opensOn: '2026-06-01', closesOn: '2026-06-30' }];
const ONE_DAY = [{ opensOn: '2026-09-11', closesOn: '2026-09-11' }];

export const OPEN_FOR_APPLICATIONS_CASES: readonly OpenForApplicationsCase[] = [
  { name: 'no window: open all year (prestació continuada)', windows: [], day: '2026-05-05', open: true },
  { name: 'no window: open on the first day of a year too', windows: [], day: '2027-01-01', open: true },
  { name: 'the day before the window opens', windows: YEAR, day: '2026-01-31', open: false },
  { name: 'the day the window opens', windows: YEAR, day: '2026-02-01', open: true },
  { name: 'a day inside the window', windows: YEAR, day: '2026-02-28', open: true },
  { name: 'the day the window closes', windows: YEAR, day: '2026-03-31', open: true },
  { name: 'the day after the window closes', windows: YEAR, day: '2026-04-01', open: false },
  { name: 'between two windows', windows: TWO, day: '2026-03-01', open: false },
  { name: 'inside the second of two windows', windows: TWO, day: '2026-06-15', open: true },
  { name: 'the last day of the first of two windows', windows: TWO, day: '2026-01-20', open: true },
  { name: 'a one-day window on its day', windows: ONE_DAY, day: '2026-09-11', open: true },
  { name: 'a one-day window the next day', windows: ONE_DAY, day: '2026-09-12', open: false },
];
