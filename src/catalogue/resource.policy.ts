import { Actor, hasRole, isEditorialStaff } from '../identity/actor';
import { RequestIdentity } from '../identity/request-identity';

/** Create, change, publish, unpublish, archive, schedule or delete a provider's fitxes. */
export const canEditResources = (actor: Actor | null, providerSlug: string): boolean => hasRole(actor, 'editor', providerSlug);

/** Read a provider's working drafts, previews and revisions: its editors and admins. */
export const canReadDrafts = (actor: Actor | null, providerSlug: string): boolean => isEditorialStaff(actor, providerSlug);

/**
 * Read a provider's condition documents before any publication showed them: any of its staff
 * (an identity's staff providers, by id, as the tenant filter has them).
 */
export const canReadUnpublishedDocuments = (identity: RequestIdentity, providerId: string): boolean =>
  identity.staffProviderIds.includes(providerId);
