import { Actor } from '../identity/actor';
import { canAdministerProvider } from '../tenancy/tenancy.policy';

/** The general calendar (Spain's and Catalonia's holidays, the same for every diputació): the admin of any provider. */
export const canSetGeneralHolidays = (actor: Actor | null): boolean => actor?.roles.some((grant) => grant.role === 'admin') ?? false;

/** A municipality's local holidays: the admins of the provider whose territory contains it. */
export const canSetMunicipalHolidays = (actor: Actor | null, territoryProviderSlug: string): boolean => canAdministerProvider(actor, territoryProviderSlug);

/** The yearly list of local holidays: any admin; each writes only the municipalities of its own territory. */
export const canImportLocalHolidays = (actor: Actor | null): boolean => canSetGeneralHolidays(actor);
