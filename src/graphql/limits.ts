import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Config } from '../config';

/**
 * Abuse limits, on by default: depth, aliases and directives, checked before execution. Page sizes
 * are capped at 100 by the connections themselves. The cost is ours (query-cost.ts): armor's cost
 * limit cannot see variables or list arguments, so it is off. The token limit is
 * graphql-js's own (`parseOptions`, below): graphql-armor's re-parses the document in a hook
 * whose failures Apollo answers as 500s, parse errors included.
 */
export function createArmor(limits: Config['limits']) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Apollo's parser options: graphql-js stops lexing past the token limit, and Apollo answers it as a 400 parse error. */
export const parseOptions = (limits: Config['limits']) => ({ maxTokens: limits.maxTokens });
