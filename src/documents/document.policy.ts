import { RequestIdentity } from '../identity/request-identity';

/**
 * Read a provider's condition documents before any publication showed them: any of its staff
 * (an identity's staff providers, by id, as the tenant filter has them).
 */
export const canReadUnpublishedDocuments = (identity: RequestIdentity, providerId: string): boolean =>
  identity.staffProviderIds.includes(providerId);
