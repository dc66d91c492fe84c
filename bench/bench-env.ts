import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { providers } from '../seeds/data/providers';
import { createCertificateAuthority, issueSealCertificate, privateKeyToPem } from '../src/signature/development-pki';

let material: Promise<{ folder: string; env: Record<string, string> }> | undefined;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A P-256 private JWK, as `node:crypto` exports it. */
function privateJwk(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'jwk' }) as Record<string, string>;
}

async function create(): Promise<{ folder: string; env: Record<string, string> }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cataleg-bench-'));
  try {
    // Token verification: a public key nobody holds the private half of (the bench is anonymous).
    const { d: _unused, ...publicJwk } = privateJwk();
    writeFileSync(path.join(folder, 'jwks.json'), JSON.stringify({ keys: [{ ...publicJwk, kid: 'bench', use: 'sig', alg: 'ES256' }] }));

    // Signatures: a throwaway root CA (the bench submits nothing, but production will not start without one).
    const ca = await createCertificateAuthority({
      name: 'Catàleg de recursos - CA del benchmark', notBefore: new Date(Date.now() - DAY_MS), notAfter: new Date(Date.now() + 7 * DAY_MS),
    });
    writeFileSync(path.join(folder, 'trust-anchors.pem'), `${ca.certificate.toString('pem')}\n`);

    // Receipts: one seal key per seeded diputació, in the PROVIDER_SEAL_KEYS file format.
    const sealKeys = Object.fromEntries(providers.map((provider) => [provider.slug, [{ ...privateJwk(), kid: `bench-seal-${provider.slug}`, alg: 'ES256', use: 'sig' }]]));
    writeFileSync(path.join(folder, 'seal-keys.json'), JSON.stringify(sealKeys), { mode: 0o600 });

    // Sealed PDFs: a seal certificate per seeded diputació from the same CA, in the PROVIDER_SEAL_CERTIFICATES format.
    const sealCertificates: Record<string, { pem: string }> = {};
    for (const provider of providers) {
      const seal = await issueSealCertificate(ca, { name: provider.name, nif: provider.nif, notBefore: ca.certificate.notBefore, notAfter: ca.certificate.notAfter });
      writeFileSync(path.join(folder, `${provider.slug}-seal.pem`), `${await privateKeyToPem(seal.privateKey)}\n${seal.certificate.toString('pem')}\n`, { mode: 0o600 });
      sealCertificates[provider.slug] = { pem: `${provider.slug}-seal.pem` };
    }
    writeFileSync(path.join(folder, 'seal-certificates.json'), JSON.stringify(sealCertificates));

    // Anything the service would keep on disk (uploaded files) stays in the folder too.
    mkdirSync(path.join(folder, 'data'));
    return {
      folder,
      env: {
        AUTH_JWKS_FILE: path.join(folder, 'jwks.json'),
        AUTH_ISSUER: 'https://bench.invalid/issuer',
        AUTH_AUDIENCE: 'cataleg-bench',
        SIGNATURE_TRUST_ANCHORS: path.join(folder, 'trust-anchors.pem'),
        PROVIDER_SEAL_KEYS: path.join(folder, 'seal-keys.json'),
        PROVIDER_SEAL_CERTIFICATES: path.join(folder, 'seal-certificates.json'),
        DOWNLOAD_URL_SECRET: randomBytes(32).toString('base64url'),
        DATA_DIR: path.join(folder, 'data'),
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The secrets and key material the production configuration requires (src/config.ts), all
 * throwaway: generated once per run into a temporary folder that removeBenchMaterial() deletes.
 * CORS_ORIGINS stays unset (production then allows no browser origin; the bench is no browser).
 */
export async function benchProductionEnv(): Promise<Record<string, string>> {
  material ??= create();
  return (await material).env;
}

export async function removeBenchMaterial(): Promise<void> {
  const current = material;
  material = undefined;
  const folder = await current?.then((m) => m.folder, () => undefined);
  if (folder) rmSync(folder, { recursive: true, force: true });
}
