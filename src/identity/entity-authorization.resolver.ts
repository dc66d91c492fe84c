import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../graphql/context';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { toLocalEntityNode } from '../tenancy/local-entity.resolver';
import { LocalEntityNode } from '../tenancy/local-entity.type';
import { EntityAuthorizationEntity } from './entity-authorization.entity';
import { grantAuthorization, listAuthorizations, revokeAuthorization } from './representation.service';
import {
  EntityAuthorizationNode, GrantEntityAuthorizationInput, GrantEntityAuthorizationPayload, RevokeEntityAuthorizationInput,
  RevokeEntityAuthorizationPayload,
} from './viewer.type';

export const toEntityAuthorizationNode = (a: EntityAuthorizationEntity): EntityAuthorizationNode => ({
  __typename: 'EntityAuthorization',
  id: toGlobalId('EntityAuthorization', a.id),
  localEntity: toLocalEntityNode(a.localEntity),
  granteeNif: a.granteeNif,
  granteeName: a.granteeName,
  grantedByNif: a.grantedByNif,
  grantedAt: a.grantedAt,
  revokedAt: a.revokedAt ?? null,
});

@Resolver(() => LocalEntityNode)
export class EntityAuthorizationResolver {
  @FieldResolver(() => [EntityAuthorizationNode], { nullable: true, description: "People authorized to act for the entity; only its representatives see them (null for anyone else)." })
  async authorizations(@Root() entity: LocalEntityNode, @Ctx() context: RequestContext): Promise<EntityAuthorizationNode[] | null> {
    const rows = await listAuthorizations(context, fromGlobalId(entity.id)!.id);
    return rows && rows.map(toEntityAuthorizationNode);
  }

  @Mutation(() => GrantEntityAuthorizationPayload, { description: "Authorize a person with an individual certificate to act for an entity you represent." })
  async grantEntityAuthorization(
    @Ctx() context: RequestContext,
    @Arg('input', () => GrantEntityAuthorizationInput, { validate: true, description: 'The entity and the person to authorize.' }) input: GrantEntityAuthorizationInput,
  ): Promise<GrantEntityAuthorizationPayload> {
    const result = await grantAuthorization(context, input);
    return { authorization: result.authorization && toEntityAuthorizationNode(result.authorization), userErrors: result.userErrors };
  }

  @Mutation(() => RevokeEntityAuthorizationPayload, { description: 'Revoke an authorization of an entity you represent.' })
  async revokeEntityAuthorization(
    @Ctx() context: RequestContext,
    @Arg('input', () => RevokeEntityAuthorizationInput, { validate: true, description: 'The authorization to revoke.' }) input: RevokeEntityAuthorizationInput,
  ): Promise<RevokeEntityAuthorizationPayload> {
    const result = await revokeAuthorization(context, input);
    return { authorization: result.authorization && toEntityAuthorizationNode(result.authorization), userErrors: result.userErrors };
  }
}
