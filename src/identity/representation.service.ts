import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RequestContext } from '../graphql/context';
import { forbidden, notFound, unauthenticated } from '../graphql/errors';
import { fromGlobalId } from '../graphql/global-id';
import { userError, UserError } from '../graphql/user-error';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { Actor } from './actor';
import { EntityAuthorizationEntity } from './entity-authorization.entity';
import { nifKind, normalizeNif } from './nif';

export function requireActor(context: RequestContext): Actor {
  const actor = context.identity.actor;
  if (!actor) throw unauthenticated();
  return actor;
}

/** The entities the caller may act for: the one its certificate represents, and those that authorized it. */
export async function actingEntities(context: RequestContext): Promise<LocalEntityEntity[]> {
  const { actor, representedEntityId } = context.identity;
  if (!actor) return [];
  const authorizations = await context.em.find(EntityAuthorizationEntity, { granteeNif: actor.nif, revokedAt: null }, { populate: ['localEntity'] });
  const entities = authorizations.map((a) => a.localEntity);
  if (representedEntityId && !entities.some((e) => e.id === representedEntityId)) {
    const represented = await context.em.findOne(LocalEntityEntity, representedEntityId);
    if (represented) entities.unshift(represented);
  }
  return entities;
}

/** True when the caller may act for the entity, as representative or through an authorization. */
export async function mayActFor(context: RequestContext, localEntityId: string): Promise<boolean> {
  if (context.identity.representedEntityId === localEntityId) return true;
  const actor = context.identity.actor;
  if (!actor) return false;
  return (await context.em.count(EntityAuthorizationEntity, { localEntity: localEntityId, granteeNif: actor.nif, revokedAt: null })) > 0;
}

/** Only a representative's certificate (not an authorization) may manage who else acts for the entity. */
function requireRepresentative(context: RequestContext, localEntityId: string): Actor {
  const actor = requireActor(context);
  if (context.identity.representedEntityId !== localEntityId) {
    throw forbidden("Only the entity's representatives may manage its authorizations");
  }
  return actor;
}

export async function listAuthorizations(context: RequestContext, localEntityId: string): Promise<EntityAuthorizationEntity[] | null> {
  if (context.identity.representedEntityId !== localEntityId) return null;
  return context.em.find(EntityAuthorizationEntity, { localEntity: localEntityId }, { orderBy: { grantedAt: 'desc' }, populate: ['localEntity'] });
}

type Result = { authorization: EntityAuthorizationEntity | null; userErrors: UserError[] };

export async function grantAuthorization(
  context: RequestContext, input: { localEntityId: string; granteeNif: string; granteeName: string },
): Promise<Result> {
  const actor = requireActor(context);
  const decoded = fromGlobalId(input.localEntityId);
  const entity = decoded?.type === 'LocalEntity' ? await context.em.findOne(LocalEntityEntity, decoded.id) : null;
  if (!entity) throw notFound('Local entity');
  requireRepresentative(context, entity.id);
  const granteeNif = normalizeNif(input.granteeNif);
  if (nifKind(granteeNif) !== 'PERSON') {
    return { authorization: null, userErrors: [userError('INVALID_NIF', 'The NIF is not a valid DNI or NIE', ['input', 'granteeNif'])] };
  }
  const granteeName = input.granteeName.trim();
  if (!granteeName) return { authorization: null, userErrors: [userError('REQUIRED', 'The name is required', ['input', 'granteeName'])] };
  const authorization = context.em.create(EntityAuthorizationEntity, {
    localEntity: entity, granteeNif, granteeName, grantedByNif: actor.nif, grantedByName: actor.name, grantedAt: context.clock.now(),
  });
  try {
    await context.em.flush();
  } catch (error) {
    // One active authorization per person and entity, enforced by a partial unique index.
    if (error instanceof UniqueConstraintViolationException) {
      context.em.clear();
      return { authorization: null, userErrors: [userError('ALREADY_AUTHORIZED', 'This person is already authorized for the entity', ['input', 'granteeNif'])] };
    }
    throw error;
  }
  return { authorization, userErrors: [] };
}

export async function revokeAuthorization(context: RequestContext, input: { authorizationId: string }): Promise<Result> {
  requireActor(context);
  const decoded = fromGlobalId(input.authorizationId);
  // The representation filter hides other entities' authorizations: they answer "not found".
  const authorization = decoded?.type === 'EntityAuthorization'
    ? await context.em.findOne(EntityAuthorizationEntity, decoded.id, { populate: ['localEntity'] })
    : null;
  if (!authorization) throw notFound('Authorization');
  const actor = requireRepresentative(context, authorization.localEntity.id);
  if (authorization.revokedAt) {
    return { authorization, userErrors: [userError('ALREADY_REVOKED', 'The authorization was already revoked', ['input', 'authorizationId'])] };
  }
  authorization.revokedAt = context.clock.now();
  authorization.revokedByNif = actor.nif;
  await context.em.flush();
  return { authorization, userErrors: [] };
}
