import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { ConnectionArguments, mapConnection } from '../graphql/pagination';
import { LocaleArgument, ServedLocale } from '../graphql/served-locale';
import { labelOf, LOCAL_ENTITY_TYPE_SINGULAR_LABELS } from '../i18n/labels';
import { Locale } from '../i18n/locale';
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
  code: entity.externalKey,
  dir3Code: entity.dir3Code ?? null,
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
    @Arg('filter', () => LocalEntityFilter, { nullable: true, validate: true, description: 'Only entities that match; all of them when omitted.' }) filter: LocalEntityFilter | null,
    @Args(() => ConnectionArguments) page: ConnectionArguments,
    @LocaleArgument() _locale: Locale,
  ): Promise<LocalEntityConnection> {
    return mapConnection(await listLocalEntities(context, filter, page), toLocalEntityNode);
  }

  @FieldResolver(() => String, { description: 'Label of `type`, in the singular, e.g. "Ajuntament".' })
  typeLabel(@Root() entity: LocalEntityNode, @ServedLocale() locale: Locale): string {
    return labelOf(LOCAL_ENTITY_TYPE_SINGULAR_LABELS, entity.type, locale);
  }

  @FieldResolver(() => ProviderNode, { description: 'The diputació whose territory contains the entity.' })
  async provider(@Root() entity: LocalEntityNode, @Ctx() { loaders }: RequestContext): Promise<ProviderNode> {
    const provider = await loaders.providerById.load(entity.providerId);
    return toProviderNode(provider!);
  }
}
