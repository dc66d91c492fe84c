import { SignatureFormat } from './signature-format';

export type SignatureFailureCode =
  | 'SIGNATURE_INVALID'
  | 'PAYLOAD_CHANGED'
  | 'CERTIFICATE_UNTRUSTED'
  | 'CERTIFICATE_EXPIRED'
  | 'SIGNER_MISMATCH';

export type SignerCertificateType = 'INDIVIDUAL' | 'REPRESENTATIVE' | 'PUBLIC_EMPLOYEE';

/** Who signed, as the leaf certificate says; worth storing with the signed application. */
export interface SignatureSigner {
  /** Upper case, without the IDCES- prefix. */
  nif: string;
  name: string;
  certificateType: SignerCertificateType;
  /** The entity a representative or public-employee certificate acts for; null for an individual. */
  entityNif: string | null;
  /** Certificate serial number, lower-case hex. */
  serialNumber: string;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** Lower-case hex SHA-256 of the leaf certificate's DER. */
  sha256Fingerprint: string;
}

export interface SignatureFailure {
  ok: false;
  code: SignatureFailureCode;
  /** Plain words for the applicant; never a stack or library internals. */
  message: string;
}

export type SignatureVerification = { ok: true; format: SignatureFormat; signer: SignatureSigner } | SignatureFailure;

export const failure = (code: SignatureFailureCode, message: string): SignatureFailure => ({ ok: false, code, message });
