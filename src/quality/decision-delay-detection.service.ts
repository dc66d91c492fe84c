import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { catalanDate } from '../clock';
import { publishedSnapshotOf } from '../applications/application-access';
import { ApplicationEntity } from '../applications/application.entity';
import { CorrectionRequestEntity } from '../applications/correction-request.entity';
import { ResolutionEntity } from '../applications/resolution.entity';
import { addDays } from '../calendar/days';
import { deadlinePlaces, loadHolidays, termHorizon } from '../calendar/holiday.service';
import { inExclusiveTransaction } from '../database/exclusive-job';
import { withoutTenantFilter } from '../database/tenant-filter';
import { toGlobalId } from '../graphql/global-id';
import { notificationEffectiveAt } from '../notifications/notification.rules';
import { enqueueEvent } from '../outbox/outbox.service';
import { DecisionDelayEntity } from './decision-delay.entity';
import { decisionBreached, decisionBreachMoment, decisionDelayTerms, delayCommunicationDueDate, DelaySuspension } from './decision-delay.rules';

/** Key of the advisory lock that lets one instance at a time look for delays. */
const DELAY_LOCK = 'catalog:decision-delay';
/** Applications looked at per transaction; the same run goes on with the next ones. */
const BATCH = 100;

/**
 * Applications that may have passed their fitxa's hard limit undecided: submitted, with no
 * resolution and no delay task yet, whose published fitxa carries both commitments (a
 * DECISION_WITHIN_TERM with a hard limit, a BREACH_COMMUNICATED_WITHIN_TERM with a term), and whose
 * hard limit, counted crudely from the registry instant less a day, is over. That crude moment is
 * never later than the breach moment (which only business days, holidays and suspensions push
 * later), so no breach is missed; the exact rule (decision-delay.rules.ts) decides on each. Keyset
 * order (crude moment, id), so one run walks past the ones still suspended.
 */
const CANDIDATES_SQL = `
  select a.id, to_char(c.earliest at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as earliest from application a
    join published_resource p on p.resource_id = a.resource_id
    cross join lateral (
      select a.submitted_at - interval '1 day' + case h->>'hardLimitUnit'
               when 'MONTHS' then make_interval(months => (h->>'hardLimitAmount')::int)
               when 'HOURS' then make_interval(hours => (h->>'hardLimitAmount')::int)
               else make_interval(days => (h->>'hardLimitAmount')::int) end as earliest
        from jsonb_array_elements(p.snapshot->'qualityCommitments') h
       where h->>'indicator' = 'DECISION_WITHIN_TERM' and h->>'hardLimitAmount' is not null and h->>'hardLimitUnit' is not null
       limit 1) c
   where a.submitted_at is not null
     and exists (select 1 from jsonb_array_elements(p.snapshot->'qualityCommitments') b
                  where b->>'indicator' = 'BREACH_COMMUNICATED_WITHIN_TERM' and b->>'thresholdUnit' is not null)
     and not exists (select 1 from resolution r where r.application_id = a.id)
     and not exists (select 1 from decision_delay d where d.application_id = a.id)
     and c.earliest <= ?
     and (c.earliest, a.id) > (?::timestamptz, ?::uuid)
   order by c.earliest, a.id
   limit ?`;

/**
 * The delay job: writes a delay task (decision_delay) for every application that passed its
 * fitxa's hard limit (3 months) with no decision made available, with the last day to communicate
 * the causes and measures, and announces it (`application.decisionDelayed`, ids only). The breach
 * moment is computed, not the moment the job notices, so a late run records the same rows.
 *
 * It runs in the notification poller's round, after the ended suspensions are applied (they move
 * the breach moment). One instance at a time (inExclusiveTransaction; a concurrent run answers 0 at
 * once); each application's row is locked first, skipping rows another transaction holds (a reviewer
 * resolving at this moment), and re-read under the lock; the unique application makes a second row
 * impossible anyway. Answers how many tasks it wrote.
 */
export async function recordDecisionDelays(rootEm: EntityManager, now: Date): Promise<number> {
  let recorded = 0;
  let after = { earliest: new Date(0).toISOString(), id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const done = await inExclusiveTransaction(rootEm, DELAY_LOCK, async (em) => {
      const candidates = await em.getConnection().execute<{ id: string; earliest: string }[]>(
        CANDIDATES_SQL, [now, after.earliest, after.id, BATCH], 'all', em.getTransactionContext(),
      );
      let count = 0;
      for (const row of candidates) {
        if (await recordIfBreached(em, row.id, now)) count += 1;
      }
      await em.flush();
      return { candidates, recorded: count };
    });
    if (!done) return recorded;
    recorded += done.recorded;
    if (done.candidates.length < BATCH) return recorded;
    const last = done.candidates[done.candidates.length - 1];
    after = { earliest: last.earliest, id: last.id };
  }
}

async function recordIfBreached(em: EntityManager, applicationId: string, now: Date): Promise<boolean> {
  const reason = withoutTenantFilter('the delay job looks at the applications of every provider, with no caller');
  const application = await em.findOne(ApplicationEntity, { id: applicationId }, {
    ...reason, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, populate: ['provider', 'localEntity'],
  });
  if (!application?.submittedAt) return false;
  if (await em.count(ResolutionEntity, { application: application.id }, reason)) return false;
  if (await em.count(DecisionDelayEntity, { application: application.id }, reason)) return false;
  const snapshot = await publishedSnapshotOf(em, application.resource.id);
  const terms = snapshot && decisionDelayTerms(snapshot.qualityCommitments);
  if (!terms) return false;

  const requests = await em.find(CorrectionRequestEntity, { application: application.id }, { ...reason, populate: ['notification'], refresh: true });
  const suspensions: DelaySuspension[] = requests.map((request) => {
    const effectiveAt = notificationEffectiveAt(request.notification);
    return { from: effectiveAt ? catalanDate(effectiveAt) : null, days: request.suspendedDays ?? null };
  });
  const registrationDay = catalanDate(application.submittedAt);
  const suspended = suspensions.reduce((sum, s) => sum + (s.days ?? 0), 0);
  const breachHorizon = addDays(termHorizon(registrationDay, terms.hardLimit.amount, terms.hardLimit.unit), suspended);
  const holidays = await loadHolidays({ em }, registrationDay, termHorizon(breachHorizon, terms.communication.amount, terms.communication.unit),
    deadlinePlaces(application.provider.seatMunicipalityCode, application.localEntity.ineCode ?? null));

  const moment = decisionBreachMoment({ registeredAt: application.submittedAt, hardLimit: terms.hardLimit, suspensions, holidays });
  // No resolution exists (checked above under the lock), so no decision was made available.
  if (moment.state !== 'KNOWN' || !decisionBreached(moment, { decisionAvailableAt: null, now })) return false;
  const delay = em.create(DecisionDelayEntity, {
    application, resource: application.resource, provider: application.provider, breachedAt: moment.breachedAt,
    communicationDueDate: delayCommunicationDueDate({ breachedAt: moment.breachedAt, term: terms.communication, holidays }),
  });
  enqueueEvent(em, {
    topic: 'application.decisionDelayed', providerId: application.provider.id, aggregateType: 'Application', aggregateId: application.id,
    payload: { application: toGlobalId('Application', application.id), decisionDelay: toGlobalId('DecisionDelay', delay.id) },
  });
  return true;
}
