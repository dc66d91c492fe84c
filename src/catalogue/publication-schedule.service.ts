import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Clock } from '../clock';
import { RequestContext } from '../graphql/context';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { Actor } from '../identity/actor';
import { requireActor } from '../identity/representation.service';
import { Logger } from '../logger';
import { PublicationScheduleEntity, ScheduledAction } from './publication-schedule.entity';
import { applyTransition } from './resource-publishing.service';
import { SNAPSHOT_POPULATE } from './resource-snapshot.compiler';
import { loadResourceForEditor } from './editable-resource';
import { ResourceEntity } from './resource.entity';
import { canReadDrafts } from './resource.policy';

/** Replaces the fitxa's pending schedule with the given instants (either may be omitted). */
export async function schedulePublication(
  context: RequestContext, input: { resourceId: string; publishAt?: Date | null; unpublishAt?: Date | null },
): Promise<{ resource: ResourceEntity | null; schedule: PublicationScheduleEntity[]; userErrors: UserError[] }> {
  const actor = requireActor(context);
  return context.em.transactional((em) => replaceSchedule(em, actor, input, context.clock.now()));
}

async function replaceSchedule(
  em: EntityManager, actor: Actor, input: { resourceId: string; publishAt?: Date | null; unpublishAt?: Date | null }, now: Date,
): Promise<{ resource: ResourceEntity | null; schedule: PublicationScheduleEntity[]; userErrors: UserError[] }> {
  const resource = await loadResourceForEditor(em, actor, input.resourceId, 'schedule the publication of');
  const errors: UserError[] = [];
  if (!input.publishAt && !input.unpublishAt) errors.push(userError(UserErrorCode.REQUIRED, ['input', 'publishAt']));
  for (const field of ['publishAt', 'unpublishAt'] as const) {
    if (input[field] && input[field]!.getTime() <= now.getTime()) errors.push(userError(UserErrorCode.IN_THE_PAST, ['input', field]));
  }
  if (input.publishAt && input.unpublishAt && input.unpublishAt <= input.publishAt) {
    errors.push(userError(UserErrorCode.UNPUBLISH_BEFORE_PUBLISH, ['input', 'unpublishAt']));
  }
  if (errors.length) return { resource, schedule: [], userErrors: errors };

  await em.nativeDelete(PublicationScheduleEntity, { resource: resource.id, doneAt: null });
  const by = { scheduledBySubject: actor.subject, scheduledByNif: actor.nif, scheduledByName: actor.name };
  const schedule = [
    input.publishAt && em.create(PublicationScheduleEntity, { resource: resource.id, action: ScheduledAction.PUBLISH, dueAt: input.publishAt, ...by }),
    input.unpublishAt && em.create(PublicationScheduleEntity, { resource: resource.id, action: ScheduledAction.UNPUBLISH, dueAt: input.unpublishAt, ...by }),
  ].filter((row): row is PublicationScheduleEntity => Boolean(row));
  await em.flush();
  return { resource, schedule, userErrors: [] };
}

/** Withdraws the fitxa's pending schedule (editors of the provider); answers what it withdrew. */
export async function cancelPublicationSchedule(context: RequestContext, input: { resourceId: string }): Promise<{ cancelled: PublicationScheduleEntity[] }> {
  const actor = requireActor(context);
  return context.em.transactional(async (em) => {
    const resource = await loadResourceForEditor(em, actor, input.resourceId, 'cancel the scheduled publication of');
    const cancelled = await em.find(PublicationScheduleEntity, { resource: resource.id, doneAt: null }, { orderBy: { dueAt: 'asc' } });
    em.remove(cancelled);
    await em.flush();
    return { cancelled };
  });
}

/**
 * One loader per request, so a list of fitxes reads the pending schedules of all of them at once.
 * Rows already carried out are not pending: their outcome stays in the table for the record.
 */
const pendingLoaders = new WeakMap<RequestContext, DataLoader<string, PublicationScheduleEntity[]>>();

function pendingLoader(context: RequestContext): DataLoader<string, PublicationScheduleEntity[]> {
  let loader = pendingLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.em.find(PublicationScheduleEntity, { resource: { $in: [...ids] }, doneAt: null }, { orderBy: { dueAt: 'asc' } });
      return ids.map((id) => rows.filter((row) => row.resource.id === id));
    });
    pendingLoaders.set(context, loader);
  }
  return loader;
}

/** The fitxa's pending schedule, soonest first, for the provider's editors and admins; null for anyone else. */
export async function findPendingSchedule(context: RequestContext, resourceId: string, providerSlug: string): Promise<PublicationScheduleEntity[] | null> {
  if (!canReadDrafts(context.identity.actor, providerSlug)) return null;
  return pendingLoader(context).load(resourceId);
}

/**
 * Carries out the schedules that are due, at most `batch` at a time. Rows are claimed with
 * FOR UPDATE SKIP LOCKED inside one transaction per row, so concurrent instances never take the
 * same row, and a row is marked done in the same transaction as its effect.
 */
export async function runDueSchedules(
  rootEm: EntityManager, clock: Clock, options: { textSearchConfig: 'catalan' | 'simple'; logger: Logger; batch?: number },
): Promise<number> {
  let done = 0;
  for (let i = 0; i < (options.batch ?? 20); i += 1) {
    const ran = await rootEm.fork().transactional(async (em) => {
      const [claimed] = await em.getConnection().execute<{ id: string }[]>(
        `select id from publication_schedule where done_at is null and due_at <= ? order by due_at limit 1 for update skip locked`,
        [clock.now()], 'all', em.getTransactionContext(),
      );
      if (!claimed) return false;
      const schedule = await em.findOneOrFail(PublicationScheduleEntity, claimed.id);
      const resource = await em.findOneOrFail(ResourceEntity, schedule.resource.id, { populate: SNAPSHOT_POPULATE });
      const actor: Actor = {
        subject: schedule.scheduledBySubject, nif: schedule.scheduledByNif, name: schedule.scheduledByName,
        certificate: { type: 'PUBLIC_EMPLOYEE', assurance: 'HIGH' }, represents: null, roles: [],
      };
      const action = schedule.action === ScheduledAction.PUBLISH ? 'publish' : 'unpublish';
      const outcome = await applyTransition(em, actor, resource, action, { textSearchConfig: options.textSearchConfig, now: clock.now() });
      schedule.doneAt = clock.now();
      schedule.outcome = outcome.userErrors.length ? outcome.userErrors.map((e) => e.code).join(',') : 'DONE';
      if (outcome.userErrors.length) options.logger.warn({ scheduleId: schedule.id, outcome: schedule.outcome }, 'A scheduled publication change could not be applied');
      await em.flush();
      return true;
    });
    if (!ran) break;
    done += 1;
  }
  return done;
}
