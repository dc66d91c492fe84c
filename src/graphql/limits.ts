import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Config } from '../config';

/**
 * Abuse limits, on by default: depth, aliases, directives, tokens and a static cost, checked
 * before execution. Page sizes are capped at 100 by the connections themselves.
 */
export function createArmor(limits: Config['limits']) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
