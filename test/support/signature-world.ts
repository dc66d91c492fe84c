import { canonicalJson } from '../../src/signature/canonical-json';
import {
  CertificateAuthority, createCertificateAuthority, issueSignerCertificate, SignerCredentials, SignerOptions,
} from '../../src/signature/development-pki';
import { parseTrustAnchors, TrustAnchors } from '../../src/signature/trust-anchors';

/** The people, entities and validity the signature tests (JWS and CAdES alike) sign with. */
export const VALID = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };
export const MARIA = { nif: '12345678Z', name: 'Maria Puig Soler' };
export const LLEIDA = { nif: 'P2512000A', name: 'Ajuntament de Lleida' };
export const TARREGA = 'P2521700F';

export interface SignatureWorld {
  root: CertificateAuthority;
  intermediate: CertificateAuthority;
  anchors: TrustAnchors;
  /** The canonical bytes every test signs unless it says otherwise. */
  payload: string;
}

/** A root CA the verifier trusts, an issuing CA under it, and the payload to sign. */
export async function createSignatureWorld(): Promise<SignatureWorld> {
  const root = await createCertificateAuthority({ name: 'Test Root CA', ...VALID });
  const intermediate = await createCertificateAuthority({ name: 'Test Issuing CA', ...VALID, issuer: root });
  const anchors = parseTrustAnchors(root.certificate.toString('pem'));
  const payload = await canonicalJson({ fitxa: 111219, entitat: LLEIDA.nif, import: 1500.5, descripció: 'Suport tècnic' });
  return { root, intermediate, anchors, payload };
}

/** Maria's certificate from `ca`, valid throughout the tests unless `options` say otherwise. */
export const issueSignerFor = (ca: CertificateAuthority, options: Partial<SignerOptions> = {}): Promise<SignerCredentials> =>
  issueSignerCertificate(ca, { ...MARIA, ...VALID, ...options });
