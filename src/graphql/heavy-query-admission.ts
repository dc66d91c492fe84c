import { E_TIMEOUT, Semaphore, SemaphoreInterface, withTimeout } from 'async-mutex';

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
  /** GRAPHQL_HEAVY_QUERY_WAIT_MS: how long a heavy operation waits for its turn before the 503. */
  waitMs: number;
  /** Heavy operations waiting at once; past it the 503 comes at once. */
  maxWaiting: number;
}

/**
 * Admission by cost (issue 11, "Abuse"): at most `concurrency` heavy operations execute at once,
 * whoever sends them; cheaper ones are never held here. The per-client share of the pool
 * (client-database-share.ts) bounds one client, but ten clients each within their share still took
 * the pool and both CPU cores with the costliest accepted query, and the catalogue's p99 went from
 * 78 to 321 ms: a limit across clients on the few operations that cost that much is what keeps the
 * ordinary traffic going. The others wait their turn in order (a waiting request costs no CPU,
 * while a client answered at once would send its next one straight away), for at most `waitMs`;
 * then, or when `maxWaiting` already wait, the answer is 503 SERVICE_UNAVAILABLE with Retry-After.
 *
 * A count, not a budget of cost: by default the threshold is half of GRAPHQL_MAX_COST, above every
 * front-end operation even at its largest pages (test/unit/query-cost.test.ts checks it), so what
 * is held here is scripted traffic, never a screen; and a count is what an operator can reason about.
 */
export class HeavyQueryAdmission {
  private readonly semaphore: SemaphoreInterface;
  private waiting = 0;

  constructor(readonly options: HeavyQueryAdmissionOptions) {
    this.semaphore = withTimeout(new Semaphore(options.concurrency), options.waitMs);
  }

  isHeavy(cost: number): boolean {
    return cost > this.options.heavyCost;
  }

  /** Heavy operations waiting for their turn now. */
  get waitingCount(): number {
    return this.waiting;
  }

  /**
   * Waits for a turn. Resolves with the function that ends it (idempotent), or null when the
   * operation is refused: too many already wait, or the wait outlasted `waitMs`.
   */
  async admit(): Promise<(() => void) | null> {
    if (this.waiting >= this.options.maxWaiting) return null;
    this.waiting += 1;
    try {
      const [, release] = await this.semaphore.acquire();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    } catch (error) {
      if (error === E_TIMEOUT) return null;
      throw error;
    } finally {
      this.waiting -= 1;
    }
  }
}
