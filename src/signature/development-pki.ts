import { webcrypto } from 'node:crypto';
import { loadJose } from '../identity/jose';
import { AllowedAlgorithm } from './compact-jws';
import { OID } from './signer-identity';
import { CryptoKey, x509 } from './x509';

/**
 * Certificates shaped like the Catalan/Spanish ones (see NOTES.md, "Identity and signatures"),
 * for tests and local development only: ECDSA P-256 keys, no revocation information.
 */

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING_ALGORITHM = { ...KEY_ALGORITHM, hash: 'SHA-256' } as const;

export interface CertificateAuthority {
  readonly certificate: x509.X509Certificate;
  readonly privateKey: CryptoKey;
  /** Intermediate certificates from this CA up to, not including, the root: what follows a leaf in x5c. */
  readonly intermediates: readonly x509.X509Certificate[];
}

export interface CertificateAuthorityOptions {
  name: string;
  notBefore: Date;
  notAfter: Date;
  /** Makes an intermediate CA; without it the CA is a self-signed root. */
  issuer?: CertificateAuthority;
  /** false writes basicConstraints cA=false: only to prove that such a chain is refused. */
  markAsCa?: boolean;
}

export interface SignerOptions {
  nif: string;
  /** The holder's full name, as it appears before " - <NIF>" in the CN. */
  name: string;
  /** A representative certificate for this entity (organizationIdentifier VATES-<NIF>). */
  represents?: { nif: string; name: string };
  /** A public-employee certificate: the employing entity's NIF in OID 2.16.724.1.3.5.7.1.3 (subject attribute). */
  publicEmployeeOf?: string;
  notBefore: Date;
  notAfter: Date;
}

export interface SignerCredentials {
  readonly certificate: x509.X509Certificate;
  readonly privateKey: CryptoKey;
  /** Leaf first, then the intermediates: the x5c order. */
  readonly chain: readonly x509.X509Certificate[];
}

export function generateSigningKeys(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

export function importSigningKey(pkcs8Der: Uint8Array): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', pkcs8Der, KEY_ALGORITHM, true, ['sign']);
}

export async function privateKeyToPem(privateKey: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', privateKey), 'PRIVATE KEY');
}

async function identifierExtensions(publicKey: CryptoKey, issuer?: x509.X509Certificate): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [await x509.SubjectKeyIdentifierExtension.create(publicKey)];
  if (issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.publicKey));
  return extensions;
}

export async function createCertificateAuthority(options: CertificateAuthorityOptions): Promise<CertificateAuthority> {
  const keys = await generateSigningKeys();
  const subject: x509.JsonName = [{ CN: [options.name] }, { O: ['Catàleg de recursos (desenvolupament)'] }, { C: ['ES'] }];
  const common = {
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(options.markAsCa ?? true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ...(await identifierExtensions(keys.publicKey, options.issuer?.certificate)),
    ],
  };
  if (!options.issuer) {
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({ ...common, name: subject, keys });
    return { certificate, privateKey: keys.privateKey, intermediates: [] };
  }
  const certificate = await x509.X509CertificateGenerator.create({
    ...common, subject, issuer: options.issuer.certificate.subjectName, publicKey: keys.publicKey, signingKey: options.issuer.privateKey,
  });
  return { certificate, privateKey: keys.privateKey, intermediates: [certificate, ...options.issuer.intermediates] };
}

/** The subject a Catalan qualified certificate would carry for these options. */
export function signerSubject(options: Pick<SignerOptions, 'nif' | 'name' | 'represents' | 'publicEmployeeOf'>): x509.JsonName {
  const nif = options.nif.trim().toUpperCase();
  const represented = options.represents?.nif.trim().toUpperCase();
  const commonName = represented ? `${options.name} - ${nif} (R: ${represented})` : `${options.name} - ${nif}`;
  return [
    { [OID.commonName]: [commonName] },
    { [OID.serialNumber]: [`IDCES-${nif}`] },
    ...(options.represents ? [{ O: [options.represents.name] }, { [OID.organizationIdentifier]: [`VATES-${represented}`] }] : []),
    ...(options.publicEmployeeOf ? [{ [OID.publicEmployeeEntityNif[0]]: [options.publicEmployeeOf.trim().toUpperCase()] }] : []),
    { C: ['ES'] },
  ];
}

export async function issueSignerCertificate(ca: CertificateAuthority, options: SignerOptions): Promise<SignerCredentials> {
  return issueEndEntityCertificate(ca, signerSubject(options), options);
}

export interface SealCertificateOptions {
  /** The organisation that seals (a provider's name), CN and O of the certificate. */
  name: string;
  /** Its NIF, as organizationIdentifier VATES-<NIF>, the way Spanish electronic seal certificates name it. */
  nif: string;
  notBefore: Date;
  notAfter: Date;
}

/** The subject of an electronic seal certificate (segell electrònic) for an organisation. */
export function sealSubject(options: Pick<SealCertificateOptions, 'name' | 'nif'>): x509.JsonName {
  return [
    { [OID.commonName]: [options.name] },
    { O: [options.name] },
    { [OID.organizationIdentifier]: [`VATES-${options.nif.trim().toUpperCase()}`] },
    { C: ['ES'] },
  ];
}

/** An organisation's seal certificate from this CA: what a provider seals its PDFs with outside production. */
export async function issueSealCertificate(ca: CertificateAuthority, options: SealCertificateOptions): Promise<SignerCredentials> {
  return issueEndEntityCertificate(ca, sealSubject(options), options);
}

/** A signing (not CA) certificate with its own new key, issued by `ca`: people's and seals' alike. */
async function issueEndEntityCertificate(
  ca: CertificateAuthority, subject: x509.JsonName, validity: { notBefore: Date; notAfter: Date },
): Promise<SignerCredentials> {
  const keys = await generateSigningKeys();
  const certificate = await x509.X509CertificateGenerator.create({
    subject: subject,
    issuer: ca.certificate.subjectName,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      ...(await identifierExtensions(keys.publicKey, ca.certificate)),
    ],
  });
  return { certificate, privateKey: keys.privateKey, chain: [certificate, ...ca.intermediates] };
}

export interface SignPayloadOptions {
  /** Signed byte for byte (UTF-8), normally the application's canonical JSON. */
  payload: string;
  /** Leaf first; becomes the x5c header. */
  certificateChain: readonly x509.X509Certificate[];
  privateKey: CryptoKey;
  /** ES256 for the P-256 keys made here. */
  algorithm?: AllowedAlgorithm;
}

/** What an applicant's signing tool returns: a compact JWS over the payload with x5c. */
export async function signPayload(options: SignPayloadOptions): Promise<string> {
  const { CompactSign } = await loadJose();
  const x5c = options.certificateChain.map((certificate) => Buffer.from(certificate.rawData).toString('base64'));
  return new CompactSign(new TextEncoder().encode(options.payload))
    .setProtectedHeader({ alg: options.algorithm ?? 'ES256', x5c })
    .sign(options.privateKey);
}
