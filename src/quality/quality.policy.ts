import { canReviewApplications } from '../applications/application.policy';
import { Actor, hasRole, STAFF_ROLES } from '../identity/actor';

/**
 * The cases behind a quality report (which applications missed a commitment, their registry
 * numbers): the provider's staff, editors, reviewers and admins. The figures themselves are
 * public (diputacions publish them every quarter), so anyone may read a report without them.
 */
export const canReadQualityBreaches = (actor: Actor | null, providerSlug: string): boolean =>
  STAFF_ROLES.some((role) => hasRole(actor, role, providerSlug));

/** Record the causes and measures of a missed commitment: the provider's reviewers and admins, who answer for its procedures. */
export const canRecordQualityAnalysis = (actor: Actor | null, providerSlug: string): boolean =>
  hasRole(actor, 'reviewer', providerSlug) || hasRole(actor, 'admin', providerSlug);

/**
 * A provider's delay tasks (applications past the fitxa's hard limit undecided) and the
 * communication of their causes: those who review its applications, its reviewers and admins. The
 * task is part of deciding the application, and its letter goes to the entity like a resolution.
 */
export const canHandleDecisionDelays = (actor: Actor | null, providerSlug: string): boolean => canReviewApplications(actor, providerSlug);
