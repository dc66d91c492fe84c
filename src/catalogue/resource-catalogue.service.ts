import { postgresArray } from '../database/postgres-array';
import { RequestContext } from '../graphql/context';
import { isEditorialStaff } from '../identity/actor';
import { ResourceEntity } from './resource.entity';
import { compileResourceSnapshot, SNAPSHOT_POPULATE } from './resource-snapshot.compiler';
import { DomainError } from '../errors/domain-error';
import { UserErrorCode } from '../errors/user-error-code';
import { ConnectionArguments, PageWindow, pageWindow } from '../graphql/pagination';
import { toDayString } from '../graphql/scalars';
import { Locale } from '../i18n/locale';
import { OrderDirection, ResourceFilter, ResourceOrder, ResourceOrderField } from './resource-filter.input';
import { ResourceSnapshot } from './resource-snapshot';

export interface ResourcePage {
  snapshots: ResourceSnapshot[];
  window: PageWindow;
  total: number;
}

/**
 * The public catalogue: published fitxes only, read from their snapshots. Two statements per
 * page (count and rows) whatever the page size and whatever the query selects.
 */
export async function searchPublishedResources(
  context: RequestContext, filter: ResourceFilter | null | undefined, order: ResourceOrder | null | undefined,
  page: ConnectionArguments, locale: Locale,
): Promise<ResourcePage> {
  const knex = context.em.getKnex();
  const config = context.textSearchConfig;
  const search = filter?.search?.trim() || null;
  const query = knex('published_resource as pr');
  if (filter?.provider?.length) query.whereIn('pr.provider_id', knex('provider').select('id').whereIn('slug', filter.provider));
  if (search) query.whereRaw(`pr.search_vector @@ websearch_to_tsquery(?::regconfig, unaccent(?))`, [config, search]);
  if (filter?.kind?.length) query.whereRaw('pr.kind = any(?::resource_kind[])', [postgresArray(filter.kind)]);
  if (filter?.audience?.length) query.whereRaw('pr.audience && ?::local_entity_type[]', [postgresArray(filter.audience)]);
  if (filter?.area?.length) query.whereIn('pr.area_code', filter.area);
  if (filter?.programme?.length) query.whereIn('pr.programme_code', filter.programme);
  if (filter?.catalogue?.length) query.whereIn('pr.catalogue_code', filter.catalogue);
  if (filter?.sdg?.length) query.whereRaw('pr.sdgs && ?::int[]', [postgresArray(filter.sdg)]);
  if (filter?.openOn) query.whereRaw('pr.application_windows @> ?::date', [toDayString(filter.openOn)]);
  if (filter?.applicationDeadlineFrom) query.where('pr.application_deadline', '>=', toDayString(filter.applicationDeadlineFrom));
  if (filter?.applicationDeadlineTo) query.where('pr.application_deadline', '<=', toDayString(filter.applicationDeadlineTo));

  const [{ total }] = await context.em.getConnection().execute<{ total: string }[]>(query.clone().count('* as total'));
  const window = pageWindow(page, Number(total));
  if (window.limit === 0) return { snapshots: [], window, total: Number(total) };

  const field = order?.field ?? (search ? ResourceOrderField.RELEVANCE : ResourceOrderField.TITLE);
  const direction = order?.direction === OrderDirection.DESC ? 'desc' : 'asc';
  const rows = query.select('pr.snapshot').offset(window.offset).limit(window.limit);
  switch (field) {
    case ResourceOrderField.RELEVANCE:
      if (!search) throw new DomainError(UserErrorCode.INVALID_VALUE, ['orderBy', 'field']);  // RELEVANCE needs a search
      rows.orderByRaw(`ts_rank_cd(pr.search_vector, websearch_to_tsquery(?::regconfig, unaccent(?))) desc`, [config, search]);
      break;
    case ResourceOrderField.TITLE:
      // The locale is an enum value, written literally so the planner can use the per-locale index.
      rows.orderByRaw(`published_title_sort_key(pr.titles, '${Locale[locale]}') ${direction}`);
      break;
    case ResourceOrderField.CODE:
      rows.orderBy('pr.code', direction);
      break;
    case ResourceOrderField.PUBLISHED_AT:
      rows.orderBy('pr.published_at', direction);
      break;
    case ResourceOrderField.APPLICATION_DEADLINE:
      rows.orderByRaw(`pr.application_deadline ${direction} nulls last`);
      break;
  }
  rows.orderBy('pr.resource_id');
  const result = await context.em.getConnection().execute<{ snapshot: ResourceSnapshot }[]>(rows);
  return { snapshots: result.map((row) => row.snapshot), window, total: Number(total) };
}

export async function findPublishedResource(context: RequestContext, providerSlug: string, code: string): Promise<ResourceSnapshot | null> {
  const rows = await context.em.getConnection().execute<{ snapshot: ResourceSnapshot }[]>(
    `select pr.snapshot from published_resource pr join provider p on p.id = pr.provider_id where p.slug = ? and pr.code = ?`,
    [providerSlug, code],
  );
  return rows[0]?.snapshot ?? null;
}

export async function findPublishedResourcesByIds(context: RequestContext, ids: readonly string[]): Promise<(ResourceSnapshot | null)[]> {
  const rows = await context.em.getConnection().execute<{ snapshot: ResourceSnapshot }[]>(
    `select snapshot from published_resource where resource_id = any(?::uuid[])`, [postgresArray(ids)],
  );
  return ids.map((id) => rows.find((row) => row.snapshot.id === id)?.snapshot ?? null);
}

/**
 * The working draft compiled on the fly, for editors' previews. The tenant filter on the request's
 * entity manager already hides other providers' fitxes; the role check says whether to try at all.
 */
export async function findDraftForPreview(context: RequestContext, providerSlug: string, code: string): Promise<ResourceSnapshot | null> {
  if (!isEditorialStaff(context.identity.actor, providerSlug)) return null;
  const resource = await context.em.findOne(ResourceEntity, { provider: { slug: providerSlug }, code }, { populate: SNAPSHOT_POPULATE });
  return resource ? compileResourceSnapshot(resource) : null;
}
