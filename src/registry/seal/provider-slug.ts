/** Lower-case words joined by hyphens ("diba", "diputacio-lleida"): safe in a file name and a URN. */
const PROVIDER_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isProviderSlug(value: string): boolean {
  return PROVIDER_SLUG.test(value);
}
