import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { JSONObjectScalar } from '../graphql/scalars';
import { LocaleArgument } from '../graphql/served-locale';
import { Locale } from '../i18n/locale';
import { AreaNode, CatalogueNode, ProgrammeNode, ProviderNode, ProviderUnitNode } from './provider.type';
import { findProviderBySlug, listProviders } from './provider.service';
import { toAreaNode, toCatalogueNode, toProgrammeNode, toProviderNode, toProviderUnitNode } from './tenancy.mappers';

@Resolver(() => ProviderNode)
export class ProviderResolver {
  @Query(() => [ProviderNode], { description: 'Every diputació that publishes a catalogue here.' })
  async providers(@Ctx() context: RequestContext, @LocaleArgument() _locale: Locale): Promise<ProviderNode[]> {
    return (await listProviders(context)).map(toProviderNode);
  }

  @Query(() => ProviderNode, { nullable: true, description: 'One diputació by its slug, e.g. "diba".' })
  async provider(
    @Ctx() context: RequestContext, @Arg('slug', () => String, { description: 'Provider slug, e.g. "diba".' }) slug: string, @LocaleArgument() _locale: Locale,
  ): Promise<ProviderNode | null> {
    const provider = await findProviderBySlug(context, slug);
    return provider ? toProviderNode(provider) : null;
  }

  @FieldResolver(() => [CatalogueNode], { description: 'Catalogues and calls of the provider.' })
  async catalogues(@Root() provider: ProviderNode, @Ctx() { loaders }: RequestContext): Promise<CatalogueNode[]> {
    return (await loaders.cataloguesByProvider.load(provider.databaseId)).map(toCatalogueNode);
  }

  @FieldResolver(() => [AreaNode], { description: 'Areas of the provider.' })
  async areas(@Root() provider: ProviderNode, @Ctx() { loaders }: RequestContext): Promise<AreaNode[]> {
    return (await loaders.areasByProvider.load(provider.databaseId)).map(toAreaNode);
  }

  @FieldResolver(() => [ProgrammeNode], { description: 'Fields of action (àmbits) of the provider.' })
  async programmes(@Root() provider: ProviderNode, @Ctx() { loaders }: RequestContext): Promise<ProgrammeNode[]> {
    return (await loaders.programmesByProvider.load(provider.databaseId)).map(toProgrammeNode);
  }

  @FieldResolver(() => [ProviderUnitNode], { description: 'Units that provide resources, with contact points.' })
  async units(@Root() provider: ProviderNode, @Ctx() { loaders }: RequestContext): Promise<ProviderUnitNode[]> {
    return (await loaders.unitsByProvider.load(provider.databaseId)).map(toProviderUnitNode);
  }

  @FieldResolver(() => JSONObjectScalar, {
    description: "Public keys (JWKS) that verify the provider's sealed receipts; older keys stay listed after a rotation.",
  })
  sealKeys(@Root() provider: ProviderNode, @Ctx() { registryKeys }: RequestContext): Record<string, unknown> {
    return registryKeys.sealKeys.publicJwks(provider.slug);
  }
}
