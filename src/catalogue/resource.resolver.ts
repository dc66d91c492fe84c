import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { EntityEligibility } from '../applications/entity-eligibility.type';
import { viewerEligibility } from '../applications/viewer-eligibility.service';
import { catalanDate } from '../clock';
import { toLocalEntityNode } from '../tenancy/local-entity.resolver';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, toConnection } from '../graphql/pagination';
import { LocaleArgument } from '../graphql/served-locale';
import { JSONObjectScalar } from '../graphql/scalars';
import { Locale } from '../i18n/locale';
import { ProviderNode } from '../tenancy/provider.type';
import { toProviderNode } from '../tenancy/tenancy.mappers';
import { resourceToJsonLd } from '../exports/json-ld/resource-json-ld';
import { openForApplicationsOn } from './application-window.rules';
import { findDraftForPreview, findPublishedResource, searchResources } from './resource-catalogue.service';
import { countFacets } from './resource-facets.service';
import { ResourceFacets } from './resource-facets.type';
import { toResourceSearch } from './resource-search';
import { ResourceFilter, ResourceOrder } from './resource-filter.input';
import { toResourceNode } from './resource.mapper';
import { ResourceConnection, ResourceNode } from './resource.type';

@Resolver(() => ResourceConnection)
export class ResourceConnectionResolver {
  @FieldResolver(() => ResourceFacets, { description: 'Counts per value of each filter dimension for the whole result, not just this page; computed only when selected.' })
  facets(@Root() connection: ResourceConnection, @Ctx() context: RequestContext): Promise<ResourceFacets> {
    return countFacets(context, connection.search, connection.locale);
  }
}

@Resolver(() => ResourceNode)
export class ResourceResolver {
  @Query(() => ResourceNode, { nullable: true, description: 'One fitxa by provider slug and codi recurs.' })
  async resource(
    @Ctx() context: RequestContext,
    @Arg('provider', () => String, { description: 'Provider slug, e.g. "diba".' }) provider: string,
    @Arg('code', () => String, { description: 'Codi recurs.' }) code: string,
    @LocaleArgument() locale: Locale,
    @Arg('preview', () => Boolean, { nullable: true, description: "Editors and admins of the provider: serve the working draft instead of the published version. Ignored for anyone else." }) preview: boolean | null,
  ): Promise<ResourceNode | null> {
    const snapshot = (preview ? await findDraftForPreview(context, provider, code) : null) ?? await findPublishedResource(context, provider, code);
    return snapshot ? toResourceNode(snapshot, locale, context.config.publicBaseUrl) : null;
  }

  @Query(() => ResourceConnection, {
    description: 'The catalogue: published fitxes, filtered, searched and ordered; with `filter.status`, also the other fitxes of the providers where the caller is staff.',
  })
  async resources(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ResourceFilter, { nullable: true, validate: true, description: 'What to list; all given filters must hold. Default: every published fitxa.' }) filter: ResourceFilter | null,
    @Arg('orderBy', () => ResourceOrder, { nullable: true, description: 'Order of the fitxes; default: relevance when searching, else title.' }) orderBy: ResourceOrder | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
    @LocaleArgument() served: Locale,
  ): Promise<ResourceConnection> {
    const search = toResourceSearch(filter, context.identity.staffProviderIds);
    const result = await searchResources(context, search, orderBy, page, served);
    const nodes = result.snapshots.map((snapshot) => toResourceNode(snapshot, served, context.config.publicBaseUrl));
    return { ...toConnection(nodes, result.window, result.total), search, locale: served };
  }

  @FieldResolver(() => ProviderNode, { description: 'The diputació that offers the resource.' })
  async provider(@Root() resource: ResourceNode, @Ctx() { loaders }: RequestContext): Promise<ProviderNode> {
    const provider = await loaders.providerById.load(resource.snapshot.provider.id);
    return toProviderNode(provider!);
  }

  @FieldResolver(() => Boolean, {
    description: 'An application window contains today (Catalan time); a fitxa with no window is open all year (prestació continuada).',
  })
  openForApplications(@Root() resource: ResourceNode, @Ctx() { clock }: RequestContext): boolean {
    return openForApplicationsOn(resource.applicationWindows, catalanDate(clock.now()));
  }

  @FieldResolver(() => Boolean, { description: 'The signed-in viewer keeps this fitxa in their folder ("Afegeix a la carpeta"); false for anonymous callers.' })
  async viewerHasInFolder(@Root() resource: ResourceNode, @Ctx() { identity, loaders }: RequestContext): Promise<boolean> {
    if (!identity.actor) return false;
    return loaders.inFolderByResource.load(resource.snapshot.id);
  }

  @FieldResolver(() => [EntityEligibility], {
    description: 'For each entity the viewer acts for, whether it may apply for this fitxa now and, if not, why; empty for anonymous callers and people who act for no entity.',
  })
  async viewerEligibility(@Root() resource: ResourceNode, @Ctx() context: RequestContext): Promise<EntityEligibility[]> {
    const results = await viewerEligibility(context, resource.snapshot);
    return results.map(({ entity, reasons }) => ({ localEntity: toLocalEntityNode(entity), mayApply: reasons.length === 0, reasons }));
  }

  @FieldResolver(() => JSONObjectScalar, { description: 'The fitxa as CPSV-AP 3.2.0 JSON-LD (a PublicService), in every language it has.' })
  jsonLd(@Root() resource: ResourceNode, @Ctx() { config }: RequestContext): Record<string, unknown> {
    return resourceToJsonLd(resource.snapshot, { baseUrl: config.publicBaseUrl });
  }
}
