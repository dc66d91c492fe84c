import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config-error';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from './development-keys';

export const SUPPORTED_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'] as const;
export type TokenAlgorithm = (typeof SUPPORTED_ALGORITHMS)[number];

/** Where the keys that sign tokens come from. */
export type KeySource =
  | { kind: 'remote'; url: URL; timeoutMs: number; cooldownMs: number; cacheMaxAgeMs: number }
  | { kind: 'file'; path: string; jwks: { keys: Record<string, unknown>[] } }
  /** Outside production only: a key pair created under `<dataDir>/auth/`. */
  | { kind: 'development'; dataDir: string };

export interface IdentityConfig {
  keys: KeySource;
  issuer: string;
  audience: string;
  algorithms: TokenAlgorithm[];
  clockToleranceSeconds: number;
}

type Env = Record<string, string | undefined>;

const present = (env: Env, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
};

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function readJwksUrl(env: Env): URL | undefined {
  const raw = present(env, 'AUTH_JWKS_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('AUTH_JWKS_URL', `is not a valid URL: "${raw}"`);
  }
  // Keys fetched over plain HTTP could be swapped by anyone on the path; only a local provider may use it.
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return url;
  throw new ConfigError('AUTH_JWKS_URL', `must use https (http only for localhost), got "${raw}"`);
}

const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

function readJwksFile(env: Env): { path: string; jwks: { keys: Record<string, unknown>[] } } | undefined {
  const raw = present(env, 'AUTH_JWKS_FILE');
  if (raw === undefined) return undefined;
  const file = path.resolve(raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError('AUTH_JWKS_FILE', `could not be read as JSON (${file}): ${(error as Error).message}`);
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new ConfigError('AUTH_JWKS_FILE', `must hold a JSON Web Key Set with a non-empty "keys" list (${file})`);
  keys.forEach((key: unknown, index) => {
    const jwk = key as Record<string, unknown> | null;
    if (typeof jwk !== 'object' || jwk === null || !['EC', 'RSA', 'OKP'].includes(String(jwk.kty))) {
      throw new ConfigError('AUTH_JWKS_FILE', `key ${index} must be an EC, RSA or OKP public key (${file})`);
    }
    // A private or symmetric key in a trust list means a secret has leaked into configuration.
    const leaked = PRIVATE_JWK_MEMBERS.filter((member) => member in jwk);
    if (leaked.length > 0) throw new ConfigError('AUTH_JWKS_FILE', `key ${index} holds private members (${leaked.join(', ')}); publish public keys only (${file})`);
  });
  return { path: file, jwks: { keys: keys as Record<string, unknown>[] } };
}

function readAlgorithms(env: Env): TokenAlgorithm[] {
  const raw = present(env, 'AUTH_ALGORITHMS');
  if (raw === undefined) return [...SUPPORTED_ALGORITHMS];
  const names = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  for (const name of names) {
    if (name.toLowerCase() === 'none' || /^HS\d+$/i.test(name)) {
      // "none" accepts unsigned tokens; HMAC with a published key lets anyone forge tokens.
      throw new ConfigError('AUTH_ALGORITHMS', `must not include ${name}: only asymmetric algorithms (${SUPPORTED_ALGORITHMS.join(', ')}) are accepted`);
    }
    if (!(SUPPORTED_ALGORITHMS as readonly string[]).includes(name)) {
      throw new ConfigError('AUTH_ALGORITHMS', `must be a list drawn from ${SUPPORTED_ALGORITHMS.join(', ')}, got "${name}"`);
    }
  }
  if (names.length === 0) throw new ConfigError('AUTH_ALGORITHMS', 'must name at least one algorithm');
  return names as TokenAlgorithm[];
}

function requireWhenKeysConfigured(env: Env, name: string): string {
  const value = present(env, name);
  if (value === undefined) throw new ConfigError(name, 'is required when AUTH_JWKS_URL or AUTH_JWKS_FILE is set');
  return value;
}

/**
 * Reads the AUTH_* variables. With AUTH_JWKS_URL or AUTH_JWKS_FILE, AUTH_ISSUER and AUTH_AUDIENCE
 * are required. With neither, production stops here and other environments fall back to a
 * development key pair under `<dataDir>/auth/` with development issuer and audience defaults.
 */
export function loadIdentityConfig(env: Env, options: { isProduction: boolean; dataDir: string }): IdentityConfig {
  const url = readJwksUrl(env);
  const file = readJwksFile(env);
  if (url && file) throw new ConfigError('AUTH_JWKS_FILE', 'cannot be set together with AUTH_JWKS_URL; choose one key source');
  const algorithms = readAlgorithms(env);
  const clockToleranceSeconds = readInteger(env, 'AUTH_CLOCK_TOLERANCE_SECONDS', 30, 0, 300);
  const timeoutMs = readInteger(env, 'AUTH_JWKS_TIMEOUT_MS', 5000, 100, 60000);
  const cooldownMs = readInteger(env, 'AUTH_JWKS_COOLDOWN_MS', 30000, 0, 3600000);
  const cacheMaxAgeMs = readInteger(env, 'AUTH_JWKS_CACHE_MAX_AGE_MS', 600000, 1000, 86400000);

  if (url || file) {
    return {
      keys: url ? { kind: 'remote', url, timeoutMs, cooldownMs, cacheMaxAgeMs } : { kind: 'file', ...file! },
      issuer: requireWhenKeysConfigured(env, 'AUTH_ISSUER'),
      audience: requireWhenKeysConfigured(env, 'AUTH_AUDIENCE'),
      algorithms,
      clockToleranceSeconds,
    };
  }
  if (options.isProduction) {
    throw new ConfigError('AUTH_JWKS_URL', 'is required in production (or AUTH_JWKS_FILE): without it no identity provider is trusted');
  }
  if (!algorithms.includes('ES256')) {
    throw new ConfigError('AUTH_ALGORITHMS', 'must include ES256 while the development key (ES256) is in use');
  }
  return {
    keys: { kind: 'development', dataDir: options.dataDir },
    issuer: present(env, 'AUTH_ISSUER') ?? DEVELOPMENT_ISSUER,
    audience: present(env, 'AUTH_AUDIENCE') ?? DEVELOPMENT_AUDIENCE,
    algorithms,
    clockToleranceSeconds,
  };
}
