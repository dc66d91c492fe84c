import { Logger } from '../logger';
import { CLIENT_SHARE_EXHAUSTED } from './client-database-share';

/**
 * Whether this instance can reach its database, for the logs: the first failure of an outage
 * logs one warning and the first statement that succeeds afterwards logs its end, however many
 * requests were answered 503 in between (a 7.5 s outage used to log 4,500 lines). Requests never
 * wait on this state: each one tries the database, so recovery is as quick as the pool's.
 */
export class DatabaseAvailability {
  private outage: { since: number; cause: string } | null = null;

  constructor(private readonly logger: Logger) {}

  get unavailable(): boolean {
    return this.outage !== null;
  }

  /** A request, the readiness probe, the scheduler or the cache's listener could not reach the database. */
  failed(cause: string): void {
    // One client waited too long for its own share of the pool: the database is fine.
    if (this.outage || cause === CLIENT_SHARE_EXHAUSTED) return;
    this.outage = { since: Date.now(), cause };
    this.logger.warn({ cause }, 'Database unavailable: answering 503 SERVICE_UNAVAILABLE until it is back');
  }

  /** A statement succeeded: ends the outage, if there was one. Called for every statement, so it is cheap. */
  succeeded(): void {
    if (!this.outage) return;
    const { since, cause } = this.outage;
    this.outage = null;
    this.logger.info({ cause, outageMs: Date.now() - since }, 'Database available again');
  }
}
