import { Knex } from '@mikro-orm/postgresql';
import { addDays } from '../calendar/days';
import { catalanDate } from '../clock';
import { postgresArray } from '../database/postgres-array';
import { DomainError } from '../errors/domain-error';
import { UserErrorCode } from '../errors/user-error-code';
import { RequestContext } from '../graphql/context';
import { fromGlobalId, NodeTypeName } from '../graphql/global-id';
import { Connection, ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { actingEntities } from '../identity/representation.service';
import { ProviderEntity } from '../tenancy/provider.entity';
import { APPLICATION_POPULATE } from './application-access';
import { REVIEWERS_SEE_SQL, reviewedProviderSlugs } from './application.policy';
import { currentDeadlineState } from './application-deadlines';
import { ApplicationOrderField } from './application-order';
import { ApplicationStatus, AWAITING_RESOLUTION_STATUSES } from './application-status';
import { ApplicationEntity } from './application.entity';
import { CERTAINLY_ON_TIME_AFTER_DAYS, DeadlineState } from './deadline-state';
import { withoutTenantFilter } from '../database/tenant-filter';

export interface ApplicationListFilter {
  provider?: string[] | null;
  status?: ApplicationStatus[] | null;
  deadlineState?: DeadlineState[] | null;
  /** Global ids. */
  resource?: string | null;
  localEntity?: string | null;
}

export interface ApplicationListOrder {
  field: ApplicationOrderField;
  direction: 'ASC' | 'DESC';
}

/**
 * Whose applications a list covers: `everything` is what the caller may see (the entities they act
 * for, drafts included, and the submitted ones of the providers they review); `applicant` only the
 * entities they act for.
 */
export type ApplicationListScope = 'everything' | 'applicant';

/** The most recently changed first: what an applicant comes back to. */
const DEFAULT_ORDER: ApplicationListOrder = { field: ApplicationOrderField.UPDATED_AT, direction: 'DESC' };

/** A filter id must be a global id of its type; one of another tenant simply matches nothing. */
function decodeFilterId(globalId: string, type: NodeTypeName, field: string): string {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== type) throw new DomainError(UserErrorCode.INVALID_VALUE, ['filter', field]);
  return decoded.id;
}

/**
 * The applications the caller may see, filtered, ordered and paged. The visibility rule is the
 * one of `findReadableApplication`, written as SQL; two statements (count and ids) per page, then
 * the page's rows with what the GraphQL type reads.
 */
