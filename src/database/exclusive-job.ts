import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs one round of a scheduled job in a transaction of its own, but only where no other instance
 * is running the same job: a transaction-level advisory lock on `lockKey`, taken without waiting
 * (`pg_try_advisory_xact_lock`) and released at commit or rollback. Answers the round's result, or
 * null when another instance holds the lock (it is doing the work; this one has nothing to do).
 * This is how "exactly one instance runs it" holds for the deemed rejections, the suspensions that
 * end unanswered and the revocation lapses, however many instances poll.
 */
export async function inExclusiveTransaction<T>(rootEm: EntityManager, lockKey: string, round: (em: EntityManager) => Promise<T>): Promise<T | null> {
  return rootEm.fork().transactional(async (em) => {
    const [lock] = await em.getConnection().execute<{ locked: boolean }[]>(
      'select pg_try_advisory_xact_lock(hashtext(?)) as locked', [lockKey], 'all', em.getTransactionContext(),
    );
    return lock.locked ? round(em) : null;
  });
}
