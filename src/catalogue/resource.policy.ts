import { Actor, hasRole, isEditorialStaff } from '../identity/actor';

/** Create, change, publish, unpublish, archive, schedule or delete a provider's fitxes. */
export const canEditResources = (actor: Actor | null, providerSlug: string): boolean => hasRole(actor, 'editor', providerSlug);

/** Read a provider's working drafts, previews, revisions and pending publication schedules: its editors and admins. */
export const canReadDrafts = (actor: Actor | null, providerSlug: string): boolean => isEditorialStaff(actor, providerSlug);
