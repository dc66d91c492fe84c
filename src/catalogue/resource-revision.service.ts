import { RequestContext } from '../graphql/context';
import { Connection, ConnectionArguments, pageWindow, toConnection } from '../graphql/pagination';
import { ResourceRevisionEntity } from './resource-revision.entity';
import { canReadDrafts } from './resource.policy';

/** A page of a fitxa's revisions, newest first, for its provider's editors and admins; null for anyone else. */
export async function listRevisions(
  context: RequestContext, resourceId: string, providerSlug: string, page: ConnectionArguments,
): Promise<Connection<ResourceRevisionEntity> | null> {
  if (!canReadDrafts(context.identity.actor, providerSlug)) return null;
  const where = { resource: { id: resourceId } };
  const total = await context.em.count(ResourceRevisionEntity, where);
  const window = pageWindow(page, total);
  const rows = window.limit === 0 ? [] : await context.em.find(ResourceRevisionEntity, where, {
    orderBy: { version: 'desc', createdAt: 'desc', id: 'desc' }, offset: window.offset, limit: window.limit,
  });
  return toConnection(rows, window, total);
}
