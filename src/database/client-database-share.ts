import { AsyncLocalStorage } from 'node:async_hooks';
import { E_TIMEOUT, Semaphore, SemaphoreInterface, withTimeout } from 'async-mutex';
import type { Knex } from '@mikro-orm/postgresql';

/**
 * How many of one client's statements may wait for a connection at once; past it a statement fails
 * at once (503). Generous, because one accepted query may start hundreds of lookups at once (the
 * costliest the cost limit accepts starts about 450); it bounds the memory a flood can hold.
 */
export const MAX_WAITING_PER_CLIENT = 5000;

/** The cause `databaseUnavailableCause` gives a statement refused for its client's share: a 503, not an outage. */
export const CLIENT_SHARE_EXHAUSTED = 'CLIENT_SHARE_EXHAUSTED';

/** The error's message: MikroORM wraps driver errors and keeps the message (after the statement), not the class. */
export const CLIENT_SHARE_MESSAGE = 'The client already holds its share of the database pool';

/** Thrown instead of a connection when a client's statement waited its whole acquire timeout for one of the client's slots. */
export class ClientShareExhausted extends Error {
  override readonly name = 'ClientShareExhausted';
  constructor() {
    super(CLIENT_SHARE_MESSAGE);
  }
}

export interface ClientDatabaseShareOptions {
  /** DATABASE_POOL_CLIENT_SHARE: pooled connections one client may hold at once. */
  perClient: number;
  /** How long a statement waits for one of its client's slots: the pool's acquire timeout. */
  waitMs: number;
  maxWaitingPerClient?: number;
}

interface ClientSlots {
  semaphore: SemaphoreInterface;
  /** Slots held plus slots awaited; the entry goes when it is back to 0. */
  users: number;
  waiting: number;
}

/** The client the running request belongs to, set by `asClient` for everything the request does. */
const currentClient = new AsyncLocalStorage<string>();

/** Runs a request's work as this client's (an IP address when anonymous, a token's subject when signed in). */
export function asClient<T>(clientKey: string, run: () => T): T {
  return currentClient.run(clientKey, run);
}

/** The client of the running request (undefined outside a request). */
export const currentClientKey = (): string | undefined => currentClient.getStore();

/**
 * One client may hold at most `perClient` of the request pool's connections at once (issue 11:
 * five anonymous callers with costly queries used to take the whole pool, and everyone else's
 * requests timed out). It counts connections, not requests, because one GraphQL request runs its
 * fields' statements in parallel on several. A client's further statements wait their turn, in
 * order, for up to the pool's acquire timeout, and only then fail with ClientShareExhausted, which
 * the error mapping answers 503 SERVICE_UNAVAILABLE with Retry-After, like a pool exhausted.
 * 503 rather than 429: the cause and the remedy (retry in a moment) are a busy pool's, front ends
 * handle them already, and the client has broken no rate it could have known of.
 * Work outside a request (start-up, the readiness probe) is not counted; scheduled work has a pool
 * of its own (scheduler-pool.ts).
 */
export class ClientDatabaseShare {
  private readonly clients = new Map<string, ClientSlots>();
  private readonly maxWaiting: number;

  constructor(private readonly options: ClientDatabaseShareOptions) {
    this.maxWaiting = options.maxWaitingPerClient ?? MAX_WAITING_PER_CLIENT;
  }

  /** Clients holding or awaiting a slot now. */
  get activeClients(): number {
    return this.clients.size;
  }

  /**
   * Waits for a slot of this client. Resolves with the function that gives it back (idempotent),
   * or null when the client's queue is full or the wait outlasted `waitMs`.
   */
  async acquire(clientKey: string): Promise<(() => void) | null> {
    let slots = this.clients.get(clientKey);
    if (!slots) {
      slots = { semaphore: withTimeout(new Semaphore(this.options.perClient), this.options.waitMs), users: 0, waiting: 0 };
      this.clients.set(clientKey, slots);
    }
    if (slots.waiting >= this.maxWaiting) return null;
    const entry = slots;
    entry.users += 1;
    entry.waiting += 1;
    const leave = () => {
      entry.users -= 1;
      if (entry.users === 0 && this.clients.get(clientKey) === entry) this.clients.delete(clientKey);
    };
    try {
      const [, release] = await entry.semaphore.acquire();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
        leave();
      };
    } catch (error) {
      leave();
      if (error === E_TIMEOUT) return null;
      throw error;
    } finally {
      entry.waiting -= 1;
    }
  }

  /**
   * Puts the share in front of this knex pool: a connection asked for inside `asClient` first takes
   * one of that client's slots, and gives it back when the connection returns to the pool.
   */
  attach(knex: Knex): void {
    const client = knex.client as { acquireConnection(): Promise<object>; releaseConnection(connection: object): Promise<void> };
    const acquireConnection = client.acquireConnection.bind(client);
    const releaseConnection = client.releaseConnection.bind(client);
    const slotOf = new WeakMap<object, () => void>();
    client.acquireConnection = async () => {
      const clientKey = currentClient.getStore();
      if (clientKey === undefined) return acquireConnection();
      const giveBack = await this.acquire(clientKey);
      if (!giveBack) throw new ClientShareExhausted();
      try {
        const connection = await acquireConnection();
        slotOf.set(connection, giveBack);
        return connection;
      } catch (error) {
        giveBack();
        throw error;
      }
    };
    client.releaseConnection = (connection: object) => {
      slotOf.get(connection)?.();
      slotOf.delete(connection);
      return releaseConnection(connection);
    };
  }
}
