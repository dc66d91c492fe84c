import { setTimeout as sleep } from 'node:timers/promises';
import { E_TIMEOUT, Semaphore, SemaphoreInterface, withTimeout } from 'async-mutex';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Heavy operations that may wait for a turn at once: it bounds the memory a flood holds (each
 * waiting request keeps its body and document); past it they are answered 503 at once.
 */
export const HEAVY_QUERIES_WAITING = 100;


export interface HeavyQueryAdmissionOptions {
  /** GRAPHQL_HEAVY_QUERY_COST: an operation whose cost (query-cost.ts) is above this is heavy. */
  heavyCost: number;
  /** GRAPHQL_HEAVY_QUERY_CONCURRENCY: heavy operations executing at once, over all clients. */
  concurrency: number;
  /** GRAPHQL_HEAVY_QUERY_WAIT_MS: how long a heavy operation waits for its turn before the 503 (or the 429). */
  waitMs: number;
  /** Heavy operations waiting at once; past it the 503 comes at once. */
  maxWaiting: number;
  /** GRAPHQL_HEAVY_QUERIES_PER_MINUTE: heavy operations one client may start in a minute, one per 60/n s; 0, no limit. */
  perClientPerMinute: number;
}

/** Why a heavy operation was not admitted: the service is busy (503), or its client used up its rate (429). */
export type HeavyQueryRefusal = { reason: 'busy' } | { reason: 'rate'; retryAfterSeconds: number };

/** A turn: `end` gives it back (idempotent). */
export type HeavyQueryAdmissionResult = { end: () => void } | HeavyQueryRefusal;

/**
 * Admission by cost (issue 11, "Abuse"): at most `concurrency` heavy operations execute at once,
 * whoever sends them, and one client starts at most `perClientPerMinute` of them a minute, evenly
 * spread; cheaper operations are never held here.
 *
 * The per-client share of the pool (client-database-share.ts) bounds one client, but ten clients
 * each within their share still took the pool and both CPU cores with the costliest accepted query,
 * and the catalogue's p99 went from 78 to 321 ms: a limit across clients on the few operations that
 * cost that much is what keeps the ordinary traffic going. A turn limit alone was not enough once a
 * heavy operation became fast (one statement for all its fitxes): ten clients sending one after
 * another kept both turns busy all the time, and the catalogue's p99 still tripled (BENCHMARKS.md,
 * 10:03 run). The per-client rate is what bounds the share of the service a client can take with
 * them, however many turns are free; it is the cost-based throttling GitHub's and Shopify's GraphQL
 * APIs apply, kept to the operations no screen sends.
 *
 * Both limits hold a request before they refuse it: a waiting request costs no CPU, while a client
 * answered at once would send its next one straight away. A heavy operation waits for its turn, in
 * order, for at most `waitMs`; one over its client's rate waits as long for the client's window to
 * end. Then, or when `maxWaiting` already wait, the answer is 503 SERVICE_UNAVAILABLE (no turn) or
 * 429 RATE_LIMITED (the client's rate), both with Retry-After.
 *
 * Counts, not budgets of cost: by default the threshold is half of GRAPHQL_MAX_COST, above every
 * front-end operation even at its largest pages (test/unit/query-cost.test.ts checks it), so what
 * is held here is scripted traffic, never a screen; and a count is what an operator can reason
 * about. The rate is kept per instance, in memory: with N instances a client may start N times as
 * many (README, configuration).
 */
export class HeavyQueryAdmission {
  private readonly semaphore: SemaphoreInterface;
  private readonly clientRate: RateLimiterMemory | null;
  private waiting = 0;

  constructor(readonly options: HeavyQueryAdmissionOptions) {
    this.semaphore = withTimeout(new Semaphore(options.concurrency), options.waitMs);
    // Spread over the minute (6 a minute is one every 10 s), not allowed in one burst: ten clients
    // each spending a minute's worth at once took the whole of a 10-second measurement (BENCHMARKS.md).
    this.clientRate = options.perClientPerMinute > 0
      ? new RateLimiterMemory({ points: 1, duration: 60 / options.perClientPerMinute })
      : null;
  }

  isHeavy(cost: number): boolean {
    return cost > this.options.heavyCost;
  }

  /** Heavy operations waiting for their turn (or for their client's window) now. */
  get waitingCount(): number {
    return this.waiting;
  }

  /** Waits for the client's rate, then for a turn; `clientKey` is the client of client-database-share.ts. */
  async admit(clientKey: string | undefined): Promise<HeavyQueryAdmissionResult> {
    if (this.waiting >= this.options.maxWaiting) return { reason: 'busy' };
    this.waiting += 1;
    try {
      const deadline = Date.now() + this.options.waitMs;
      const rateRefusal = clientKey === undefined ? null : await this.withinRate(clientKey, deadline);
      if (rateRefusal) return rateRefusal;
      const [, release] = await this.semaphore.acquire();
      let released = false;
      return {
        end: () => {
          if (released) return;
          released = true;
          release();
        },
      };
    } catch (error) {
      if (error === E_TIMEOUT) return { reason: 'busy' };
      throw error;
    } finally {
      this.waiting -= 1;
    }
  }

  /** Takes one of the client's heavy operations of this minute, waiting until `deadline` for its window to end; null once taken. */
  private async withinRate(clientKey: string, deadline: number): Promise<HeavyQueryRefusal | null> {
    if (!this.clientRate) return null;
    for (;;) {
      let msBeforeNext: number;
      try {
        await this.clientRate.consume(clientKey);
        return null;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        msBeforeNext = rejection.msBeforeNext;
      }
      const left = deadline - Date.now();
      if (msBeforeNext > left) {
        await sleep(Math.max(0, left));
        return { reason: 'rate', retryAfterSeconds: Math.max(1, Math.ceil((msBeforeNext - Math.max(0, left)) / 1000)) };
      }
      await sleep(msBeforeNext);
    }
  }
}
