import { basicConstraints, ParsedCertificate, parseCertificateDer } from './certificate';

/** The certificates a signature's chain must lead to (parsed once, at start-up). */
export interface TrustAnchors {
  readonly certificates: readonly ParsedCertificate[];
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Reads a PEM bundle (text between blocks, such as comments naming each root, is ignored).
 * Throws an Error saying what is wrong; the caller names the variable it came from.
 * Every certificate must be a CA (basicConstraints cA=true): the verifier would never accept a
 * chain through anything else, so a leaf pasted here is a configuration mistake.
 */
export function parseTrustAnchors(pem: string): TrustAnchors {
  // Environment variables often carry PEM with literal "\n" sequences instead of line breaks.
  const text = !pem.includes('\n') && pem.includes('\\n') ? pem.replace(/(?:\\r)?\\n/g, '\n') : pem;
  const blocks = [...text.matchAll(PEM_BLOCK)];
  const opened = text.match(/-----BEGIN /g)?.length ?? 0;
  if (opened === 0) throw new Error('no certificate found: expected PEM blocks starting with -----BEGIN CERTIFICATE-----');
  if (blocks.length !== opened) throw new Error('a PEM block has no matching -----END ...----- line');

  const certificates: ParsedCertificate[] = [];
  const seen = new Set<string>();
  blocks.forEach(([, label, body, endLabel], index) => {
    const position = `block ${index + 1}`;
    if (label !== endLabel) throw new Error(`${position} begins with ${label} but ends with ${endLabel}`);
    if (label !== 'CERTIFICATE') throw new Error(`${position} is a ${label}, not a CERTIFICATE; trust anchors are certificates only`);
    const base64 = body.replace(/\s+/g, '');
    if (!BASE64.test(base64) || base64.length % 4 !== 0) throw new Error(`${position} is not valid base64`);
    let certificate: ParsedCertificate;
    try {
      certificate = parseCertificateDer(Buffer.from(base64, 'base64'));
    } catch (error) {
      throw new Error(`${position} is not a readable X.509 certificate (${(error as Error).message})`);
    }
    if (!basicConstraints(certificate).ca) {
      throw new Error(`${position} (${certificate.details.subject}) is not a CA certificate (no basicConstraints cA=true)`);
    }
    if (!seen.has(certificate.sha256Fingerprint)) certificates.push(certificate);
    seen.add(certificate.sha256Fingerprint);
  });
  return { certificates };
}
