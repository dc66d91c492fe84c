import { ParsedCertificate } from './certificate';
import { SignatureFormat } from './signature-format';

/** Digest algorithms accepted for what was signed; SHA-1 is not (collisions are practical). */
export type ContentDigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/**
 * A signature whose cryptography has been checked with the signing certificate's key: what
 * remains (trust, dates, identity, which document) is checked the same way for every format.
 */
export interface OpenedSignature {
  format: SignatureFormat;
  /** Signing certificate first, then its issuers as far as the signature carries them. */
  chain: ParsedCertificate[];
  /**
   * What the signature covers: the bytes themselves (JWS, attached CAdES) or, for a detached
   * CAdES, only their digest, which is compared with the digest of the expected bytes.
   */
  signed: { content: Uint8Array } | { digest: { algorithm: ContentDigestAlgorithm; value: Buffer } };
  /** The signing-time the signer's tool declared (CAdES); null when it declares none. */
  signingTime: Date | null;
}
