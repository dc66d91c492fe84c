import { AsyncLocalStorage } from 'node:async_hooks';
import { MikroORM } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements each request runs, so tests can prove that a page costs the same
 * number of statements whatever its size (no N+1). Only wired when QUERY_COUNT_HEADER is on.
 */
const storage = new AsyncLocalStorage<{ statements: number }>();

export function attachQueryCounter(orm: MikroORM): void {
  orm.em.getKnex().on('query', () => {
    const store = storage.getStore();
    if (store) store.statements += 1;
  });
}

export function countQueries<T>(run: () => T): T {
  return storage.run({ statements: 0 }, run);
}

export function currentQueryCount(): number | undefined {
  return storage.getStore()?.statements;
}
