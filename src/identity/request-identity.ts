import { EntityManager } from '@mikro-orm/postgresql';
import { FolderItemEntity } from '../catalogue/folder-item.entity';
import { ResourceEntity } from '../catalogue/resource.entity';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { Actor } from './actor';
import { EntityAuthorizationEntity } from './entity-authorization.entity';

/** Who is calling, resolved once per request against the database. */
export interface RequestIdentity {
  actor: Actor | null;
  /** Providers where the actor holds any staff role; their private data is visible. */
  staffProviderIds: string[];
  /** The local entity the actor's representative or public-employee certificate names, if any. */
  representedEntityId: string | null;
}

export const ANONYMOUS: RequestIdentity = { actor: null, staffProviderIds: [], representedEntityId: null };

/** Matches nothing: the value a scope takes when the caller has no claim to any row. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export async function resolveIdentity(em: EntityManager, actor: Actor | null): Promise<RequestIdentity> {
  if (!actor) return ANONYMOUS;
  const slugs = [...new Set(actor.roles.map((grant) => grant.provider))];
  const [providers, represented] = await Promise.all([
    slugs.length ? em.find(ProviderEntity, { slug: { $in: slugs } }, { fields: ['id'] }) : Promise.resolve([]),
    actor.represents && actor.certificate.type !== 'INDIVIDUAL'
      ? em.findOne(LocalEntityEntity, { nif: actor.represents.nif }, { fields: ['id'] })
      : Promise.resolve(null),
  ]);
  return { actor, staffProviderIds: providers.map((p) => p.id), representedEntityId: represented?.id ?? null };
}

/**
 * Scopes a request's entity manager so that a query that forgets to check still cannot read or
 * change what the caller may not see: another provider's fitxes (drafts included), another
 * person's folder, the authorizations of an entity the caller does not represent. Public reads
 * of the catalogue go through the published snapshots, which these filters do not touch.
 */
export function scopeEntityManager(em: EntityManager, identity: RequestIdentity): void {
  const staffProviders = identity.staffProviderIds.length ? identity.staffProviderIds : [NOBODY];
  em.addFilter('tenant', { provider: { $in: staffProviders } }, ResourceEntity, true);
  em.addFilter('folderOwner', { ownerSubject: identity.actor?.subject ?? NOBODY }, FolderItemEntity, true);
  em.addFilter('representation', {
    $or: [
      { localEntity: identity.representedEntityId ?? NOBODY },
      { granteeNif: identity.actor?.nif ?? NOBODY },
    ],
  }, EntityAuthorizationEntity, true);
}
