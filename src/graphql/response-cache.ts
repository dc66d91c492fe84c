import { createHash } from 'node:crypto';
import { BREAK, DocumentNode, Kind, OperationTypeNode, parse, visit } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import type { DatabaseAvailability } from '../database/database-availability';
import { databaseUnavailableCause } from '../errors/error-mapping';
import { Logger } from '../logger';

export interface CachedResponse {
  body: string;
  contentType: string;
}

export const PUBLIC_CATALOGUE_CHANNEL = 'public_catalogue_changed';

/**
 * Fields whose answers are public but computed from tables that do not notify the cache: a quality
 * report counts decisions, suspensions, survey answers, delays and analyses, which change with
 * every step of a procedure (notifying on them would empty the catalogue's cache all day long).
 * A query that selects one, anywhere (under an alias, in a fragment), is never cached.
 */
export const NEVER_CACHED_FIELDS: ReadonlySet<string> = new Set(['qualityReport']);

function selectsNeverCachedField(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (!NEVER_CACHED_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Whole responses to anonymous read-only queries, kept in memory and emptied at once when public
 * data changes anywhere: database triggers NOTIFY every instance at commit, whoever wrote.
 * The instance that answers a signed-in mutation also empties its own cache before answering
 * (src/http/graphql-server.ts), so its client reads its own writes; other instances may serve
 * the previous answer until the NOTIFY reaches them (normally milliseconds after the commit).
 * While the listening connection is down nothing is cached, so a missed notification can
 * never serve stale data.
 */
export class PublicResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly operationKinds = new LRUCache<string, 'query' | 'other'>({ max: 1000 });
  private generation = 0;
  private listening = false;
  private listener: Client | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string, maxEntries: number, private readonly logger: Logger,
    /** When given, a lost listener counts as the database being unavailable (one line per outage). */
    private readonly availability?: DatabaseAvailability,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
    client.on('notification', () => this.invalidate());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`listen ${PUBLIC_CATALOGUE_CHANNEL}`);
    this.listener = client;
    this.invalidate();
    this.listening = true;
    this.availability?.succeeded();
  }

  private lost(client: Client, error?: Error): void {
    if (this.listener !== client) return;
    this.listening = false;
    this.listener = undefined;
    this.invalidate();
    if (this.closed) return;
    if (this.availability) this.availability.failed(databaseUnavailableCause(error) ?? 'CACHE_LISTENER_LOST');
    else this.logger.warn({ err: error }, 'Response cache lost its database listener; caching paused');
    const retry = () => this.connect().catch(() => { if (!this.closed) setTimeout(retry, 2000).unref(); });
    setTimeout(retry, 1000).unref();
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** The key of a cacheable request, or undefined when it must not be cached. */
  keyFor(query: unknown, variables: unknown, operationName: unknown, vary: string[]): string | undefined {
    if (!this.listening || typeof query !== 'string' || query.length > 20000) return undefined;
    if (this.operationKind(query, operationName) !== 'query') return undefined;
    return createHash('sha256')
      .update(JSON.stringify([query, variables ?? null, operationName ?? null, ...vary]))
      .digest('base64url');
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** Marks the state at request start, so a response computed across an invalidation is not kept. */
  currentGeneration(): number {
    return this.generation;
  }

  set(key: string, value: CachedResponse, generation: number): void {
    if (generation === this.generation && this.listening) this.entries.set(key, value);
  }

  private operationKind(query: string, operationName: unknown): 'query' | 'other' {
    const cacheKey = `${String(operationName ?? '')}\u0000${query}`;
    let kind = this.operationKinds.get(cacheKey);
    if (!kind) {
      let document: DocumentNode;
      try {
        document = parse(query, { maxTokens: 5000 });
      } catch {
        return 'other';
      }
      const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
      const chosen = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
      kind = chosen && chosen.operation === OperationTypeNode.QUERY && !selectsNeverCachedField(document) ? 'query' : 'other';
      this.operationKinds.set(cacheKey, kind);
    }
    return kind;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    const client = this.listener;
    this.listener = undefined;
    await client?.end().catch(() => undefined);
  }
}
