import { RequestContext } from '../graphql/context';
import { UserError, userError } from '../errors/user-error';
import { UserErrorCode } from '../errors/user-error-code';
import { SignatureFormat } from '../signature/signature-format';
import { SignatureSigner, verifyApplicationSignature } from '../signature/signature-verifier';

export interface SignedActFacts {
  /** `input.signature` as sent: compact JWS with x5c or CAdES-BES (base64 DER), detached or attached. */
  signature: string;
  /** The act's canonical JSON (RFC 8785) as the service computes it now. */
  canonicalJson: string;
  applicantNif: string;
  /** NIF of the entity the application is made for; '' when it has none (only an individual certificate can then match). */
  entityNif: string;
  /** The registry instant: certificates must be valid then. */
  at: Date;
}

export type SignedActVerification = { ok: true; format: SignatureFormat; signer: SignatureSigner } | { ok: false; userError: UserError };

/**
 * Every act an applicant signs (submission, answer to corrections, withdrawal, allegations) goes
 * through here: the same trust anchors, formats, identity rules and error codes, reported on
 * `input.signature`.
 */
export async function verifySignedAct(context: RequestContext, facts: SignedActFacts): Promise<SignedActVerification> {
  const verification = await verifyApplicationSignature({
    signature: facts.signature, expectedPayload: facts.canonicalJson, trustAnchors: context.registryKeys.trustAnchors, at: facts.at,
    applicantNif: facts.applicantNif, entityNif: facts.entityNif,
  });
  if (!verification.ok) return { ok: false, userError: userError(UserErrorCode[verification.code], ['input', 'signature']) };
  return verification;
}
