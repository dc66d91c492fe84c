import { signPayloadCades } from '../../src/signature/development-cades';
import {
  CertificateAuthority, createCertificateAuthority, issueSignerCertificate, signPayload, SignerCredentials, SignerOptions,
} from '../../src/signature/development-pki';

/**
 * A certification authority for a test file, valid from 2020 to 2040 so that tests may set the
 * clock anywhere in between (the Barcelona window is in 2022–2023). The service trusts it through
 * SIGNATURE_TRUST_ANCHORS, as it would trust a real one.
 */
export interface TestPki {
  ca: CertificateAuthority;
  trustAnchorsPem: string;
  /** A signer's certificate from this CA; `validity` defaults to the CA's. */
  signer(options: Omit<SignerOptions, 'notBefore' | 'notAfter'> & { notBefore?: Date; notAfter?: Date }): Promise<SignerCredentials>;
  /** A compact JWS over `payload` with the signer's chain in x5c. */
  sign(payload: string, signer: SignerCredentials): Promise<string>;
  /** A CAdES-BES signature over `payload` (base64 DER), detached unless `attached`, as AutoFirma makes them. */
  signCades(payload: string, signer: SignerCredentials, options?: { attached?: boolean }): Promise<string>;
}

const FROM = new Date('2020-01-01T00:00:00Z');
const UNTIL = new Date('2040-01-01T00:00:00Z');

export async function createTestPki(name = 'Autoritat de certificació de proves'): Promise<TestPki> {
  const ca = await createCertificateAuthority({ name, notBefore: FROM, notAfter: UNTIL });
  return {
    ca,
    trustAnchorsPem: ca.certificate.toString('pem'),
    signer: (options) => issueSignerCertificate(ca, { notBefore: FROM, notAfter: UNTIL, ...options }),
    sign: (payload, signer) => signPayload({ payload, certificateChain: signer.chain, privateKey: signer.privateKey }),
    signCades: (payload, signer, options) => signPayloadCades({ payload, certificateChain: signer.chain, privateKey: signer.privateKey, ...options }),
  };
}
