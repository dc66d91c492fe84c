import { randomUUID } from 'node:crypto';
import { RequestContext } from '../graphql/context';
import { notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { ConnectionArguments, pageWindow } from '../graphql/pagination';
import { requireActor } from '../identity/representation.service';
import { FolderItemEntity } from './folder-item.entity';
import { findPublishedResourcesByIds } from './resource-catalogue.service';
import { ResourceEntity } from './resource.entity';

/** Only published fitxes can be kept; anything else answers "not found", like a missing one. */
async function publishedResourceId(context: RequestContext, globalId: string): Promise<string> {
  const decoded = fromGlobalId(globalId);
  const [snapshot] = decoded?.type === 'Resource' ? await findPublishedResourcesByIds(context, [decoded.id]) : [null];
  if (!snapshot) throw notFound(['input', 'resourceId']);
  return snapshot.id;
}

export async function addToFolder(context: RequestContext, resourceGlobalId: string): Promise<string> {
  const actor = requireActor(context);
  const resourceId = await publishedResourceId(context, resourceGlobalId);
  // Adding twice is a no-op: the unique (owner, resource) pair absorbs the repeat, even concurrently.
  await context.em.createQueryBuilder(FolderItemEntity)
    .insert({ id: randomUUID(), ownerSubject: actor.subject, resource: context.em.getReference(ResourceEntity, resourceId) })
    .onConflict(['owner_subject', 'resource_id']).ignore()
    .execute();
  return resourceId;
}

export async function removeFromFolder(context: RequestContext, resourceGlobalId: string): Promise<string> {
  requireActor(context);
  const decoded = fromGlobalId(resourceGlobalId);
  if (decoded?.type !== 'Resource') throw notFound(['input', 'resourceId']);
  // The owner filter limits the delete to the caller's own folder.
  await context.em.nativeDelete(FolderItemEntity, { resource: decoded.id });
  return decoded.id;
}

/** The caller's folder, newest first; fitxes unpublished since they were added are left out. */
export async function listFolder(context: RequestContext, page: ConnectionArguments) {
  const actor = requireActor(context);
  const query = () => context.em.createQueryBuilder(FolderItemEntity, 'f')
    .where({ ownerSubject: actor.subject })
    .andWhere('f.resource_id in (select resource_id from published_resource)');
  const total = await query().getCount();
  const window = pageWindow(page, total);
  const items = window.limit === 0 ? [] : await query()
    .orderBy({ createdAt: 'desc', id: 'asc' }).offset(window.offset).limit(window.limit).getResultList();
  const snapshots = await findPublishedResourcesByIds(context, items.map((item) => item.resource.id));
  return { snapshots: snapshots.filter((s) => s !== null), window, total };
}
