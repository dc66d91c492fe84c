import { EntityManager } from '@mikro-orm/postgresql';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { RequestContext } from '../graphql/context';
import { forbidden, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { mayActFor } from '../identity/representation.service';
import { ApplicationEntity } from './application.entity';
import { canReviewApplications, reviewersSee } from './application.policy';
import { withoutTenantFilter } from '../database/tenant-filter';

/** What an application's readers and writers need loaded. */
export const APPLICATION_POPULATE = [
  'provider', 'resource', 'localEntity', 'acceptances.documentVersion', 'attachments.file',
] as const;

/**
 * Who sees an application: people who may act for its entity (always), and the provider's
 * reviewers and admins once it is submitted. Everyone else gets "not found", so ids reveal nothing.
 * The resource is read without the editorial tenant filter: applicants are not the provider's staff.
 */
export async function findReadableApplication(context: RequestContext, globalId: string, options: { refresh?: boolean } = {}): Promise<ApplicationEntity | null> {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== 'Application' || !context.identity.actor) return null;
  const application = await context.em.findOne(ApplicationEntity, { id: decoded.id }, { populate: APPLICATION_POPULATE, refresh: options.refresh, ...withoutTenantFilter('applicants read their application and its fitxa across providers; access is checked below') });
  if (!application) return null;
  if (await mayActFor(context, application.localEntity.id)) return application;
  return canReviewApplications(context.identity.actor, application.provider.slug) && reviewersSee(application) ? application : null;
}

/**
 * Loads an application to change it, inside the caller's transaction, with its row locked so
 * concurrent steps apply one after the other. Only people who may act for the entity change it;
 * a reviewer who may read it is told FORBIDDEN, anyone else NOT_FOUND.
 */
export async function loadApplicationForApplicant(context: RequestContext, em: EntityManager, globalId: string): Promise<ApplicationEntity> {
  // Every query on the transaction's connection: a second connection per request would let
  // concurrent requests exhaust the pool while each holds one.
  const scoped = { ...context, em };
  const refresh = await lockApplicationRow(em, globalId);
  const application = await findReadableApplication(scoped, globalId, { refresh });
  if (!application) throw notFound(['input', 'applicationId']);
  if (!(await mayActFor(scoped, application.localEntity.id))) throw forbidden(['input', 'applicationId']);
  return application;
}

/**
 * Locks the application's row, and only it, before it is read: the read that follows sees what
 * the previous holder committed. Answers whether that read must refresh a copy this request's
 * entity manager already holds (read before the lock); without one, a plain read is fresh and
 * saves the refresh's extra statements. Locking through `findOne` with a lock mode and
 * `populate` also locked the rows of its provider, fitxa and entity (MikroORM locks every
 * relation it loads), so every applicant of a provider waited for the others' steps; and it read
 * the application twice (once to check access, once locked). A caller who may not read the
 * application holds the lock only until its transaction ends with the refusal.
 */
async function lockApplicationRow(em: EntityManager, globalId: string): Promise<boolean> {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== 'Application') return false;
  await em.execute('select id from application where id = ? for update', [decoded.id]);
  return em.getUnitOfWork().getById(ApplicationEntity.name, decoded.id) !== undefined;
}

/** The published fitxa an application is made against; null once it was withdrawn from the catalogue. */
export async function publishedSnapshotOf(em: EntityManager, resourceId: string): Promise<ResourceSnapshot | null> {
  const rows = await em.getConnection().execute<{ snapshot: ResourceSnapshot }[]>(
    'select snapshot from published_resource where resource_id = ?', [resourceId], 'all', em.getTransactionContext(),
  );
  return rows[0]?.snapshot ?? null;
}

/**
 * Loads an application for an act of the provider's staff (a revocation, a resolution), inside
 * the caller's transaction, with its row locked. Only the provider's reviewers and admins act on
 * it; a person who reads it because they act for its entity is told FORBIDDEN, anyone else NOT_FOUND.
 */
export async function loadApplicationForReviewer(context: RequestContext, em: EntityManager, globalId: string): Promise<ApplicationEntity> {
  const scoped = { ...context, em };
  const refresh = await lockApplicationRow(em, globalId);
  const application = await findReadableApplication(scoped, globalId, { refresh });
  if (!application) throw notFound(['input', 'applicationId']);
  if (!canReviewApplications(context.identity.actor, application.provider.slug) || !reviewersSee(application)) throw forbidden(['input', 'applicationId']);
  return application;
}
