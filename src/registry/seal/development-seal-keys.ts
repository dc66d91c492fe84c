import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isProviderSlug } from './provider-slug';
import { jwkThumbprint, parseSealJwk, type SealKey } from './seal-jwk';
import { SealKeyring } from './seal-keyring';
import { writeOnce } from '../../write-once';

export const DEVELOPMENT_SEAL_KID_PREFIX = 'dev-seal-';

export function developmentSealKeyPath(dataDir: string, providerSlug: string): string {
  return path.join(dataDir, 'seal', `${providerSlug}.json`);
}

function createDevelopmentJwk(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x, y, d } = privateKey.export({ format: 'jwk' }) as { x: string; y: string; d: string };
  const jwk = { kty: 'EC', crv: 'P-256', x, y, d };
  return { ...jwk, kid: `${DEVELOPMENT_SEAL_KID_PREFIX}${jwkThumbprint(jwk)}`, alg: 'ES256', use: 'sig' };
}

function readDevelopmentKey(file: string): SealKey {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not a development seal key (${(error as Error).message}); delete it to create a new one`);
  }
  return parseSealJwk(raw, `development seal key ${file} (delete it to create a new one)`, DEVELOPMENT_SEAL_KID_PREFIX);
}

/**
 * One ES256 key per provider under `<dataDir>/seal/<slug>.json` (mode 0600), created the first
 * time and kept afterwards, so receipts sealed in earlier runs still verify. For use outside
 * production only: whoever wires configuration must not select it when NODE_ENV is production.
 */
export function loadOrCreateDevelopmentSealKeys(dataDir: string, providerSlugs: string[]): SealKeyring {
  const folder = path.join(dataDir, 'seal');
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const keysByProvider = new Map<string, SealKey[]>();
  for (const slug of new Set(providerSlugs)) {
    // The slug becomes a file name: refuse anything that could leave the folder.
    if (!isProviderSlug(slug)) throw new Error(`development seal keys: ${JSON.stringify(slug)} is not a provider slug`);
    const file = developmentSealKeyPath(dataDir, slug);
    if (!fs.existsSync(file)) writeOnce(file, `${JSON.stringify(createDevelopmentJwk(), null, 2)}\n`, 0o600);
    keysByProvider.set(slug, [readDevelopmentKey(file)]);
  }
  return new SealKeyring(keysByProvider, `development seal keys in ${folder}`);
}
