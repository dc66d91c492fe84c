import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { LocalEntityEntity } from './local-entity.entity';
import { listLocalEntities } from './local-entity.service';
import { LocalEntityConnection, LocalEntityFilter, LocalEntityNode } from './local-entity.type';
import { ProviderNode } from './provider.type';
import { toProviderNode } from './tenancy.mappers';

export const toLocalEntityNode = (entity: LocalEntityEntity): LocalEntityNode => ({
  __typename: 'LocalEntity',
  id: toGlobalId('LocalEntity', entity.id),
  name: entity.name,
  type: entity.type,
  nif: entity.nif ?? null,
  ineCode: entity.ineCode ?? null,
  provinceCode: entity.provinceCode,
  comarcaCode: entity.comarcaCode ?? null,
  providerId: entity.provider.id,
});

@Resolver(() => LocalEntityNode)
export class LocalEntityResolver {
  @Query(() => LocalEntityConnection, { description: 'Local governments: ajuntaments, consells comarcals, EMDs, mancomunitats, consorcis.' })
  async localEntities(
    @Ctx() context: RequestContext,
    @Arg('filter', () => LocalEntityFilter, { nullable: true, validate: true }) filter: LocalEntityFilter | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
  ): Promise<LocalEntityConnection> {
    return mapConnection(await listLocalEntities(context, filter, page), toLocalEntityNode);
  }

  @FieldResolver(() => ProviderNode, { description: 'The diputació whose territory contains the entity.' })
  async provider(@Root() entity: LocalEntityNode, @Ctx() { loaders }: RequestContext): Promise<ProviderNode> {
    const provider = await loaders.providerById.load(entity.providerId);
    return toProviderNode(provider!);
  }
}
