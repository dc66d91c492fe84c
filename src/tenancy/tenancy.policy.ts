import { Actor, hasRole } from '../identity/actor';

/** A provider's taxonomy (areas, programmes, catalogues, units) and its local entities' data: its admins. */
export const canAdministerProvider = (actor: Actor | null, providerSlug: string): boolean => hasRole(actor, 'admin', providerSlug);
