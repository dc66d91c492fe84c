import { EntityManager } from '@mikro-orm/postgresql';
import { LocalEntityEntity } from '../tenancy/local-entity.entity';
import { ProviderEntity } from '../tenancy/provider.entity';
import { Actor } from './actor';

/** Who is calling, resolved once per request against the database. */
export interface RequestIdentity {
  actor: Actor | null;
  /** Providers where the actor holds any staff role; their private data is visible. */
  staffProviderIds: string[];
  /** The local entity the actor's representative or public-employee certificate names, if any. */
  representedEntityId: string | null;
}

export const ANONYMOUS: RequestIdentity = { actor: null, staffProviderIds: [], representedEntityId: null };

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
