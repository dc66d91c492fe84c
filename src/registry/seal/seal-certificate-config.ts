import { ConfigError } from '../../config-error';
import { loadOrIssueDevelopmentSealCertificates, type SealingProvider } from './development-seal-certificates';
import { loadSealCertificateFile } from './seal-certificate-file';
import type { SealCertificates } from './seal-certificates';

const VARIABLE = 'PROVIDER_SEAL_CERTIFICATES';

/**
 * The providers' PAdES seals. PROVIDER_SEAL_CERTIFICATES names their file; unset, development and
 * test get certificates from the development CA. In production the file is required and must
 * hold a seal for every provider in the database: a provider without one could register
 * applications but never hand out a receipt, resolution or copy that a reader accepts.
 */
export async function loadSealCertificates(
  config: { isProduction: boolean; dataDir: string; signatures: { sealCertificatesFile: string | null } },
  providers: readonly SealingProvider[], at: Date,
): Promise<SealCertificates> {
  const file = config.signatures.sealCertificatesFile;
  if (!file) {
    if (config.isProduction) throw new ConfigError(VARIABLE, 'must name the seal certificate file in production');
    return loadOrIssueDevelopmentSealCertificates(config.dataDir, providers, at);
  }
  let seals: SealCertificates;
  try {
    seals = await loadSealCertificateFile(file, at);
  } catch (error) {
    throw new ConfigError(VARIABLE, `is unusable: ${(error as Error).message}`);
  }
  const missing = providers.map((provider) => provider.slug).filter((slug) => !seals.providers().includes(slug));
  if (config.isProduction && missing.length > 0) {
    throw new ConfigError(VARIABLE, `has no seal for provider(s) ${missing.map((slug) => `"${slug}"`).join(', ')} (${seals.source})`);
  }
  return seals;
}
