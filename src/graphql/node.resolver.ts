import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { findReadableApplication } from '../applications/application-access';
import { toApplicationNode } from '../applications/application.type';
import { toResourceNode } from '../catalogue/resource.mapper';
import { EntityAuthorizationEntity } from '../identity/entity-authorization.entity';
import { toEntityAuthorizationNode } from '../identity/entity-authorization.resolver';
import { AreaEntity } from '../tenancy/area.entity';
import { CatalogueEntity } from '../tenancy/catalogue.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { toLocalEntityNode } from '../tenancy/local-entity.resolver';
import { ProgrammeEntity } from '../tenancy/programme.entity';
import { ProviderUnitEntity } from '../tenancy/provider-unit.entity';
import { toAreaNode, toCatalogueNode, toProgrammeNode, toProviderNode, toProviderUnitNode } from '../tenancy/tenancy.mappers';
import { RequestContext } from './context';
import { badUserInput } from '../errors/error-mapping';
import { fromGlobalId } from './global-id';
import { MAX_PAGE_SIZE } from './pagination';
import { LocaleArgument } from './served-locale';
import { Locale } from '../i18n/locale';
import { Node } from './node.type';
import { findReadableNotification } from '../notifications/notification.service';
import { toNotificationNode } from '../notifications/notification.type';

/**
 * Fetches objects by global ID. Anything the caller may not see answers exactly like an ID
 * that does not exist (null), so IDs reveal nothing.
 */
async function fetchNode(context: RequestContext, globalId: string, locale: Locale): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return null;
  const { em, loaders } = context;
  switch (decoded.type) {
    case 'Resource': {
      // Batched: the fitxes of every `node`/`nodes` field of the request, one statement (DataLoader).
      const snapshot = await loaders.publishedResourceById.load(decoded.id);
      return snapshot ? toResourceNode(snapshot, locale, context.config.publicBaseUrl) : null;
    }
    case 'Provider': {
      const provider = await loaders.providerById.load(decoded.id);
      return provider ? toProviderNode(provider) : null;
    }
    case 'LocalEntity': {
      const entity = await em.findOne(LocalEntityEntity, decoded.id);
      return entity ? toLocalEntityNode(entity) : null;
    }
    case 'Catalogue': {
      const catalogue = await em.findOne(CatalogueEntity, decoded.id);
      return catalogue ? toCatalogueNode(catalogue) : null;
    }
    case 'Area': {
      const area = await em.findOne(AreaEntity, decoded.id);
      return area ? toAreaNode(area) : null;
    }
    case 'Programme': {
      const programme = await em.findOne(ProgrammeEntity, decoded.id);
      return programme ? toProgrammeNode(programme) : null;
    }
    case 'ProviderUnit': {
      const unit = await em.findOne(ProviderUnitEntity, decoded.id);
      return unit ? toProviderUnitNode(unit) : null;
    }
    case 'EntityAuthorization': {
      // Scoped by the representation filter: only the entity's representatives and the grantee find it.
      const authorization = await em.findOne(EntityAuthorizationEntity, decoded.id, { populate: ['localEntity'] });
      return authorization ? toEntityAuthorizationNode(authorization) : null;
    }
    case 'Application': {
      // The same rule as `application(id)`: the entity's people always, reviewers once submitted.
      const application = await findReadableApplication(context, globalId);
      return application ? toApplicationNode(application) : null;
    }
    case 'Notification': {
      // Whoever reads its application: the entity's people, the provider's reviewers once submitted.
      const readable = await findReadableNotification(context, globalId);
      return readable ? toNotificationNode(readable.notification) : null;
    }
    default:
      return null;
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist or you may not see it.' })
  node(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'Opaque global ID of any object.' }) id: string, @LocaleArgument() locale: Locale): Promise<Node | null> {
    return fetchNode(context, id, locale);
  }

  @Query(() => [Node], { nullable: 'items', description: `Several objects by global ID (at most ${MAX_PAGE_SIZE}), in the same order; null for each one not found.` })
  nodes(@Ctx() context: RequestContext, @Arg('ids', () => [ID], { description: 'Opaque global IDs, at most 100.' }) ids: string[], @LocaleArgument() locale: Locale): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} IDs`, ['ids']);
    return Promise.all(ids.map((id) => fetchNode(context, id, locale)));
  }
}
