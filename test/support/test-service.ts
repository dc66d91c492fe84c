import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { fixedClock } from '../../src/clock';
import { DevelopmentTokenClaims, mintDevelopmentToken } from '../../src/identity/development-keys';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningService, startService } from '../../src/service';
import { createTestDatabase } from './databases';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[] };
}

export interface TestService {
  url: string;
  databaseUrl: string;
  /** This service's DATA_DIR (development keys, the development CA). */
  dataDir: string;
  service: RunningService;
  clock: ReturnType<typeof fixedClock>;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** A token signed with this service's development key. */
  token(claims: Partial<DevelopmentTokenClaims> & { nif: string }): Promise<string>;
  /** Headers that authenticate as a person with these claims. */
  as(claims: Partial<DevelopmentTokenClaims> & { nif: string }): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * The real service on a random port, over a database of its own copied from the migrated and
 * seeded template. Requests go through HTTP like a front end's.
 */
export async function startTestService(
  options: {
    env?: Record<string, string>; now?: string; /** Another instance on the same database. */ sameDatabaseAs?: TestService;
    /** Receives the service's log lines (at `info` and above), for tests of what logs hold. */ logStream?: DestinationStream;
    /** The address the service connects to instead of its database's (e.g. through a TCP proxy). */ connectVia?: (databaseUrl: string) => string;
  } = {},
): Promise<TestService> {
  const database = options.sameDatabaseAs
    ? { url: options.sameDatabaseAs.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  // Each service has its own data folder, so its development signing key is its own.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cataleg-test-'));
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: options.connectVia?.(database.url) ?? database.url, SEED_ON_START: 'false', DATA_DIR: dataDir,
    // Tests run scheduled publications and deemed rejections explicitly, on the clock they set.
    SCHEDULER_INTERVAL_MS: '0', NOTIFICATION_POLL_MS: '0',
    // Webhook runners only where a test subscribes endpoints (it turns WEBHOOK_WORKER on).
    WEBHOOK_WORKER: 'false', ...options.env,
  });
  const clock = fixedClock(options.now ?? '2026-11-23T10:00:00Z');
  let service: RunningService;
  try {
    service = await startService(config, { clock, logger: options.logStream
      ? createLogger(process.env.TEST_LOG_LEVEL ?? 'info', options.logStream)
      : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), exposeQueryCount: true });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const token = (claims: Partial<DevelopmentTokenClaims> & { nif: string }) => mintDevelopmentToken({
    sub: `test:${claims.nif}`,
    name: 'Persona de Prova',
    certificate: { type: claims.represents ? 'REPRESENTATIVE' : 'INDIVIDUAL', assurance: 'HIGH' },
    ...claims,
  }, { dataDir });
  return {
    url: service.url,
    databaseUrl: database.url,
    dataDir,
    token,
    async as(claims) {
      return { authorization: `Bearer ${await token(claims)}` };
    },
    service,
    clock,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() as GraphQLResponse['body'] };
    },
    async close() {
      await service.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
