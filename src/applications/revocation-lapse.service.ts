import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { inExclusiveTransaction } from '../database/exclusive-job';
import { withoutTenantFilter } from '../database/tenant-filter';
import { toGlobalId } from '../graphql/global-id';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { transitionRefusal } from './application.workflow';
import { RevocationOutcome } from './revocation-outcome';
import { RevocationEntity } from './revocation.entity';

/** Key of the advisory lock that lets one instance at a time run the lapse job. */
const LAPSE_LOCK = 'catalog:revocation-lapse';
/** Revocations looked at per transaction; the next round takes the rest. */
const BATCH = 100;

/**
 * Declares lapsed every revocation procedure whose 3 months ran out unresolved (Llei 39/2015 art.
 * 25.1.b): the application is GRANTED again, with its event (no actor: the service declares it)
 * and outbox row, and the procedure records LAPSED. Answers how many it declared.
 *
 * One instance at a time runs it (inExclusiveTransaction; a concurrent run answers 0 at once). Within a run, each application's row is locked first (the order every act
 * on an application follows, so it never deadlocks with a reviewer resolving at the same moment),
 * skipping rows another transaction holds, and the procedure is re-read under that lock, so one
 * resolved meanwhile is left alone; the next run takes what was skipped.
 */
export async function declareLapsedRevocations(rootEm: EntityManager, now: Date): Promise<number> {
  let declared = 0;
  for (;;) {
    const done = await inExclusiveTransaction(rootEm, LAPSE_LOCK, async (em) => {
      const due = await em.getConnection().execute<{ id: string; application_id: string }[]>(
        'select id, application_id from revocation where closed_at is null and lapses_at <= ? order by lapses_at limit ?', [now, BATCH], 'all', em.getTransactionContext(),
      );
      let count = 0;
      for (const row of due) {
        if (await declareLapsed(em, row, now)) count += 1;
      }
      await em.flush();
      return { candidates: due.length, declared: count };
    });
    if (!done) return declared;
    declared += done.declared;
    // A short batch was the last one; a batch declaring none is held by reviewers, whom the next run waits for.
    if (done.candidates < BATCH || done.declared === 0) return declared;
  }
}

async function declareLapsed(em: EntityManager, row: { id: string; application_id: string }, now: Date): Promise<boolean> {
  const reason = withoutTenantFilter('the lapse job declares the lapsed revocations of every provider, with no caller');
  const application = await em.findOne(ApplicationEntity, { id: row.application_id }, { ...reason, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
  if (!application) return false;
  const revocation = await em.findOne(RevocationEntity, { id: row.id, closedAt: null }, { ...reason, refresh: true });
  if (!revocation) return false;
  const facts = { revocationLapsesAt: revocation.lapsesAt };
  if (transitionRefusal('lapseRevocation', { ...facts, status: application.status, now })) return false;
  Object.assign(revocation, { closedAt: now, closedByNif: null, outcome: RevocationOutcome.LAPSED });
  const id = toGlobalId('Revocation', revocation.id);
  applyTransition(em, application, 'lapseRevocation', now, {
    actorNif: null, facts, details: { revocation: id, lapsesAt: revocation.lapsesAt.toISOString() }, announce: { revocation: id },
  });
  return true;
}
