/**
 * "Open for applications on a day": the one rule behind eligibility (eligibility.ts), the field
 * Resource.openForApplications (resource.resolver.ts) and the filter resources(filter: {openOn})
 * (resource-search.ts). Windows include both their days. A resource with no application window
 * is open all year, a "prestació continuada" (DESIGN.md, Application procedure).
 *
 * The rule exists twice, once for values and once for SQL over the published windows; both are
 * here, side by side, and one table of cases (test/support/open-for-applications.cases.ts) is run
 * through the function (unit test) and through the SQL and the field (integration test).
 */
export interface ApplicationWindowDays {
  opensOn: string;
  closesOn: string;
}

/** Days are YYYY-MM-DD strings, so comparing them as text compares them as days. */
export function openForApplicationsOn(windows: readonly ApplicationWindowDays[], day: string): boolean {
  return windows.length === 0 || windows.some((window) => window.opensOn <= day && day <= window.closesOn);
}

/**
 * The same rule as an SQL condition over a `datemultirange` column that holds the windows as
 * closed ranges (published_resource.application_windows, '{}' when there are none), with one
 * parameter: the day.
 */
export function openForApplicationsSql(windowsColumn: string): string {
  return `(isempty(${windowsColumn}) or ${windowsColumn} @> ?::date)`;
}
