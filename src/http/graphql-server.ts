import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import { GraphQLSchema } from 'graphql';
import { Config } from '../config';
import { currentQueryCount } from '../database/query-counter';
import { RequestContext } from '../graphql/context';
import { createErrorFormatter } from '../errors/error-mapping';
import { createArmor, parseOptions } from '../graphql/limits';
import { refuseNullBytesInDocument } from '../graphql/request-hygiene';
import { Logger } from '../logger';

export function createApolloServer(schema: GraphQLSchema, config: Config, logger: Logger, httpServer: Server): ApolloServer<RequestContext> {
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
    formatError: createErrorFormatter(logger),
    plugins: [
      ...armor.plugins,
      refuseNullBytesInDocument,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The cache-control plugin wraps every field resolver; we do not use its hints.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const statements = currentQueryCount();
              if (statements !== undefined) response.http.headers.set('x-sql-statements', String(statements));
            },
          };
        },
      },
    ],
  });
}
