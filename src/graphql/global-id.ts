/**
 * Opaque global IDs ("Resource:<uuid>" in base64url) so that `node(id)` can find any object and
 * clients never build IDs themselves.
 */
export type NodeTypeName =
  | 'Provider' | 'Catalogue' | 'Area' | 'Programme' | 'ProviderUnit' | 'LocalEntity' | 'Resource'
  | 'Requirement' | 'ResourceDocument' | 'ServiceOption' | 'ApplicationWindow' | 'QualityCommitment' | 'QualityAnalysis'
  | 'LegalReference' | 'ProcedureStep' | 'InterlocutorRole' | 'EntityAuthorization' | 'StoredFile' | 'ResourceRevision' | 'Application' | 'RequirementFulfilment' | 'Notification'
  | 'Revocation' | 'WebhookSubscription' | 'WebhookDelivery' | 'CorrectionRequest' | 'Hearing' | 'Resolution' | 'SealedCopy'
  | 'SurveyQuestion' | 'SurveyResponse' | 'DecisionDelay';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Returns null for anything that is not a well-formed global ID, so callers answer "not found". */
export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (!UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}
