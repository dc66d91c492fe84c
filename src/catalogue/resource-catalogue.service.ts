import { postgresArray } from '../database/postgres-array';
import { RequestContext } from '../graphql/context';
import { ResourceEntity } from './resource.entity';
import { compileResourceSnapshot, SNAPSHOT_POPULATE } from './resource-snapshot.compiler';
import { DomainError } from '../errors/domain-error';
import { UserErrorCode } from '../errors/user-error-code';
import { ConnectionArguments, PageWindow, pageWindow } from '../graphql/pagination';
import { Locale } from '../i18n/locale';
import { Knex } from '@mikro-orm/postgresql';
import { OrderDirection, ResourceOrder, ResourceOrderField } from './resource-filter.input';
import { ResourceStatus } from './resource-enums';
import { applyResourceSearch, ResourceSearch } from './resource-search';
import { ResourceSnapshot } from './resource-snapshot';
import { canReadDrafts } from './resource.policy';

export interface ResourcePage {
  snapshots: ResourceSnapshot[];
  window: PageWindow;
  total: number;
}

/** Statuses that only a provider's staff may list, from the working copies. */
const NON_PUBLISHED: readonly ResourceStatus[] = Object.values(ResourceStatus).filter((status) => status !== ResourceStatus.PUBLISHED);

/**
 * The rows a search reads, aliased `pr`, with the columns of published_resource. Without a
 * status filter, or for anyone who is not staff of a provider, that is the published catalogue.
 * Asking for other statuses adds the working copies of the providers where the caller is staff
 * (editor, reviewer or admin), in the same shape, with no snapshot: the page compiles them. So
 * one query serves the public catalogue and the editor's list, with the same filters and facets.
 */
export function resourceSource(knex: Knex, search: ResourceSearch, textSearchConfig: string): Knex.QueryBuilder {
  const published = search.status.length === 0 || search.status.includes(ResourceStatus.PUBLISHED);
  const working = search.staffProviderIds.length ? search.status.filter((status) => NON_PUBLISHED.includes(status)) : [];
  if (!working.length) {
    const query = knex('published_resource as pr');
    return published ? query : query.whereRaw('false');
  }
  const columns = `resource_id, provider_id, code, kind, audience, sdgs, area_code, programme_code, catalogue_code,
    application_windows, application_deadline, titles, search_vector, published_at, snapshot`;
  // Drafts are searched by code, titles, summaries and descriptions in every language.
  const drafts = knex.raw(`
    select r.id as resource_id, r.provider_id, r.code, r.kind, r.audience, r.sdgs,
           a.code as area_code, pg.code as programme_code, c.code as catalogue_code,
           coalesce((select range_agg(daterange(w.opens_on, w.closes_on, '[]')) from application_window w where w.resource_id = r.id), '{}'::datemultirange) as application_windows,
           (select max(w.closes_on) from application_window w where w.resource_id = r.id) as application_deadline,
           coalesce((select jsonb_object_agg(t.locale, t.title) from resource_translation t where t.resource_id = r.id), '{}'::jsonb) as titles,
           (select setweight(to_tsvector(?::regconfig, unaccent(r.code || ' ' || string_agg(t.title, ' '))), 'A')
                || setweight(to_tsvector(?::regconfig, unaccent(coalesce(string_agg(t.summary, ' '), ''))), 'B')
                || setweight(to_tsvector(?::regconfig, unaccent(coalesce(string_agg(t.description, ' '), ''))), 'C')
              from resource_translation t where t.resource_id = r.id) as search_vector,
           r.published_at, null::jsonb as snapshot
      from resource r
      left join area a on a.id = r.area_id
      left join programme pg on pg.id = r.programme_id
      left join catalogue c on c.id = r.catalogue_id
     where r.provider_id = any(?::uuid[]) and r.status = any(?::resource_status[])`,
  [textSearchConfig, textSearchConfig, textSearchConfig, postgresArray(search.staffProviderIds), postgresArray(working)]);
  const union = published ? knex.raw(`select ${columns} from published_resource union all ?`, [drafts]) : drafts;
  return knex.queryBuilder().from(knex.raw('(?) as pr', [union]));
}

