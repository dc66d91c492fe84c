import { Actor, hasRole } from '../identity/actor';

/**
 * Who may change local entities. Entities are public reference data, read by anyone; their official
 * identifiers (NIF, DIR3) are loaded by the admins of the diputació whose territory holds them.
 */
export function canImportLocalEntityIdentifiers(actor: Actor | null, providerSlug: string): boolean {
  return hasRole(actor, 'admin', providerSlug);
}
