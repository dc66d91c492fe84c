import { Actor } from '../identity/actor';
import { canAdministerProvider } from '../tenancy/tenancy.policy';

/**
 * A provider's webhook subscriptions and their delivery log: its admins. A subscription receives
 * events of that provider only, so managing one reveals nothing an admin of the provider cannot read.
 */
export const canManageWebhooks = (actor: Actor | null, providerSlug: string): boolean => canAdministerProvider(actor, providerSlug);
