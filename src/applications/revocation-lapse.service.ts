import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { withoutTenantFilter } from '../database/tenant-filter';
import { toGlobalId } from '../graphql/global-id';
import { applyTransition } from './application-transition.service';
import { ApplicationEntity } from './application.entity';
import { transitionRefusal } from './application.workflow';
import { RevocationOutcome } from './revocation-outcome';
import { RevocationEntity } from './revocation.entity';

/** Revocations declared lapsed per transaction round; the next round takes the rest. */
const BATCH = 100;

/**
 * Declares lapsed every revocation procedure whose 3 months ran out unresolved (Llei 39/2015 art.
 * 25.1.b): the application is GRANTED again, with its event (no actor: the service declares it)
 * and outbox row, and the procedure records LAPSED. Returns how many it declared.
 *
 * Each one is declared once however many runs overlap: a run locks the application's row first
 * (the order every act on an application follows, so it never deadlocks with a reviewer revoking
 * at the same moment), skipping rows another transaction holds, and re-reads the procedure under
 * that lock, so a procedure resolved or declared lapsed meanwhile is left alone.
 */
export async function declareLapsedRevocations(em: EntityManager, now: Date): Promise<number> {
  let declared = 0;
  for (;;) {
    const due = await em.getConnection().execute<{ id: string; application_id: string }[]>(
      'select id, application_id from revocation where closed_at is null and lapses_at <= ? order by lapses_at limit ?', [now, BATCH],
    );
    let declaredThisRound = 0;
    for (const row of due) {
      if (await declareLapsed(em.fork(), row, now)) declaredThisRound += 1;
    }
    declared += declaredThisRound;
    // A short page was the last one; a page declared none of is held by other runs, which finish it.
    if (due.length < BATCH || declaredThisRound === 0) return declared;
  }
}

async function declareLapsed(em: EntityManager, row: { id: string; application_id: string }, now: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    const reason = withoutTenantFilter('the lapse job declares the lapsed revocations of every provider');
    const application = await tx.findOne(ApplicationEntity, { id: row.application_id }, { ...reason, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    if (!application) return false;
    const revocation = await tx.findOne(RevocationEntity, { id: row.id, closedAt: null }, { ...reason, refresh: true });
    if (!revocation) return false;
    const facts = { revocationLapsesAt: revocation.lapsesAt };
    if (transitionRefusal('lapseRevocation', { ...facts, status: application.status, now })) return false;
    Object.assign(revocation, { closedAt: now, closedByNif: null, outcome: RevocationOutcome.LAPSED });
    const id = toGlobalId('Revocation', revocation.id);
    applyTransition(tx, application, 'lapseRevocation', now, {
      actorNif: null, facts, details: { revocation: id, lapsesAt: revocation.lapsesAt.toISOString() }, announce: { revocation: id },
    });
    await tx.flush();
    return true;
  });
}
