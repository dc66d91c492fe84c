import { EntityManager } from '@mikro-orm/postgresql';
import { Config } from '../config';
import { developmentTrustAnchorsPem } from '../signature/development-ca';
import { parseTrustAnchors, TrustAnchors } from '../signature/trust-anchors';
import { ProviderEntity } from '../tenancy/provider.entity';
import { loadSealKeyring } from './seal/seal-config';
import { SealKeyring } from './seal/seal-keys';
import { loadSealCertificates } from './seal/seal-certificate-config';
import { SealCertificates } from './seal/seal-certificates';

/** What submission needs besides the database: whom to trust for signatures, and how to seal. */
export interface RegistryKeys {
  trustAnchors: TrustAnchors;
  /** JWS seal keys of receipts (published as provider.sealKeys). */
  sealKeys: SealKeyring;
  /** Key and certificate chain per provider, for PAdES seals on PDFs. */
  sealCertificates: SealCertificates;
}

/**
 * Loads them once at start-up, so a bad key file stops the service instead of a submission.
 * Outside production, without configuration, the development CA and seal keys under the data
 * folder are used (created on first start; `npm run sign` signs with the same CA).
 */
export async function loadRegistryKeys(config: Config, em: EntityManager, now: Date): Promise<RegistryKeys> {
  const trustAnchorsPem = config.signatures.trustAnchorsPem ?? await developmentTrustAnchorsPem(config.dataDir);
  const providers = await em.find(ProviderEntity, {}, { fields: ['slug', 'name', 'nif'] });
  const sealKeys = loadSealKeyring(
    { PROVIDER_SEAL_KEYS: config.signatures.sealKeysFile ?? undefined },
    { isProduction: config.isProduction, dataDir: config.dataDir, providerSlugs: providers.map((p) => p.slug) },
  );
  const sealCertificates = await loadSealCertificates(config, providers.map(({ slug, name, nif }) => ({ slug, name, nif })), now);
  return { trustAnchors: parseTrustAnchors(trustAnchorsPem), sealKeys, sealCertificates };
}
