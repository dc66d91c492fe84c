import { createHash } from 'node:crypto';
import { loadJose } from '../identity/jose';
import { checkCertificateChain } from './certificate-chain';
import { readJwsEnvelope } from './compact-jws';
import { checkSigner, normalise, readCertificateHolder } from './signer-identity';
import { TrustAnchors } from './trust-anchors';
import { failure, SignatureVerification } from './verification-result';

export type { SignatureFailure, SignatureFailureCode, SignatureSigner, SignatureVerification, SignerCertificateType } from './verification-result';

export interface SignatureVerificationInput {
  /** Compact JWS from the applicant: payload = the canonical JSON, x5c = chain, leaf first. */
  jws: string;
  /** The application's canonical JSON as the service computes it now. */
  expectedPayload: string;
  trustAnchors: TrustAnchors;
  /** When the certificates must be valid (normally now, from the service clock). */
  at: Date;
  applicantNif: string;
  entityNif: string;
}

/**
 * Checks, in this order: the JWS and its signature with the leaf's key (SIGNATURE_INVALID), the
 * chain to a trust anchor (CERTIFICATE_UNTRUSTED), validity at `at` (CERTIFICATE_EXPIRED), the
 * holder against the applicant and entity (SIGNER_MISMATCH), and last the payload
 * (PAYLOAD_CHANGED). The payload comes last because a valid signature by the right person over an
 * older version of the application is the common, harmless case: the answer is "sign again",
 * which is only true once everything about the certificate is known to be right.
 *
 * Never throws for anything the applicant sent: every problem is a failure result.
 */
export async function verifyApplicationSignature(input: SignatureVerificationInput): Promise<SignatureVerification> {
  if (Number.isNaN(input.at.getTime())) throw new TypeError('verifyApplicationSignature: `at` is not a valid date');
  try {
    return await verify(input);
  } catch {
    // A library choking on a crafted certificate or header is still the applicant's bad input.
    return failure('SIGNATURE_INVALID', 'The signature or its certificates could not be read.');
  }
}

async function verify(input: SignatureVerificationInput): Promise<SignatureVerification> {
  const envelope = readJwsEnvelope(input.jws);
  if ('ok' in envelope) return envelope;
  const [leaf] = envelope.chain;

  const jose = await loadJose();
  let payload: Uint8Array;
  try {
    // jose ignores x5c; the key is the leaf's, the algorithm the one header checks allowed.
    ({ payload } = await jose.compactVerify(envelope.compact, leaf.node.publicKey, { algorithms: [envelope.algorithm] }));
  } catch (error) {
    const mismatch = (error as { code?: unknown }).code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';
    return failure('SIGNATURE_INVALID', mismatch
      ? 'The signature does not verify with the public key of the signing certificate (first in x5c).'
      : `The signature cannot be verified with the signing certificate's key and algorithm ${envelope.algorithm}.`);
  }

  const chainProblem = checkCertificateChain(envelope.chain, input.trustAnchors, input.at);
  if (chainProblem) return chainProblem;

  const holder = readCertificateHolder(leaf);
  const signerProblem = checkSigner(holder, input.applicantNif, input.entityNif);
  if (signerProblem) return signerProblem;

  const expected = Buffer.from(input.expectedPayload, 'utf8');
  if (!expected.equals(payload)) {
    // Hashes let the applicant and support tell which version was signed without echoing it.
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    return failure('PAYLOAD_CHANGED', `The signed document (SHA-256 ${sha256(payload)}) is not the current version of the application (SHA-256 ${sha256(expected)}); fetch it again and sign that.`);
  }

  const { details } = leaf;
  return {
    ok: true,
    signer: {
      nif: normalise(input.applicantNif),
      name: holder.name,
      certificateType: holder.certificateType,
      entityNif: holder.entityNifs[0] ?? null,
      serialNumber: details.serialNumber.toLowerCase(),
      subject: details.subject,
      issuer: details.issuer,
      notBefore: details.notBefore,
      notAfter: details.notAfter,
      sha256Fingerprint: leaf.sha256Fingerprint,
    },
  };
}
