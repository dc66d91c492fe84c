import { createHash, X509Certificate as NodeCertificate } from 'node:crypto';
import { x509 } from './x509';

/**
 * One certificate read by both libraries: Node's (OpenSSL) for issuer checks and signature
 * verification, @peculiar/x509 for the attributes and extensions OpenSSL does not expose
 * (organizationIdentifier, the Spanish public-employee OIDs, basicConstraints as written).
 */
export interface ParsedCertificate {
  readonly der: Buffer;
  readonly node: NodeCertificate;
  readonly details: x509.X509Certificate;
  /** Lower-case hex SHA-256 of the DER, without separators. */
  readonly sha256Fingerprint: string;
}

/** Throws when the bytes are not a DER X.509 certificate both libraries can read. */
export function parseCertificateDer(der: Buffer): ParsedCertificate {
  const node = new NodeCertificate(der);
  const details = new x509.X509Certificate(der);
  return { der, node, details, sha256Fingerprint: createHash('sha256').update(der).digest('hex') };
}

/** Only basicConstraints cA=true counts: OpenSSL also treats v1 roots and bare keyCertSign as CAs. */
export function basicConstraints(certificate: ParsedCertificate): { ca: boolean; pathLength?: number } {
  const extension = certificate.details.getExtension(x509.BasicConstraintsExtension);
  return extension ? { ca: extension.ca, pathLength: extension.pathLength } : { ca: false };
}

/** A key usage extension, when present, must allow signing documents (either bit, as Spanish profiles differ). */
export function allowsDocumentSignatures(certificate: ParsedCertificate): boolean {
  const extension = certificate.details.getExtension(x509.KeyUsagesExtension);
  if (!extension) return true;
  return (extension.usages & (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation)) !== 0;
}

/** True when `issuer` names, and signed, `subject` (OpenSSL's name/key-identifier/keyUsage checks plus the signature). */
export function isIssuedBy(subject: ParsedCertificate, issuer: ParsedCertificate): boolean {
  try {
    return subject.node.checkIssued(issuer.node) && subject.node.verify(issuer.node.publicKey);
  } catch {
    // An unsupported or broken key or signature algorithm is simply not a valid issuance.
    return false;
  }
}

export function isValidAt(certificate: ParsedCertificate, at: Date): boolean {
  const time = at.getTime();
  return time >= certificate.details.notBefore.getTime() && time <= certificate.details.notAfter.getTime();
}
