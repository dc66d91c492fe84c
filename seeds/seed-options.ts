export interface SeedOptions {
  /** The database's free-text search configuration, passed on to publication. */
  textSearchConfig: 'catalan' | 'simple';
  /** The instant recorded as publication time of the fitxes the seed publishes. */
  now: Date;
  /** Progress lines; silent when absent. */
  log?: (message: string) => void;
}
