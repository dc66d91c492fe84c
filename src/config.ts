import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ConfigError } from './config-error';
import { IdentityConfig, loadIdentityConfig } from './identity/identity-config';
import { parseTrustAnchors } from './signature/trust-anchors';

/**
 * Every environment variable the service reads, parsed and validated once at start-up.
 * A bad value stops the process with a message that names the variable, instead of failing
 * later in a request.
 */
export interface Config {
  nodeEnv: 'production' | 'development' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  /**
   * TRUST_PROXY: which proxies' X-Forwarded-For Express believes when it tells a client's address
   * (the key of the per-client database share). false (the default) uses the socket's address, so
   * a forged header changes nothing; otherwise a hop count, or addresses, CIDR ranges and Express's
   * names (loopback, linklocal, uniquelocal) of the proxies in front; true trusts any sender.
   */
  trustProxy: boolean | number | string[];
  /** Public base URL used in JSON-LD identifiers and links. */
  publicBaseUrl: string;
  /** When set, this server is used and nothing is embedded. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  databasePoolMax: number;
  /**
   * DATABASE_POOL_CLIENT_SHARE: how many database-using requests one client (an IP address, or a
   * token's subject) may have running at once; its others wait up to the acquire timeout, then 503.
   * Half the pool, rounded up, by default (src/http/client-database-share.ts).
   */
  databasePoolClientShare: number;
  /** DATABASE_SCHEDULER_POOL_MAX: the scheduled work's own small pool (src/database/scheduler-pool.ts). */
  databaseSchedulerPoolMax: number;
  databaseConnectTimeoutMs: number;
  databaseStatementTimeoutMs: number;
  /** Run pending migrations and idempotent reference seeds at start-up. */
  migrateOnStart: boolean;
  seedOnStart: boolean;
  /** Demo fitxes (in addition to reference data) seeded on first start. */
  seedDemo: boolean;
  graphqlIntrospection: boolean;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    /**
     * GRAPHQL_MAX_COST, in the units of src/graphql/query-cost.ts (a lookup 20, a field 1, lists
     * multiplied by their size). The default, 12,000, is twice the costliest front-end operation at
     * its largest pages (MyApplications, about 5,500: test/unit/query-cost.test.ts checks the margin).
     */
    maxCost: number;
    maxDirectives: number;
    /**
     * Admission by cost (src/graphql/heavy-query-admission.ts): an operation costing more than
     * GRAPHQL_HEAVY_QUERY_COST (half of GRAPHQL_MAX_COST by default) waits for one of
     * GRAPHQL_HEAVY_QUERY_CONCURRENCY turns, shared by all clients, for up to
     * GRAPHQL_HEAVY_QUERY_WAIT_MS, then gets 503 with Retry-After; one client starts at most
     * GRAPHQL_HEAVY_QUERIES_PER_MINUTE of them (0: no limit), then waits as long and gets 429.
     */
    heavyQueryCost: number;
    heavyQueryConcurrency: number;
    heavyQueryWaitMs: number;
    heavyQueriesPerMinute: number;
  };
  responseCache: { enabled: boolean; maxEntries: number };
  /** How often each instance looks for due scheduled publications; 0 turns the poller off. */
  schedulerIntervalMs: number;
  /**
   * How often each instance looks for notifications to deem rejected (art. 43.2; NOTIFICATION_POLL_MS)
   * and for revocation procedures to declare lapsed (art. 25.1.b); 0 turns both pollers off. One
   * instance at a time does each job (an advisory lock).
   */
  notificationPollMs: number;
  /**
   * On SIGTERM, how long in-flight requests may take to finish before their connections are cut
   * (SHUTDOWN_GRACE_MS); the database pool closes only after them. Keep it below the orchestrator's
   * kill timeout (Kubernetes: terminationGracePeriodSeconds, 30 s by default).
   */
  shutdownGraceMs: number;
  /** Uploaded files (src/files/): largest accepted file, and the folder of the local storage. */
  files: { maxBytes: number; directory: string };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Token verification (AUTH_* variables); see src/identity/identity-config.ts. */
  identity: IdentityConfig;
  /**
   * Applicants' signatures are verified against `trustAnchorsPem` (SIGNATURE_TRUST_ANCHORS);
   * receipts are sealed with the keys in `sealKeysFile` (PROVIDER_SEAL_KEYS), and PDFs with the
   * keys and certificates in `sealCertificatesFile` (PROVIDER_SEAL_CERTIFICATES). Null outside
   * production means development material under the data folder.
   */
  signatures: { trustAnchorsPem: string | null; sealKeysFile: string | null; sealCertificatesFile: string | null };
  /**
   * Origins whose browser pages may call the API (CORS_ORIGINS, exact origins). 'local' (unset,
   * outside production) means any http(s) origin on localhost, 127.0.0.1 or [::1]; unset in
   * production means none.
   */
  corsOrigins: string[] | 'local';
  /**
   * Signed download links (src/files/download-urls.ts): the HMAC secret (DOWNLOAD_URL_SECRET; null
   * outside production means a random one kept under the data folder) and how long a link lives.
   */
  downloadUrls: { secret: string | null; ttlSeconds: number };
  /** Webhook delivery (src/outbox/webhook-*.ts); see WebhookConfig. */
  webhooks: WebhookConfig;
  /**
   * The back office at /admin (src/admin/): the OpenID Connect provider its people sign in with
   * (ADMIN_OIDC_ISSUER, ADMIN_OIDC_CLIENT_ID; both or neither). Null: no OIDC sign-in, and outside
   * production the development sign-in form mints tokens instead.
   */
  admin: { oidc: { issuer: string; clientId: string } | null };
}

