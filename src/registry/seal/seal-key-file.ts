import fs from 'node:fs';
import path from 'node:path';
import { isProviderSlug } from './provider-slug';
import { parseSealJwk, type SealKey } from './seal-jwk';
import { SealKeyring } from './seal-keyring';

/**
 * Reads the file PROVIDER_SEAL_KEYS names: a JSON object mapping each provider slug to a non-empty
 * list of private JWKs, the first signing and the others kept published for older receipts.
 * Strict on purpose: every problem stops start-up with a message naming the file, provider and key,
 * rather than surfacing later as receipts nobody can verify.
 */
export function loadSealKeyFile(file: string): SealKeyring {
  const resolved = path.resolve(file);
  const label = `seal key file ${resolved}`;
  const fail = (problem: string): never => {
    throw new Error(`${label}: ${problem}`);
  };

  let text = '';
  try {
    text = fs.readFileSync(resolved, 'utf8');
  } catch (error) {
    fail(`could not be read (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail('must hold a JSON object mapping provider slugs to lists of private JWKs, e.g. {"diba": [{"kty": "EC", …}]}');
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length === 0) fail('names no provider');

  const keysByProvider = new Map<string, SealKey[]>();
  // Kids and keys must be unique across the whole file: a key shared by two providers would let a
  // receipt of one verify with the other's published set.
  const seenKids = new Map<string, string>();
  const seenKeys = new Map<string, string>();
  for (const [slug, list] of entries) {
    if (!isProviderSlug(slug)) fail(`${JSON.stringify(slug)} is not a provider slug (lower-case words joined by hyphens, e.g. "diputacio-lleida")`);
    if (!Array.isArray(list) || list.length === 0) fail(`provider "${slug}" must have a non-empty list of private JWKs (the first signs)`);
    const keys = (list as unknown[]).map((raw, index) => {
      const where = `provider "${slug}", key ${index}`;
      const key = parseSealJwk(raw, `${label}: ${where}`);
      const kidOwner = seenKids.get(key.kid);
      if (kidOwner) fail(`${where}: duplicate kid "${key.kid}" (already used by ${kidOwner})`);
      const keyOwner = seenKeys.get(key.thumbprint);
      if (keyOwner) fail(`${where}: the same key is already listed as ${keyOwner}`);
      seenKids.set(key.kid, where);
      seenKeys.set(key.thumbprint, where);
      return key;
    });
    keysByProvider.set(slug, keys);
  }
  return new SealKeyring(keysByProvider, label);
}
