import { RequestContext } from '../graphql/context';
import { isEditorialStaff } from '../identity/actor';
import { ResourceRevisionEntity } from './resource-revision.entity';

/** A fitxa's revisions, newest first, for its provider's editors and admins; null for anyone else. */
export async function listRevisions(context: RequestContext, resourceId: string, providerSlug: string): Promise<ResourceRevisionEntity[] | null> {
  if (!isEditorialStaff(context.identity.actor, providerSlug)) return null;
  return context.em.find(ResourceRevisionEntity, { resource: { id: resourceId } }, { orderBy: { version: 'desc', createdAt: 'desc' } });
}
