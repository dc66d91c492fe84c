import { fixedClock } from '../../src/clock';
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
  service: RunningService;
  clock: ReturnType<typeof fixedClock>;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real service on a random port, over a database of its own copied from the migrated and
 * seeded template. Requests go through HTTP like a front end's.
 */
export async function startTestService(options: { env?: Record<string, string>; now?: string } = {}): Promise<TestService> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url, SEED_ON_START: 'false', ...options.env,
  });
  const clock = fixedClock(options.now ?? '2026-11-23T10:00:00Z');
  let service: RunningService;
  try {
    service = await startService(config, { clock, logger: createLogger('silent'), exposeQueryCount: true });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    url: service.url,
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
    },
  };
}