/**
 * Webhook delivery. Each instance runs a graphile-worker runner (`worker`) unless WEBHOOK_WORKER is
 * off; attempts are retried with exponential backoff (`retryBaseMs` doubling up to
 * `retryMaxIntervalMs`) until `retryWindowMs` has passed since the first one, then marked failed.
 * Endpoints must use https (`requireHttps`) and resolve to public addresses, unless an operator
 * allows private ones (`allowPrivateAddresses`) or names hosts that may resolve anywhere (`allowedHosts`).
 */
export interface WebhookConfig {
  worker: boolean;
  concurrency: number;
  /** How often an idle runner looks for due jobs besides LISTEN/NOTIFY (retries scheduled for later). */
  pollIntervalMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  retryMaxIntervalMs: number;
  retryWindowMs: number;
  requireHttps: boolean;
  allowPrivateAddresses: boolean;
  allowedHosts: string[];
  /** How long the secret before a rotation still signs deliveries, beside the new one. */
  secretOverlapMs: number;
}

export { ConfigError };

type Env = Record<string, string | undefined>;

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const normalized = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalized)) return true;
  if (['0', 'false', 'no', 'off'].includes(normalized)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${choices.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = readChoice(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  const isProduction = nodeEnv === 'production';
  const port = readInteger(env, 'PORT', 4000, 0, 65535);
  const host = env.HOST || '0.0.0.0';
  const dataDir = path.resolve(env.DATA_DIR || '.data');
  const databasePoolMax = readInteger(env, 'DATABASE_POOL_MAX', 10, 1, 500);
  const maxCost = readInteger(env, 'GRAPHQL_MAX_COST', 12000, 10, 10000000);
  return {
    nodeEnv,
    isProduction,
    port,
    host,
    trustProxy: readTrustProxy(env),
    publicBaseUrl: (readUrl(env, 'PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir,
    embeddedPostgresPort: readInteger(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
    databasePoolMax,
    databasePoolClientShare: readInteger(env, 'DATABASE_POOL_CLIENT_SHARE', Math.ceil(databasePoolMax / 2), 1, databasePoolMax),
    databaseSchedulerPoolMax: readInteger(env, 'DATABASE_SCHEDULER_POOL_MAX', 2, 1, 50),
    databaseConnectTimeoutMs: readInteger(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 120000),
    databaseStatementTimeoutMs: readInteger(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
    migrateOnStart: readBoolean(env, 'MIGRATE_ON_START', true),
    seedOnStart: readBoolean(env, 'SEED_ON_START', true),
    seedDemo: readBoolean(env, 'SEED_DEMO', !isProduction),
    graphqlIntrospection: readBoolean(env, 'GRAPHQL_INTROSPECTION', !isProduction),
    limits: {
      maxDepth: readInteger(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxAliases: readInteger(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxTokens: readInteger(env, 'GRAPHQL_MAX_TOKENS', 2000, 50, 100000),
      maxCost,
      maxDirectives: readInteger(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
      heavyQueryCost: readInteger(env, 'GRAPHQL_HEAVY_QUERY_COST', Math.floor(maxCost / 2), 1, 10000000),
      heavyQueryConcurrency: readInteger(env, 'GRAPHQL_HEAVY_QUERY_CONCURRENCY', 2, 1, 1000),
      heavyQueryWaitMs: readInteger(env, 'GRAPHQL_HEAVY_QUERY_WAIT_MS', 5000, 0, 120000),
      heavyQueriesPerMinute: readInteger(env, 'GRAPHQL_HEAVY_QUERIES_PER_MINUTE', 6, 0, 100000),
    },
    responseCache: {
      enabled: readBoolean(env, 'RESPONSE_CACHE', true),
      maxEntries: readInteger(env, 'RESPONSE_CACHE_MAX_ENTRIES', 5000, 1, 1000000),
    },
    files: {
      maxBytes: readInteger(env, 'FILES_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      directory: path.resolve(env.FILES_DIR || path.join(dataDir, 'files')),
    },
    schedulerIntervalMs: readInteger(env, 'SCHEDULER_INTERVAL_MS', 5000, 0, 3600000),
    notificationPollMs: readInteger(env, 'NOTIFICATION_POLL_MS', 60000, 0, 3600000),
    shutdownGraceMs: readInteger(env, 'SHUTDOWN_GRACE_MS', 20000, 0, 600000),
    logLevel: readChoice(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    identity: loadIdentityConfig(env, { isProduction, dataDir }),
    signatures: {
      trustAnchorsPem: readTrustAnchors(env, isProduction),
      sealKeysFile: readRequiredInProduction(env, 'PROVIDER_SEAL_KEYS', isProduction, 'the seal key file (provider slug → private JWKs)'),
      sealCertificatesFile: readRequiredInProduction(env, 'PROVIDER_SEAL_CERTIFICATES', isProduction, 'the seal certificate file (provider slug → PEM or PKCS#12 key and certificate chain)'),
    },
    corsOrigins: readCorsOrigins(env, isProduction),
    downloadUrls: {
      secret: readDownloadUrlSecret(env, isProduction),
      ttlSeconds: readInteger(env, 'DOWNLOAD_URL_TTL_SECONDS', 300, 10, 3600),
    },
    webhooks: readWebhookConfig(env, isProduction),
    admin: { oidc: readAdminOidc(env) },
  };
}

/**
 * ADMIN_OIDC_ISSUER and ADMIN_OIDC_CLIENT_ID, both or neither. The issuer is where the browser
 * sends people to sign in and whose discovery document and token endpoint the back office calls,
 * so it must be https (http only on this machine, for a local identity provider).
 */
function readAdminOidc(env: Env): { issuer: string; clientId: string } | null {
  const issuer = env.ADMIN_OIDC_ISSUER?.trim() || undefined;
  const clientId = env.ADMIN_OIDC_CLIENT_ID?.trim() || undefined;
  if (!issuer && !clientId) return null;
  if (!issuer) throw new ConfigError('ADMIN_OIDC_ISSUER', 'must be set when ADMIN_OIDC_CLIENT_ID is');
  if (!clientId) throw new ConfigError('ADMIN_OIDC_CLIENT_ID', 'must be set when ADMIN_OIDC_ISSUER is');
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError('ADMIN_OIDC_ISSUER', 'is not a valid URL');
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new ConfigError('ADMIN_OIDC_ISSUER', `must use https (http only for localhost), got ${url.protocol}`);
  }
  if (url.search || url.hash) throw new ConfigError('ADMIN_OIDC_ISSUER', 'must not carry a query or a fragment');
  if (!/^[\x21-\x7e]{1,200}$/.test(clientId)) throw new ConfigError('ADMIN_OIDC_CLIENT_ID', 'must be 1–200 printable ASCII characters without spaces');
  // Kept exactly as given: oidc-client-ts compares it with the discovery document's issuer.
  return { issuer, clientId };
}

const HOUR_MS = 3_600_000;

/** WEBHOOK_*: see WebhookConfig. The retry window may not be shortened below 24 hours in production. */
function readWebhookConfig(env: Env, isProduction: boolean): WebhookConfig {
  const retryWindowMs = readInteger(env, 'WEBHOOK_RETRY_WINDOW_MS', 24 * HOUR_MS, isProduction ? 24 * HOUR_MS : 0, 30 * 24 * HOUR_MS);
  const allowedHosts = (env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
  for (const host of allowedHosts) {
    if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host)) throw new ConfigError('WEBHOOK_ALLOWED_HOSTS', `"${host}" is not a host name`);
  }
  return {
    worker: readBoolean(env, 'WEBHOOK_WORKER', true),
    concurrency: readInteger(env, 'WEBHOOK_CONCURRENCY', 5, 1, 100),
    pollIntervalMs: readInteger(env, 'WEBHOOK_POLL_INTERVAL_MS', 2000, 50, 60000),
    timeoutMs: readInteger(env, 'WEBHOOK_TIMEOUT_MS', 10000, 100, 60000),
    retryBaseMs: readInteger(env, 'WEBHOOK_RETRY_BASE_MS', 10000, 1, HOUR_MS),
    retryMaxIntervalMs: readInteger(env, 'WEBHOOK_RETRY_MAX_INTERVAL_MS', 3 * HOUR_MS, 1, 24 * HOUR_MS),
    retryWindowMs,
    requireHttps: readBoolean(env, 'WEBHOOK_REQUIRE_HTTPS', isProduction),
    allowPrivateAddresses: readBoolean(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    allowedHosts,
    secretOverlapMs: readInteger(env, 'WEBHOOK_SECRET_OVERLAP_MS', 24 * HOUR_MS, 0, 30 * 24 * HOUR_MS),
  };
}

/** Express's names for address ranges (its `trust proxy` setting accepts them beside addresses and CIDRs). */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY, in the forms Express's `trust proxy` accepts: false/true, a hop count, or a
 * comma-separated list of addresses, CIDR ranges and range names. Checked here, because Express
 * would only fail on the first request (or, for a typo, silently trust nothing).
 */
function readTrustProxy(env: Env): boolean | number | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return false;
  const normalized = raw.toLowerCase();
  if (['false', 'off', 'no'].includes(normalized)) return false;
  if (['true', 'on', 'yes'].includes(normalized)) return true;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 20) throw new ConfigError('TRUST_PROXY', `a hop count must be between 0 and 20, got ${hops}`);
    return hops === 0 ? false : hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGE_NAMES.has(entry)) continue;
    const [address, bits, extra] = entry.split('/');
    const version = net.isIP(address);
    const maxBits = version === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!version || !validBits || extra !== undefined) {
      throw new ConfigError('TRUST_PROXY', `"${entry}" is not an address, a CIDR range or one of loopback, linklocal, uniquelocal (or give a hop count, or true/false)`);
    }
  }
  return entries;
}

/**
 * CORS_ORIGINS: comma-separated exact origins (scheme, host and port, nothing else). A wildcard
 * is refused: the API is for the front ends named here, and an origin with a path or a trailing
 * slash would never match what a browser sends, so it is refused rather than silently ignored.
 */
function readCorsOrigins(env: Env, isProduction: boolean): string[] | 'local' {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return isProduction ? [] : 'local';
  const origins = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin === '*' || origin.toLowerCase() === 'null') throw new ConfigError('CORS_ORIGINS', `must list exact origins, not "${origin}"`);
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin such as https://cataleg.example.cat`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('CORS_ORIGINS', `"${origin}" must use http or https`);
    if (parsed.origin !== origin) throw new ConfigError('CORS_ORIGINS', `"${origin}" must be exactly an origin (scheme://host[:port], lower case, no path or trailing slash), e.g. ${parsed.origin}`);
  }
  return [...new Set(origins)];
}

/** DOWNLOAD_URL_SECRET: anyone who knows it can mint download links, so it must be long and is required in production. */
function readDownloadUrlSecret(env: Env, isProduction: boolean): string | null {
  const value = readRequiredInProduction(env, 'DOWNLOAD_URL_SECRET', isProduction, 'a random secret of at least 32 characters for signed download links');
  if (value != null && value.length < 32) throw new ConfigError('DOWNLOAD_URL_SECRET', `must be at least 32 characters long, got ${value.length}`);
  return value;
}

function readRequiredInProduction(env: Env, name: string, isProduction: boolean, what: string): string | null {
  const value = env[name]?.trim();
  if (value) return value;
  if (isProduction) throw new ConfigError(name, `must name ${what} in production`);
  return null;
}

/** SIGNATURE_TRUST_ANCHORS: a PEM bundle, given inline or as the path of a file; parsed now so a bad one stops start-up. */
function readTrustAnchors(env: Env, isProduction: boolean): string | null {
  const value = readRequiredInProduction(env, 'SIGNATURE_TRUST_ANCHORS', isProduction, 'the PEM bundle of trusted certification authorities');
  if (value == null) return null;
  let pem = value;
  if (!value.includes('-----BEGIN')) {
    try {
      pem = fs.readFileSync(value, 'utf8');
    } catch (error) {
      throw new ConfigError('SIGNATURE_TRUST_ANCHORS', `cannot read ${value}: ${(error as Error).message}`);
    }
  }
  try {
    parseTrustAnchors(pem);
  } catch (error) {
    throw new ConfigError('SIGNATURE_TRUST_ANCHORS', `is not a usable PEM bundle: ${(error as Error).message}`);
  }
  return pem;
}
