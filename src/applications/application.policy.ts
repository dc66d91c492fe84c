import { Actor, hasRole } from '../identity/actor';
import type { ApplicationEntity } from './application.entity';

/** Review a provider's applications and record the staff facts its requirements depend on: its reviewers and admins. */
export const canReviewApplications = (actor: Actor | null, providerSlug: string): boolean =>
  hasRole(actor, 'reviewer', providerSlug) || hasRole(actor, 'admin', providerSlug);

/** Slugs of the providers whose submitted applications the caller reviews. */
export function reviewedProviderSlugs(actor: Actor | null): string[] {
  return [...new Set((actor?.roles ?? []).map((grant) => grant.provider))].filter((slug) => canReviewApplications(actor, slug));
}

/**
 * Which of its applications a provider's reviewers see: those submitted (also after they are
 * withdrawn: the registry entry stays). A draft, and a draft given up before submission, is the
 * applicant's alone. One rule in two forms, tested against each other: the predicate for one
 * loaded application, and `REVIEWERS_SEE_SQL`, the constraint the list and file queries add.
 */
export const reviewersSee = (application: Pick<ApplicationEntity, 'submittedAt'>): boolean => application.submittedAt != null;
export const REVIEWERS_SEE_SQL = (alias: string) => `${alias}.submitted_at is not null`;
