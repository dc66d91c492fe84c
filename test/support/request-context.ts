import { loadConfig } from '../../src/config';
import { scopeEntityManager } from '../../src/database/tenant-filter';
import { createDownloadUrls } from '../../src/files/download-urls';
import { RequestContext } from '../../src/graphql/context';
import { createLoaders } from '../../src/graphql/loaders';
import { resolveIdentity } from '../../src/identity/request-identity';
import { createTokenVerifier } from '../../src/identity/token-verifier';
import { createLogger } from '../../src/logger';
import { DEFAULT_LOCALE } from '../../src/i18n/locale';
import { loadRegistryKeys } from '../../src/registry/registry-keys';
import { TestService } from './test-service';

/**
 * A request context like the one the service builds for a request with these headers (the token
 * verified, the identity resolved, the entity manager scoped), for calling a service that no
 * GraphQL field uses yet. `env` must name the same trust anchors the service was started with.
 */
export async function requestContextFor(api: TestService, headers: Record<string, string>, env: Record<string, string> = {}): Promise<RequestContext> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl, DATA_DIR: api.dataDir, ...env });
  const logger = createLogger('silent');
  const em = api.service.database.orm.em.fork();
  const actor = await createTokenVerifier(config.identity, logger).verify(headers.authorization);
  const identity = await resolveIdentity(em, actor);
  scopeEntityManager(em, identity);
  return {
    em, locale: DEFAULT_LOCALE, clock: api.clock, config, logger, loaders: createLoaders(em, actor?.subject ?? null),
    textSearchConfig: api.service.database.textSearchConfig, identity,
    registryKeys: await loadRegistryKeys(config, api.service.database.orm.em.fork(), api.clock.now()),
    downloadUrls: createDownloadUrls(config),
  };
}
