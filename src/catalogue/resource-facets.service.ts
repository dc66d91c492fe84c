import { Knex } from '@mikro-orm/postgresql';
import { RequestContext } from '../graphql/context';
import { LOCAL_ENTITY_TYPE_LABELS, labelOf, RESOURCE_KIND_LABELS } from '../i18n/labels';
import { Locale } from '../i18n/locale';
import { LocalEntityType } from '../tenancy/local-entity-type';
import { listProviders } from '../tenancy/provider.service';
import { taxonomyLabel } from '../tenancy/taxonomy-label';
import { resourceSource } from './resource-catalogue.service';
import { ResourceKind } from './resource-enums';
import { applyResourceSearch, FacetDimension, ResourceSearch } from './resource-search';
import { FacetCount, sdgLabel, withSelected } from './facet-values';
import { qualifiedCode, TaxonomyCodeSelection } from './taxonomy-code';

export type Facets = Record<FacetDimension, FacetCount[]>;

interface FacetRow {
  dimension: FacetDimension;
  value: string;
  provider_id: string | null;
  count: number;
}

type TaxonomyDimension = 'area' | 'programme' | 'catalogue';
const TAXONOMY_COLUMNS: Record<TaxonomyDimension, string> = { area: 'pr.area_code', programme: 'pr.programme_code', catalogue: 'pr.catalogue_code' };

/**
 * Every dimension's counts in one SQL statement (a UNION ALL of one GROUP BY per dimension, each
 * with every filter but its own), then the labels: one statement for providers and one per
 * taxonomy through the request's loaders. Only run when a query selects `facets`, and never
 * dependent on the page size.
 */
export async function countFacets(context: RequestContext, search: ResourceSearch, locale: Locale): Promise<Facets> {
  const knex = context.em.getKnex();
  const config = context.textSearchConfig;
  const over = (dimension: FacetDimension) => applyResourceSearch(knex, resourceSource(knex, search, config), search, config, dimension);
  const columns = (dimension: FacetDimension, value: string, providerId = 'null::uuid') =>
    [knex.raw(`'${dimension}' as dimension`), knex.raw(`${value}::text as value`), knex.raw(`${providerId} as provider_id`), knex.raw('count(*)::int as count')];
  const parts: Knex.QueryBuilder[] = [
    over('provider').select(columns('provider', 'pr.provider_id', 'pr.provider_id')).groupBy('pr.provider_id'),
    over('kind').select(columns('kind', 'pr.kind')).groupBy('pr.kind'),
    over('audience').joinRaw('cross join unnest(pr.audience) as facet(value)').select(columns('audience', 'facet.value')).groupBy('facet.value'),
    over('sdg').joinRaw('cross join unnest(pr.sdgs) as facet(value)').select(columns('sdg', 'facet.value')).groupBy('facet.value'),
    ...(Object.entries(TAXONOMY_COLUMNS) as [TaxonomyDimension, string][]).map(([dimension, column]) =>
      over(dimension).whereNotNull(column).select(columns(dimension, column, 'pr.provider_id')).groupBy('pr.provider_id', column)),
  ];
  const rows = await context.em.getConnection().execute<FacetRow[]>(knex.raw(parts.map(() => '(?)').join(' union all '), parts));
  const of = (dimension: FacetDimension) => rows.filter((row) => row.dimension === dimension);

  const providers = await listProviders(context);
  const providerById = new Map(providers.map((p) => [p.id, p]));
  const providerBySlug = new Map(providers.map((p) => [p.slug, p]));

  const facets: Facets = {
    provider: withSelected(
      of('provider').flatMap((row) => {
        const provider = providerById.get(row.value);
        return provider ? [{ value: provider.slug, label: provider.name, count: row.count }] : [];
      }),
      search.provider.flatMap((slug) => {
        const provider = providerBySlug.get(slug);
        return provider ? [{ value: provider.slug, label: provider.name }] : [];
      }),
    ),
    kind: withSelected(
      of('kind').map((row) => ({ value: row.value, label: labelOf(RESOURCE_KIND_LABELS, row.value as ResourceKind, locale), count: row.count })),
      search.kind.map((kind) => ({ value: kind, label: labelOf(RESOURCE_KIND_LABELS, kind, locale) })),
    ),
    audience: withSelected(
      of('audience').map((row) => ({ value: row.value, label: labelOf(LOCAL_ENTITY_TYPE_LABELS, row.value as LocalEntityType, locale), count: row.count })),
      search.audience.map((type) => ({ value: type, label: labelOf(LOCAL_ENTITY_TYPE_LABELS, type, locale) })),
    ),
    sdg: withSelected(
      of('sdg').map((row) => ({ value: row.value, label: sdgLabel(Number(row.value), locale), count: row.count })),
      search.sdg.map((goal) => ({ value: String(goal), label: sdgLabel(goal, locale) })),
    ),
    area: [],
    programme: [],
    catalogue: [],
  };

  // Taxonomy items are labelled from the providers' own lists, loaded once per provider.
  const selectedProviderIds = (selection: TaxonomyCodeSelection) =>
    selection.qualified.flatMap((q) => providerBySlug.get(q.providerSlug)?.id ?? []);
  const taxonomyProviderIds = [...new Set([
    ...rows.filter((row) => row.dimension in TAXONOMY_COLUMNS).map((row) => row.provider_id!),
    ...selectedProviderIds(search.area), ...selectedProviderIds(search.programme), ...selectedProviderIds(search.catalogue),
  ])];
  const [areas, programmes, catalogues] = await Promise.all([
    context.loaders.areasByProvider.loadMany(taxonomyProviderIds),
    context.loaders.programmesByProvider.loadMany(taxonomyProviderIds),
    context.loaders.cataloguesByProvider.loadMany(taxonomyProviderIds),
  ]);
  const items: Record<TaxonomyDimension, { providerId: string; code: string; label: string }[]> = { area: [], programme: [], catalogue: [] };
  const collect = (dimension: TaxonomyDimension, lists: (({ code: string; name: string }[]) | Error)[]) => {
    lists.forEach((list, index) => {
      if (list instanceof Error) throw list;
      for (const item of list) items[dimension].push({ providerId: taxonomyProviderIds[index], code: item.code, label: taxonomyLabel(item, locale) });
    });
  };
  collect('area', areas);
  collect('programme', programmes);
  collect('catalogue', catalogues);

  for (const dimension of Object.keys(TAXONOMY_COLUMNS) as TaxonomyDimension[]) {
    const labelFor = (providerId: string, code: string) =>
      items[dimension].find((item) => item.providerId === providerId && item.code === code)?.label ?? code;
    const selection = search[dimension];
    facets[dimension] = withSelected(
      of(dimension).flatMap((row) => {
        const provider = providerById.get(row.provider_id!);
        return provider ? [{ value: qualifiedCode(provider.slug, row.value), label: labelFor(provider.id, row.value), count: row.count }] : [];
      }),
      selection.qualified.flatMap(({ providerSlug, code }) => {
        const provider = providerBySlug.get(providerSlug);
        const known = provider && items[dimension].some((item) => item.providerId === provider.id && item.code === code);
        return known ? [{ value: qualifiedCode(providerSlug, code), label: labelFor(provider.id, code) }] : [];
      }),
    );
  }
  return facets;
}
