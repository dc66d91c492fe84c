import { allowsDocumentSignatures, basicConstraints, isIssuedBy, isValidAt, ParsedCertificate } from './certificate';
import { TrustAnchors } from './trust-anchors';
import { failure, SignatureFailure } from './verification-result';

const untrusted = (message: string) => failure('CERTIFICATE_UNTRUSTED', message);

const describe = (certificate: ParsedCertificate) => `"${certificate.details.subject}"`;

/**
 * Walks from the leaf towards a trust anchor using only the certificates the applicant sent
 * (no fetching of intermediates: what was signed over must be self-contained) and returns the
 * path, anchor included, or why it does not lead to one.
 */
function buildTrustedPath(chain: readonly ParsedCertificate[], anchors: TrustAnchors): ParsedCertificate[] | SignatureFailure {
  const [leaf] = chain;
  if (basicConstraints(leaf).ca) return untrusted(`The signing certificate ${describe(leaf)} is a certification authority, not a person's certificate.`);
  if (!allowsDocumentSignatures(leaf)) return untrusted(`The signing certificate ${describe(leaf)} is not meant for signatures (key usage).`);
  const isAnchor = (certificate: ParsedCertificate) => anchors.certificates.some((anchor) => anchor.sha256Fingerprint === certificate.sha256Fingerprint);

  const path: ParsedCertificate[] = [];
  for (const [index, certificate] of chain.entries()) {
    path.push(certificate);
    // An applicant may include the root itself; reaching any configured anchor ends the walk.
    if (index > 0 && isAnchor(certificate)) return path;
    const issuer = chain[index + 1] ?? anchors.certificates.find((anchor) => isIssuedBy(certificate, anchor));
    if (!issuer) {
      const selfSigned = certificate.details.subject === certificate.details.issuer;
      return untrusted(selfSigned
        ? `The chain ends at ${describe(certificate)}, a self-signed certificate that is not a trusted authority.`
        : `The chain ends at ${describe(certificate)}, whose issuer "${certificate.details.issuer}" is not a trusted authority; include the intermediate certificates with the signature.`);
    }
    const constraints = basicConstraints(issuer);
    if (!constraints.ca) return untrusted(`${describe(issuer)} issued a certificate in the chain but is not a certification authority (basicConstraints).`);
    if (!isIssuedBy(certificate, issuer)) return untrusted(`${describe(certificate)} was not issued (or not signed) by ${describe(issuer)}, the next certificate in the chain.`);
    // Intermediates below this issuer, the leaf excluded.
    if (constraints.pathLength !== undefined && index > constraints.pathLength) {
      return untrusted(`${describe(issuer)} may not have ${index} intermediate certificates below it (pathLenConstraint ${constraints.pathLength}).`);
    }
    if (!chain[index + 1]) {
      path.push(issuer);
      return path;
    }
  }
  // Unreachable: the last certificate either reaches an anchor or fails above.
  return untrusted('The certificate chain does not lead to a trusted authority.');
}

function roleOf(index: number, length: number): string {
  if (index === 0) return 'The signing certificate';
  return index === length - 1 ? 'The trusted root certificate' : 'An intermediate certificate';
}

/**
 * Trust first, then dates: an unknown chain is the more fundamental problem, and dates of
 * certificates nobody vouches for mean nothing. The anchor's own dates count too, as in OpenSSL.
 */
export function checkCertificateChain(chain: readonly ParsedCertificate[], anchors: TrustAnchors, at: Date): SignatureFailure | null {
  const path = buildTrustedPath(chain, anchors);
  if (!Array.isArray(path)) return path;
  for (const [index, certificate] of path.entries()) {
    if (isValidAt(certificate, at)) continue;
    const { notBefore, notAfter } = certificate.details;
    const role = roleOf(index, path.length);
    return failure('CERTIFICATE_EXPIRED', at < notBefore
      ? `${role} ${describe(certificate)} is not valid until ${notBefore.toISOString()}.`
      : `${role} ${describe(certificate)} expired on ${notAfter.toISOString()}.`);
  }
  return null;
}
