import { RequestIdentity } from '../identity/request-identity';

/**
 * Upload a file: staff of a provider (documents of fitxes), or someone who acts for a local entity
 * (attachments of applications). `actsForSomeEntity` covers people authorized by a representative,
 * which needs the database, so the route passes what it found.
 */
export const canUploadFiles = (identity: RequestIdentity, actsForSomeEntity: boolean): boolean =>
  identity.actor !== null && (identity.staffProviderIds.length > 0 || identity.representedEntityId !== null || actsForSomeEntity);