/**
 * The catalogue: published fitxes, read from their snapshots, and for staff who ask by status
 * their provider's other fitxes, compiled from the working copies. Two statements per page of
 * published fitxes (count and rows), a fixed few more when drafts are on it, whatever the page
 * size and whatever the query selects.
 */
export async function searchResources(
  context: RequestContext, search: ResourceSearch, order: ResourceOrder | null | undefined,
  page: ConnectionArguments, locale: Locale,
): Promise<ResourcePage> {
  const knex = context.em.getKnex();
  const config = context.textSearchConfig;
  const query = applyResourceSearch(knex, resourceSource(knex, search, config), search, config);

  const [{ total }] = await context.em.getConnection().execute<{ total: string }[]>(query.clone().count('* as total'));
  const window = pageWindow(page, Number(total));
  if (window.limit === 0) return { snapshots: [], window, total: Number(total) };

  const field = order?.field ?? (search.search ? ResourceOrderField.RELEVANCE : ResourceOrderField.TITLE);
  const direction = order?.direction === OrderDirection.DESC ? 'desc' : 'asc';
  const rows = query.select('pr.resource_id', 'pr.snapshot').offset(window.offset).limit(window.limit);
  switch (field) {
    case ResourceOrderField.RELEVANCE:
      if (!search.search) throw new DomainError(UserErrorCode.INVALID_VALUE, ['orderBy', 'field']);  // RELEVANCE needs a search
      rows.orderByRaw(`ts_rank_cd(pr.search_vector, websearch_to_tsquery(?::regconfig, unaccent(?))) desc`, [config, search.search]);
      break;
    case ResourceOrderField.TITLE:
      // The locale is an enum value, written literally so the planner can use the per-locale index.
      rows.orderByRaw(`published_title_sort_key(pr.titles, '${Locale[locale]}') ${direction}`);
      break;
    case ResourceOrderField.CODE:
      rows.orderBy('pr.code', direction);
      break;
    case ResourceOrderField.PUBLISHED_AT:
      rows.orderByRaw(`pr.published_at ${direction} nulls last`);
      break;
    case ResourceOrderField.APPLICATION_DEADLINE:
      rows.orderByRaw(`pr.application_deadline ${direction} nulls last`);
      break;
  }
  rows.orderBy('pr.resource_id');
  const result = await context.em.getConnection().execute<{ resource_id: string; snapshot: ResourceSnapshot | null }[]>(rows);
  const draftIds = result.filter((row) => !row.snapshot).map((row) => row.resource_id);
  // The tenant filter of the request's entity manager limits these to the caller's providers.
  const drafts = draftIds.length
    ? await context.em.find(ResourceEntity, { id: { $in: draftIds } }, { populate: SNAPSHOT_POPULATE })
    : [];
  const compiled = new Map(drafts.map((resource) => [resource.id, compileResourceSnapshot(resource)]));
  const snapshots = result.map((row) => row.snapshot ?? compiled.get(row.resource_id)).filter((s): s is ResourceSnapshot => s != null);
  return { snapshots, window, total: Number(total) };
}

export async function findPublishedResource(context: RequestContext, providerSlug: string, code: string): Promise<ResourceSnapshot | null> {
  const rows = await context.em.getConnection().execute<{ snapshot: ResourceSnapshot }[]>(
    `select pr.snapshot from published_resource pr join provider p on p.id = pr.provider_id where p.slug = ? and pr.code = ?`,
    [providerSlug, code],
  );
  return rows[0]?.snapshot ?? null;
}

export async function findPublishedResourcesByIds(context: Pick<RequestContext, 'em'>, ids: readonly string[]): Promise<(ResourceSnapshot | null)[]> {
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
  if (!canReadDrafts(context.identity.actor, providerSlug)) return null;
  const resource = await context.em.findOne(ResourceEntity, { provider: { slug: providerSlug }, code }, { populate: SNAPSHOT_POPULATE });
  return resource ? compileResourceSnapshot(resource) : null;
}
