import { Actor, isEditorialStaff } from '../identity/actor';

/** A provider's editorial history: its editors and admins. */
export const canReadAuditLog = (actor: Actor | null, providerSlug: string): boolean => isEditorialStaff(actor, providerSlug);
