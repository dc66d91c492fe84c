import { ConfigError } from '../../config-error';
import { loadOrCreateDevelopmentSealKeys } from './development-seal-keys';
import { loadSealKeyFile } from './seal-key-file';
import type { SealKeyring } from './seal-keyring';

export interface SealConfigOptions {
  isProduction: boolean;
  dataDir: string;
  /** Providers that get a development key when PROVIDER_SEAL_KEYS is unset outside production. */
  providerSlugs: string[];
}

/**
 * PROVIDER_SEAL_KEYS names the seal key file. Unset, development and test get per-provider keys
 * under `<dataDir>/seal/`; production refuses to start, because receipts sealed with a key made
 * on the spot could not be verified after a redeploy.
 */
export function loadSealKeyring(env: Record<string, string | undefined>, options: SealConfigOptions): SealKeyring {
  const file = env.PROVIDER_SEAL_KEYS?.trim();
  if (!file) {
    if (options.isProduction) throw new ConfigError('PROVIDER_SEAL_KEYS', 'must name the seal key file in production (a JSON object: provider slug → list of private JWKs)');
    return loadOrCreateDevelopmentSealKeys(options.dataDir, options.providerSlugs);
  }
  try {
    return loadSealKeyFile(file);
  } catch (error) {
    throw new ConfigError('PROVIDER_SEAL_KEYS', `is unusable: ${(error as Error).message}`);
  }
}
