import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Config } from '../config';

/**
 * Abuse limits, on by default: depth, aliases, directives and a static cost, checked before
 * execution. Page sizes are capped at 100 by the connections themselves. The token limit is
 * graphql-js's own (`parseOptions`, below): graphql-armor's re-parses the document in a hook
 * whose failures Apollo answers as 500s, parse errors included.
 */
export function createArmor(limits: Config['limits']) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Apollo's parser options: graphql-js stops lexing past the token limit, and Apollo answers it as a 400 parse error. */
export const parseOptions = (limits: Config['limits']) => ({ maxTokens: limits.maxTokens });
