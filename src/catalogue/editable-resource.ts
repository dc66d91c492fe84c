import { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { Actor } from '../identity/actor';
import { canEditResources } from './resource.policy';
import { SNAPSHOT_POPULATE } from './resource-snapshot.compiler';
import { ResourceEntity } from './resource.entity';

/**
 * Loads a fitxa that an editor is about to change, with everything its snapshot needs, locking its
 * row so that concurrent changes queue up and the later one sees the new version. The request's
 * tenant filter hides other providers' fitxes, which therefore answer "not found"; staff of the
 * right provider without the editor role are refused.
 */
export async function loadResourceForEditor(em: EntityManager, actor: Actor, resourceGlobalId: string, _verb: string): Promise<ResourceEntity> {
  const decoded = fromGlobalId(resourceGlobalId);
  if (decoded?.type !== 'Resource') throw notFound(['input', 'resourceId']);
  await em.execute('select id from resource where id = ? for update', [decoded.id]);
  const resource = await em.findOne(ResourceEntity, decoded.id, { populate: SNAPSHOT_POPULATE });
  if (!resource) throw notFound(['input', 'resourceId']);
  if (!canEditResources(actor, resource.provider.slug)) throw forbidden(['input', 'resourceId']);
  return resource;
}
