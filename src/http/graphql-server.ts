import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import { GraphQLSchema } from 'graphql';
import { Config } from '../config';
import { currentQueryCount } from '../database/query-counter';
import { RequestContext } from '../graphql/context';
import { createErrorFormatter, ErrorCode, RETRY_AFTER_SECONDS } from '../errors/error-mapping';
import type { DatabaseAvailability } from '../database/database-availability';
import type { PublicResponseCache } from '../graphql/response-cache';
import { createArmor, parseOptions } from '../graphql/limits';
import { queryCostLimit } from '../graphql/query-cost';
import { HEAVY_QUERIES_WAITING, HeavyQueryAdmission } from '../graphql/heavy-query-admission';
import { refuseNullBytesInDocument } from '../graphql/request-hygiene';
import { Logger } from '../logger';

export interface ApolloServerOptions {
  /** Logs database outages once (see DatabaseAvailability). */
  availability?: DatabaseAvailability;
  /** Emptied after a signed-in caller's mutation, before the answer leaves (read your writes). */
  responseCache?: PublicResponseCache;
}

export function createApolloServer(
  schema: GraphQLSchema, config: Config, logger: Logger, httpServer: Server, options: ApolloServerOptions = {},
): ApolloServer<RequestContext> {
  const { availability, responseCache } = options;
  const armor = createArmor(config.limits);
  return new ApolloServer<RequestContext>({
    schema,
    introspection: config.graphqlIntrospection,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Apollo's own SIGTERM handling is replaced by ours in main.ts, which also closes the pool.
    stopOnTerminationSignals: false,
    parseOptions: parseOptions(config.limits),
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(logger, availability),
    plugins: [
      ...armor.plugins,
      queryCostLimit(config.limits.maxCost, new HeavyQueryAdmission({
        heavyCost: config.limits.heavyQueryCost, concurrency: config.limits.heavyQueryConcurrency,
        waitMs: config.limits.heavyQueryWaitMs, maxWaiting: HEAVY_QUERIES_WAITING, perClientPerMinute: config.limits.heavyQueriesPerMinute,
      })),
      refuseNullBytesInDocument,
      // stop() waits for every in-flight request (REST routes too) before the pool is closed, up to SHUTDOWN_GRACE_MS.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // The cache-control plugin wraps every field resolver; we do not use its hints.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, operation, contextValue }) {
              // The NOTIFY that empties every instance's cache arrives a moment after the commit; the
              // writer's own cache is emptied now, so a read sent after this answer sees the write.
              // Only signed-in callers can change public data, so anonymous mutations cannot keep emptying it.
              if (responseCache && operation?.operation === 'mutation' && contextValue.identity?.actor) responseCache.invalidate();
              // The database could not be reached for some field: the whole answer is a 503 the client may retry.
              if (response.body.kind === 'single' && response.body.singleResult.errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
                response.http.status = 503;
                response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
              }
              const statements = currentQueryCount();
              if (statements !== undefined) response.http.headers.set('x-sql-statements', String(statements));
            },
          };
        },
      },
    ],
  });
}
