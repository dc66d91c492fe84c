import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeOnce } from '../write-once';
import {
  CertificateAuthority, createCertificateAuthority, importSigningKey, issueSignerCertificate, privateKeyToPem, SignerCredentials, SignerOptions, signerSubject,
} from './development-pki';
import { CryptoKey, x509 } from './x509';

// The in-memory PKI (tests, and what the files below hold) lives in development-pki.ts.
export * from './development-pki';

/**
 * Development signing material under <dataDir>/signature/ (DATA_DIR is git-ignored):
 *   dev-ca-key.pem      0600  the CA's PKCS8 private key followed by its certificate; the one
 *                             source of truth, created atomically so concurrent starts agree
 *   dev-ca.pem          0644  the CA certificate alone: the trust anchor outside production
 *   signers/<id>.pem    0600  a signer's private key and certificate, reused by the sign command
 * Never used in production: the caller only trusts developmentTrustAnchorsPem() when NODE_ENV is not production.
 */
export function developmentCaPaths(dataDir: string) {
  const folder = path.join(dataDir, 'signature');
  return {
    folder,
    privateKeyPath: path.join(folder, 'dev-ca-key.pem'),
    certificatePath: path.join(folder, 'dev-ca.pem'),
    signersFolder: path.join(folder, 'signers'),
  };
}

export const DEVELOPMENT_CA_NAME = 'Catàleg de recursos - CA de desenvolupament';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Through a temporary file and rename(): replaces atomically, the last writer wins. */
export function writeReplacing(file: string, content: string, mode: number): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, content, { mode });
  fs.renameSync(temporary, file);
}

/** A private key and the certificate(s) that go with it, from one PEM file. */
export async function readKeyAndCertificates(file: string): Promise<{ privateKey: CryptoKey; certificates: x509.X509Certificate[] }> {
  const blocks = x509.PemConverter.decodeWithHeaders(fs.readFileSync(file, 'utf8'));
  const keyBlock = blocks.find((block) => block.type === 'PRIVATE KEY');
  const certificates = blocks.filter((block) => block.type === 'CERTIFICATE').map((block) => new x509.X509Certificate(block.rawData));
  if (!keyBlock || certificates.length === 0) throw new Error(`${file} lacks a PRIVATE KEY or CERTIFICATE block; delete it to create a new one`);
  return { privateKey: await importSigningKey(new Uint8Array(keyBlock.rawData)), certificates };
}

export type DevelopmentCertificateAuthority = CertificateAuthority & { created: boolean; certificatePath: string; privateKeyPath: string };

/** Loads the development CA, creating it (valid ten years) the first time. */
export async function loadOrCreateDevelopmentCa(dataDir: string): Promise<DevelopmentCertificateAuthority> {
  const { folder, privateKeyPath, certificatePath } = developmentCaPaths(dataDir);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  let created = false;
  if (!fs.existsSync(privateKeyPath)) {
    const now = Date.now();
    const ca = await createCertificateAuthority({ name: DEVELOPMENT_CA_NAME, notBefore: new Date(now - DAY_MS), notAfter: new Date(now + 3650 * DAY_MS) });
    created = writeOnce(privateKeyPath, `${await privateKeyToPem(ca.privateKey)}\n${ca.certificate.toString('pem')}\n`, 0o600);
  }
  const { privateKey, certificates: [certificate] } = await readKeyAndCertificates(privateKeyPath);
  const certificatePem = `${certificate.toString('pem')}\n`;
  if (!fs.existsSync(certificatePath) || fs.readFileSync(certificatePath, 'utf8') !== certificatePem) {
    writeReplacing(certificatePath, certificatePem, 0o644);
  }
  return { certificate, privateKey, intermediates: [], created, certificatePath, privateKeyPath };
}

/** The development CA certificate as a PEM bundle for parseTrustAnchors (creates the CA if needed). */
export async function developmentTrustAnchorsPem(dataDir: string): Promise<string> {
  return (await loadOrCreateDevelopmentCa(dataDir)).certificate.toString('pem');
}

export type DevelopmentSignerOptions = Omit<SignerOptions, 'notBefore' | 'notAfter'>;

function signerFileName(options: DevelopmentSignerOptions): string {
  const safe = (nif: string) => nif.trim().toUpperCase().replace(/[^A-Z0-9]/g, '');
  const represents = options.represents ? `-R-${safe(options.represents.nif)}` : '';
  const employer = options.publicEmployeeOf ? `-E-${safe(options.publicEmployeeOf)}` : '';
  return `${safe(options.nif)}${represents}${employer}.pem`;
}

async function isReusable(stored: SignerCredentials, ca: CertificateAuthority, options: DevelopmentSignerOptions, now: Date): Promise<boolean> {
  const { certificate } = stored;
  // A day of margin so a JWS printed now still verifies when it is pasted a little later.
  return certificate.subject === new x509.Name(signerSubject(options)).toString()
    && certificate.notBefore <= now && certificate.notAfter.getTime() > now.getTime() + DAY_MS
    && certificate.issuer === ca.certificate.subject
    && (await certificate.verify({ publicKey: ca.certificate.publicKey, signatureOnly: true }));
}

/**
 * The signer certificate the sign command uses: the stored one while it still fits (same
 * subject, issued by the current CA, not about to expire), else a new one valid for a year.
 */
export async function loadOrIssueDevelopmentSigner(dataDir: string, options: DevelopmentSignerOptions, now = new Date()): Promise<SignerCredentials & { issued: boolean }> {
  const ca = await loadOrCreateDevelopmentCa(dataDir);
  const { signersFolder } = developmentCaPaths(dataDir);
  fs.mkdirSync(signersFolder, { recursive: true, mode: 0o700 });
  const file = path.join(signersFolder, signerFileName(options));
  if (fs.existsSync(file)) {
    try {
      const { privateKey, certificates: [certificate] } = await readKeyAndCertificates(file);
      const stored = { certificate, privateKey, chain: [certificate] };
      if (await isReusable(stored, ca, options, now)) return { ...stored, issued: false };
    } catch {
      // Unreadable or from an older CA: replaced below, it is only development material.
    }
  }
  const notAfter = new Date(Math.min(now.getTime() + 365 * DAY_MS, ca.certificate.notAfter.getTime()));
  const signer = await issueSignerCertificate(ca, { ...options, notBefore: new Date(now.getTime() - 5 * 60 * 1000), notAfter });
  writeReplacing(file, `${await privateKeyToPem(signer.privateKey)}\n${signer.certificate.toString('pem')}\n`, 0o600);
  return { ...signer, issued: true };
}
