import { createHash } from 'node:crypto';
import { openCadesSignature } from './cades-signature';
import { isValidAt } from './certificate';
import { checkCertificateChain } from './certificate-chain';
import { openJwsSignature } from './jws-signature';
import { OpenedSignature } from './opened-signature';
import { detectSignatureFormat, SignatureFormat } from './signature-format';
import { checkSigner, normalise, readCertificateHolder } from './signer-identity';
import { TrustAnchors } from './trust-anchors';
import { failure, SignatureFailure, SignatureVerification } from './verification-result';

export type { SignatureFailure, SignatureFailureCode, SignatureSigner, SignatureVerification, SignerCertificateType } from './verification-result';

export interface SignatureVerificationInput {
  /**
   * What the applicant sent: a compact JWS (payload = the canonical JSON, x5c = chain, leaf
   * first) or a CAdES-BES signature (CMS SignedData, base64 DER, detached or attached).
   */
  signature: string;
  /** The application's canonical JSON as the service computes it now. */
  expectedPayload: string;
  trustAnchors: TrustAnchors;
  /** When the certificates must be valid (normally now, from the service clock). */
  at: Date;
  applicantNif: string;
  entityNif: string;
}

/**
 * The one entry point for applicants' signatures, whatever the format. Checks, in this order:
 * the format and the signature with the signing certificate's key (SIGNATURE_INVALID), the chain
 * to a trust anchor (CERTIFICATE_UNTRUSTED), validity at `at` and at the declared signing time
 * (CERTIFICATE_EXPIRED), the holder against the applicant and entity (SIGNER_MISMATCH), and last
 * the document (PAYLOAD_CHANGED). The document comes last because a valid signature by the right
 * person over an older version of the application is the common, harmless case: the answer is
 * "sign again", which is only true once everything about the certificate is known to be right.
 *
 * Never throws for anything the applicant sent: every problem is a failure result.
 */
export async function verifyApplicationSignature(input: SignatureVerificationInput): Promise<SignatureVerification> {
  if (Number.isNaN(input.at.getTime())) throw new TypeError('verifyApplicationSignature: `at` is not a valid date');
  try {
    return await verify(input);
  } catch {
    // A library choking on a crafted certificate, header or ASN.1 is still the applicant's bad input.
    return failure('SIGNATURE_INVALID', 'The signature or its certificates could not be read.');
  }
}

async function open(signature: unknown): Promise<OpenedSignature | SignatureFailure> {
  if (typeof signature !== 'string') return failure('SIGNATURE_INVALID', 'The signature must be a compact JWS or a base64 CAdES signature.');
  const text = signature.trim();
  return detectSignatureFormat(text) === SignatureFormat.JWS ? openJwsSignature(text) : openCadesSignature(text);
}

async function verify(input: SignatureVerificationInput): Promise<SignatureVerification> {
  const opened = await open(input.signature);
  if ('ok' in opened) return opened;
  const [leaf] = opened.chain;

  const chainProblem = checkCertificateChain(opened.chain, input.trustAnchors, input.at);
  if (chainProblem) return chainProblem;
  // The declared time proves nothing by itself (the signer's clock), but one outside the
  // certificate's life means the tool or the certificate is not what it claims.
  if (opened.signingTime && !isValidAt(leaf, opened.signingTime)) {
    return failure('CERTIFICATE_EXPIRED', `The signature declares it was made on ${opened.signingTime.toISOString()}, outside the validity of the signing certificate (${leaf.details.notBefore.toISOString()} to ${leaf.details.notAfter.toISOString()}).`);
  }

  const holder = readCertificateHolder(leaf);
  const signerProblem = checkSigner(holder, input.applicantNif, input.entityNif);
  if (signerProblem) return signerProblem;

  const documentProblem = checkSignedDocument(opened.signed, Buffer.from(input.expectedPayload, 'utf8'));
  if (documentProblem) return documentProblem;

  const { details } = leaf;
  return {
    ok: true,
    format: opened.format,
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

const hex = (algorithm: string, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');

/** Byte for byte, or digest for digest when a detached CAdES carries only the digest. */
function checkSignedDocument(signed: OpenedSignature['signed'], expected: Buffer): SignatureFailure | null {
  // Hashes let the applicant and support tell which version was signed without echoing it.
  const current = `the current version of the application (SHA-256 ${hex('sha256', expected)}); fetch it again and sign that`;
  if ('content' in signed) {
    if (expected.equals(signed.content)) return null;
    return failure('PAYLOAD_CHANGED', `The signed document (SHA-256 ${hex('sha256', signed.content)}) is not ${current}.`);
  }
  const { algorithm, value } = signed.digest;
  if (createHash(algorithm).update(expected).digest().equals(value)) return null;
  return failure('PAYLOAD_CHANGED', `The signed document (${algorithm.toUpperCase()} ${value.toString('hex')}) is not ${current}.`);
}