export async function listApplications(
  context: RequestContext, filter: ApplicationListFilter | null | undefined, order: ApplicationListOrder | null | undefined,
  page: ConnectionArguments, scope: ApplicationListScope = 'everything',
): Promise<Connection<ApplicationEntity>> {
  // Bad arguments are refused before anything else, whoever asks.
  const resourceId = filter?.resource != null ? decodeFilterId(filter.resource, 'Resource', 'resource') : null;
  const localEntityId = filter?.localEntity != null ? decodeFilterId(filter.localEntity, 'LocalEntity', 'localEntity') : null;
  pageWindow(page, 0);

  const actor = context.identity.actor;
  const entityIds = actor ? (await actingEntities(context)).map((entity) => entity.id) : [];
  const reviewedSlugs = scope === 'everything' ? reviewedProviderSlugs(actor) : [];
  const reviewedIds = reviewedSlugs.length
    ? (await context.em.find(ProviderEntity, { slug: { $in: reviewedSlugs } }, { fields: ['id'] })).map((p) => p.id) : [];
  if (entityIds.length === 0 && reviewedIds.length === 0) return toConnection([], pageWindow(page, 0), 0);

  const knex = context.em.getKnex();
  const connection = context.em.getConnection();
  const today = catalanDate(context.clock.now());
  const base = () => {
    const query = knex('application as a').where((visible) => {
      visible.whereRaw('a.local_entity_id = any(?::uuid[])', [postgresArray(entityIds)])
        .orWhereRaw(`(${REVIEWERS_SEE_SQL('a')} and a.provider_id = any(?::uuid[]))`, [postgresArray(reviewedIds)]);
    });
    if (filter?.provider?.length) query.whereIn('a.provider_id', knex('provider').select('id').whereIn('slug', filter.provider));
    if (filter?.status?.length) query.whereRaw('a.status = any(?::application_status[])', [postgresArray(filter.status)]);
    if (resourceId) query.where('a.resource_id', resourceId);
    if (localEntityId) query.where('a.local_entity_id', localEntityId);
    return query;
  };

  const query = base();
  if (filter?.deadlineState?.length) await whereDeadlineState(context, query, base, filter.deadlineState, today);

  const [{ total }] = await connection.execute<{ total: string }[]>(query.clone().count('* as total'));
  const window = pageWindow(page, Number(total));
  if (window.limit === 0) return toConnection([], window, Number(total));

  const { field, direction } = order ?? DEFAULT_ORDER;
  const dir = direction === 'DESC' ? 'desc' : 'asc';
  const rows = query.select('a.id').offset(window.offset).limit(window.limit);
  switch (field) {
    case ApplicationOrderField.RESOLUTION_DUE_DATE:
      // Drafts and withdrawn drafts have no due date: after the queue whichever the direction.
      rows.orderByRaw(`a.resolution_due_date ${dir} nulls last, a.submitted_at ${dir} nulls last`);
      break;
    case ApplicationOrderField.SUBMITTED_AT:
      rows.orderByRaw(`a.submitted_at ${dir} nulls last`);
      break;
    case ApplicationOrderField.UPDATED_AT:
      rows.orderBy('a.updated_at', dir);
      break;
  }
  rows.orderBy('a.id', dir);
  const ids = (await connection.execute<{ id: string }[]>(rows)).map((row) => row.id);
  // Read after the visibility check above; the fitxa is read without the editorial tenant filter
  // because applicants and reviewers are not its editors (as in findReadableApplication).
  const applications = await context.em.find(ApplicationEntity, { id: { $in: ids } }, { populate: APPLICATION_POPULATE, ...withoutTenantFilter('the list query already kept only the applications the caller may read') });
  const byId = new Map(applications.map((application) => [application.id, application]));
  return toConnection(ids.map((id) => byId.get(id)!).filter(Boolean), window, Number(total));
}

/**
 * Keeps the submitted applications in one of the given deadline states. SQL decides where the
 * holidays cannot matter (overdue, or due beyond CERTAINLY_ON_TIME_AFTER_DAYS); the few due in
 * between are classified by `currentDeadlineState`, the rule `Application.deadlineState` uses.
 */
async function whereDeadlineState(
  context: RequestContext, query: Knex.QueryBuilder, base: () => Knex.QueryBuilder, states: DeadlineState[], today: string,
): Promise<void> {
  const horizon = addDays(today, CERTAINLY_ON_TIME_AFTER_DAYS);
  const undecided = await context.em.getConnection().execute<{ id: string; due: string; seat: string; municipality: string | null }[]>(
    base().join('provider as p', 'p.id', 'a.provider_id').join('local_entity as e', 'e.id', 'a.local_entity_id')
      .whereIn('a.status', AWAITING_RESOLUTION_STATUSES).whereBetween('a.resolution_due_date', [today, horizon])
      .select('a.id', context.em.getKnex().raw(`to_char(a.resolution_due_date, 'YYYY-MM-DD') as due`), 'p.seat_municipality_code as seat', 'e.ine_code as municipality'),
  );
  // One holiday lookup per due date and place, however many applications share them.
  const stateOf = new Map<string, Promise<DeadlineState>>();
  const matching: string[] = [];
  for (const row of undecided) {
    const key = `${row.due}|${row.seat}|${row.municipality ?? ''}`;
    if (!stateOf.has(key)) stateOf.set(key, currentDeadlineState(context, { today, dueDate: row.due, seatMunicipality: row.seat, municipality: row.municipality }));
    if (states.includes(await stateOf.get(key)!)) matching.push(row.id);
  }
  query.whereIn('a.status', AWAITING_RESOLUTION_STATUSES).whereNotNull('a.resolution_due_date').where((state) => {
    if (states.includes(DeadlineState.OVERDUE)) state.orWhere('a.resolution_due_date', '<', today);
    if (states.includes(DeadlineState.ON_TIME)) state.orWhere('a.resolution_due_date', '>', horizon);
    state.orWhereRaw('a.id = any(?::uuid[])', [postgresArray(matching)]);
  });
}
