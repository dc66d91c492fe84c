import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { catalanDate } from '../clock';
import { RequestContext } from '../graphql/context';
import { ConnectionArguments, toConnection } from '../graphql/pagination';
import { LocaleArgument } from '../graphql/served-locale';
import { JSONObjectScalar } from '../graphql/scalars';
import { Locale } from '../i18n/locale';
import { ProviderNode } from '../tenancy/provider.type';
import { toProviderNode } from '../tenancy/tenancy.mappers';
import { resourceToJsonLd } from './json-ld/resource-json-ld';
import { findDraftForPreview, findPublishedResource, searchPublishedResources } from './resource-catalogue.service';
import { ResourceFilter, ResourceOrder } from './resource-filter.input';
import { toResourceNode } from './resource.mapper';
import { ResourceConnection, ResourceNode } from './resource.type';

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

  @Query(() => ResourceConnection, { description: 'The public catalogue: published fitxes, filtered, searched and ordered.' })
  async resources(
    @Ctx() context: RequestContext,
    @Arg('filter', () => ResourceFilter, { nullable: true, validate: true }) filter: ResourceFilter | null,
    @Arg('orderBy', () => ResourceOrder, { nullable: true }) orderBy: ResourceOrder | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
    @LocaleArgument() served: Locale,
  ): Promise<ResourceConnection> {
    const result = await searchPublishedResources(context, filter, orderBy, page, served);
    const nodes = result.snapshots.map((snapshot) => toResourceNode(snapshot, served, context.config.publicBaseUrl));
    return toConnection(nodes, result.window, result.total);
  }

  @FieldResolver(() => ProviderNode, { description: 'The diputació that offers the resource.' })
  async provider(@Root() resource: ResourceNode, @Ctx() { loaders }: RequestContext): Promise<ProviderNode> {
    const provider = await loaders.providerById.load(resource.snapshot.provider.id);
    return toProviderNode(provider!);
  }

  @FieldResolver(() => Boolean, { description: 'An application window contains today (Catalan time).' })
  openForApplications(@Root() resource: ResourceNode, @Ctx() { clock }: RequestContext): boolean {
    const today = catalanDate(clock.now());
    return resource.applicationWindows.some((w) => w.opensOn <= today && today <= w.closesOn);
  }

  @FieldResolver(() => JSONObjectScalar, { description: 'The fitxa as CPSV-AP 3.2.0 JSON-LD (a PublicService), in every language it has.' })
  jsonLd(@Root() resource: ResourceNode, @Ctx() { config }: RequestContext): Record<string, unknown> {
    return resourceToJsonLd(resource.snapshot, { baseUrl: config.publicBaseUrl });
  }
}
