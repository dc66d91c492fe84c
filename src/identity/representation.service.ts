import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { RequestContext } from '../graphql/context';
import { AuthenticationRequired, DomainError, forbidden, InputPath, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { Actor } from './actor';
import { EntityAuthorizationEntity } from './entity-authorization.entity';
import { nifKind, normalizeNif } from './nif';

export function requireActor(context: RequestContext): Actor {
  const actor = context.identity.actor;
  if (!actor) throw new AuthenticationRequired();
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

/**
 * True when the caller's representative or public-employee certificate names an entity NIF that no
 * local entity has: until the diputació's admins load it, the certificate acts for nobody.
 */
export function representsUnknownEntity(context: RequestContext): boolean {
  const { actor, representedEntityId } = context.identity;
  return Boolean(actor?.represents && actor.certificate.type !== 'INDIVIDUAL' && representedEntityId === null);
}

/**
 * Refuses acting for an entity the caller may not act for. A representative whose certificate
 * names an unknown NIF learns exactly that, and who can fix it, rather than a bare FORBIDDEN.
 */
export async function requireMayActFor(context: RequestContext, localEntityId: string, field: InputPath): Promise<void> {
  if (await mayActFor(context, localEntityId)) return;
  if (representsUnknownEntity(context)) throw new DomainError(UserErrorCode.REPRESENTED_ENTITY_UNKNOWN, field);
  throw forbidden(field);
}

/** Only a representative's certificate (not an authorization) may manage who else acts for the entity. */
function requireRepresentative(context: RequestContext, localEntityId: string, field: InputPath): Actor {
  const actor = requireActor(context);
  if (context.identity.representedEntityId !== localEntityId) {
    throw forbidden(field);
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
  if (!entity) throw notFound(['input', 'localEntityId']);
  requireRepresentative(context, entity.id, ['input', 'localEntityId']);
  const granteeNif = normalizeNif(input.granteeNif);
  if (nifKind(granteeNif) !== 'PERSON') {
    return { authorization: null, userErrors: [userError(UserErrorCode.INVALID_NIF, ['input', 'granteeNif'])] };
  }
  const granteeName = input.granteeName.trim();
  if (!granteeName) return { authorization: null, userErrors: [userError(UserErrorCode.REQUIRED, ['input', 'granteeName'])] };
  const authorization = context.em.create(EntityAuthorizationEntity, {
    localEntity: entity, granteeNif, granteeName, grantedByNif: actor.nif, grantedByName: actor.name, grantedAt: context.clock.now(),
  });
  try {
    await context.em.flush();
  } catch (error) {
    // One active authorization per person and entity, enforced by a partial unique index.
    if (error instanceof UniqueConstraintViolationException) {
      context.em.clear();
      return { authorization: null, userErrors: [userError(UserErrorCode.ALREADY_AUTHORIZED, ['input', 'granteeNif'])] };
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
  if (!authorization) throw notFound(['input', 'authorizationId']);
  const actor = requireRepresentative(context, authorization.localEntity.id, ['input', 'authorizationId']);
  if (authorization.revokedAt) {
    return { authorization, userErrors: [userError(UserErrorCode.ALREADY_REVOKED, ['input', 'authorizationId'])] };
  }
  authorization.revokedAt = context.clock.now();
  authorization.revokedByNif = actor.nif;
  await context.em.flush();
  return { authorization, userErrors: [] };
}
