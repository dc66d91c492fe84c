import i18next from 'i18next';

/** Dates as people read them in the interface language (the API sends ISO dates). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  // A Date (YYYY-MM-DD) is a calendar day: formatted in UTC so no time zone moves it a day.
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** An instant, in Catalonia's time (the procedure's terms are counted there). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Madrid' }).format(new Date(value));
}

/** A signed download link of the API as a same-origin path: the app is served by the same service. */
export function sameOriginLink(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return `${parsed.pathname}${parsed.search}`;
}

/** The provider's name from the viewer's roles, else its slug. */
export function providerName(viewer: { roles: readonly { provider: { slug: string; name: string } }[] } | null | undefined, slug: string): string {
  return viewer?.roles.find((grant) => grant.provider.slug === slug)?.provider.name ?? slug;
}

/** The deadline state as text with a colour that is never the only cue (the label says it). */
export function DeadlineBadge({ state, label }: { state: string | null | undefined; label: string | null | undefined }) {
  if (!state) return <>—</>;
  return <span className={`deadline deadline--${state.toLowerCase().replace('_', '-')}`}>{label ?? state}</span>;
}
