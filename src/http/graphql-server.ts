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
import { createArmor } from '../graphql/limits';
import { Logger } from '../logger';

export function createApolloServer(
  schema: GraphQLSchema, config: Config, logger: Logger, httpServer: Server, availability?: DatabaseAvailability,
): ApolloServer<RequestContext> {
  const armor = createArmor(config.limits);
  return new ApolloServer<RequestContext>({
    schema,
    introspection: config.graphqlIntrospection,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Apollo's own SIGTERM handling is replaced by ours in main.ts, which also closes the pool.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(logger, availability),
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The cache-control plugin wraps every field resolver; we do not use its hints.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
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
