import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let folder: string | undefined;

/**
 * The AUTH_* variables production requires: a throwaway P-256 public key in a temporary JWKS
 * file. The bench sends anonymous requests only, so no token is ever signed or checked.
 */
export function benchAuthEnv(): Record<string, string> {
  if (!folder) {
    folder = mkdtempSync(path.join(os.tmpdir(), 'cataleg-bench-'));
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', use: 'sig', alg: 'ES256' };
    writeFileSync(path.join(folder, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
  }
  return {
    AUTH_JWKS_FILE: path.join(folder, 'jwks.json'),
    AUTH_ISSUER: 'https://bench.invalid/issuer',
    AUTH_AUDIENCE: 'cataleg-bench',
  };
}

export function removeBenchAuthFiles(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
}
