import { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCertificateDer } from '../../signature/certificate';
import {
  developmentCaPaths, issueSealCertificate, loadOrCreateDevelopmentCa, privateKeyToPem, readKeyAndCertificates, sealSubject, writeReplacing,
} from '../../signature/development-ca';
import { x509 } from '../../signature/x509';
import { isProviderSlug } from './provider-slug';
import { sealCertificateFrom, type SealCertificate } from './seal-certificate';
import { SealCertificates } from './seal-certificates';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SealingProvider {
  slug: string;
  name: string;
  nif: string;
}

export function developmentSealCertificatePath(dataDir: string, providerSlug: string): string {
  return path.join(developmentCaPaths(dataDir).folder, 'seals', `${providerSlug}.pem`);
}

/** Reuse a stored seal while it names the provider as it is now, comes from the current CA and has a month left. */
async function storedSeal(file: string, provider: SealingProvider, caCertificate: x509.X509Certificate, at: Date): Promise<{ privateKey: KeyObject; certificate: x509.X509Certificate } | null> {
  if (!fs.existsSync(file)) return null;
  try {
    const { privateKey, certificates: [certificate] } = await readKeyAndCertificates(file);
    const fits = certificate.subject === new x509.Name(sealSubject(provider)).toString()
      && certificate.issuer === caCertificate.subject
      && certificate.notBefore <= at && certificate.notAfter.getTime() > at.getTime() + 30 * DAY_MS
      && await certificate.verify({ publicKey: caCertificate.publicKey, signatureOnly: true });
    return fits ? { privateKey: KeyObject.from(privateKey), certificate } : null;
  } catch {
    // Unreadable or from an older CA: replaced by the caller, it is only development material.
    return null;
  }
}

/**
 * Outside production, each provider seals with a certificate from the development CA, kept under
 * `<dataDir>/signature/seals/<slug>.pem` (0600) and issued again when it no longer fits, so a
 * sealed PDF checks out against dev-ca.pem like an applicant's signature does.
 */
export async function loadOrIssueDevelopmentSealCertificates(dataDir: string, providers: readonly SealingProvider[], at: Date): Promise<SealCertificates> {
  const ca = await loadOrCreateDevelopmentCa(dataDir);
  const byProvider = new Map<string, SealCertificate>();
  for (const provider of providers) {
    // The slug becomes a file name: refuse anything that could leave the folder.
    if (!isProviderSlug(provider.slug)) throw new Error(`development seal certificates: ${JSON.stringify(provider.slug)} is not a provider slug`);
    const file = developmentSealCertificatePath(dataDir, provider.slug);
    let seal = await storedSeal(file, provider, ca.certificate, at);
    if (!seal) {
      const notAfter = new Date(Math.min(at.getTime() + 365 * DAY_MS, ca.certificate.notAfter.getTime()));
      const issued = await issueSealCertificate(ca, { ...provider, notBefore: new Date(at.getTime() - 5 * 60 * 1000), notAfter });
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      writeReplacing(file, `${await privateKeyToPem(issued.privateKey)}\n${issued.certificate.toString('pem')}\n`, 0o600);
      seal = { privateKey: KeyObject.from(issued.privateKey), certificate: issued.certificate };
    }
    const chain = [seal.certificate, ca.certificate].map((certificate) => parseCertificateDer(Buffer.from(certificate.rawData)));
    byProvider.set(provider.slug, sealCertificateFrom(seal.privateKey, chain, `development seal certificate ${file}`, at));
  }
  return new SealCertificates(byProvider, `development seal certificates in ${path.dirname(developmentSealCertificatePath(dataDir, 'x'))}`);
}
