import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ResourceSnapshot } from '../catalogue/resource-snapshot';
import { RequestContext } from '../graphql/context';
import { forbidden, notFound } from '../errors/domain-error';
import { fromGlobalId } from '../graphql/global-id';
import { Actor } from '../identity/actor';
import { mayActFor } from '../identity/representation.service';
import { ApplicationEntity } from './application.entity';

/** What an application's readers and writers need loaded. */
export const APPLICATION_POPULATE = [
  'provider', 'resource', 'localEntity', 'acceptances.documentVersion', 'attachments.file',
] as const;

/**
 * The provider's reviewers and admins see an application once it was submitted (also after it is
 * withdrawn: the registry entry stays). A draft, and a draft given up before submission, is the
 * applicant's alone. One rule: `REVIEWERS_SEE_SQL` is its form for the list and file queries.
 */
export const reviewersSee = (application: Pick<ApplicationEntity, 'submittedAt'>): boolean => application.submittedAt != null;
export const REVIEWERS_SEE_SQL = (alias: string) => `${alias}.submitted_at is not null`;

/** Slugs of the providers whose submitted applications the caller reviews (reviewer or admin). */
export function reviewedProviderSlugs(actor: Actor | null): string[] {
  return [...new Set((actor?.roles ?? []).filter((grant) => grant.role === 'reviewer' || grant.role === 'admin').map((grant) => grant.provider))];
}

/**
 * Who sees an application: people who may act for its entity (always), and the provider's
 * reviewers and admins once it is submitted. Everyone else gets "not found", so ids reveal nothing.
 * The resource is read without the editorial tenant filter: applicants are not the provider's staff.
 */
export async function findReadableApplication(context: RequestContext, globalId: string): Promise<ApplicationEntity | null> {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== 'Application' || !context.identity.actor) return null;
  const application = await context.em.findOne(ApplicationEntity, { id: decoded.id }, { populate: APPLICATION_POPULATE, filters: false });
  if (!application) return null;
  if (await mayActFor(context, application.localEntity.id)) return application;
  const reviewer = reviewedProviderSlugs(context.identity.actor).includes(application.provider.slug);
  return reviewer && reviewersSee(application) ? application : null;
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
  const readable = await findReadableApplication(scoped, globalId);
  if (!readable) throw notFound(['input', 'applicationId']);
  if (!(await mayActFor(scoped, readable.localEntity.id))) throw forbidden(['input', 'applicationId']);
  const application = await em.findOne(ApplicationEntity, { id: readable.id }, {
    populate: APPLICATION_POPULATE, filters: false, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true,
  });
  if (!application) throw notFound(['input', 'applicationId']);
  return application;
}

/** The published fitxa an application is made against; null once it was withdrawn from the catalogue. */
export async function publishedSnapshotOf(em: EntityManager, resourceId: string): Promise<ResourceSnapshot | null> {
  const rows = await em.getConnection().execute<{ snapshot: ResourceSnapshot }[]>(
    'select snapshot from published_resource where resource_id = ?', [resourceId], 'all', em.getTransactionContext(),
  );
  return rows[0]?.snapshot ?? null;
}
