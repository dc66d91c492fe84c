import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, getNullableType, getOperationAST, GraphQLError, GraphQLSchema,
  isCompositeType, isListType, Kind, SelectionNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { currentClientKey } from '../database/client-database-share';
import { AppError, ErrorCode, rateLimited, serviceUnavailable } from '../errors/error-mapping';
import type { HeavyQueryAdmission } from './heavy-query-admission';
import { DEFAULT_PAGE_SIZE } from './pagination';

/**
 * The query cost (issue 11, "Amplification"): an estimate of the database work an operation asks
 * for, computed with its variables before anything runs, refused over GRAPHQL_MAX_COST.
 *
 * Why graphql-query-complexity and not graphql-armor's cost limit (which we used before): armor's
 * runs as a validation rule, which never sees the variables, and it only multiplies by `first` or
 * `last` written as literals; so `nodes(ids: $ids)` with 100 IDs, fifteen times over, cost 45 and
 * did 1,500 lookups. graphql-query-complexity (the reference library for this, maintained, used
 * by type-graphql's own examples) coerces the variables and hands each field its arguments to an
 * estimator; the estimator below is the whole of our rule.
 *
 * A lookup (a round trip to the database) weighs as much as 20 fields of rows already loaded.
 *
 * The rule, per field (leaves cost 1; objects add their children's cost once per item):
 * - a root field runs a query of its own: LOOKUP_COST, plus its items;
 * - a field sized by a list argument (`nodes(ids)`) costs LOOKUP_COST per element, plus the
 *   element's selection: each is a row to read, map and send (the fitxas are fetched in one
 *   statement per request, loaders.ts, but the work still grows with every element);
 * - `first`/`last` (literal or variable) give the number of items of a connection's `edges`/`nodes`,
 *   DEFAULT_PAGE_SIZE when absent; the rest of the connection (`totalCount`, `facets`) counts once;
 * - any other list of objects (a fitxa's requirements, a provider's units) counts ASSUMED_LIST_SIZE
 *   items: they are loaded with their parent or batched, but they still grow the answer.
 */
export const LOOKUP_COST = 20;
export const ASSUMED_LIST_SIZE = 10;

/**
 * Fields that compute over many rows rather than look one up: a quality report reads every
 * decision, answer and delay of its fitxes in a period (a few statements, but each over all the
 * period's rows). Each weighs its own cost on top of the rule below, so a page of 100 fitxes each
 * asking for its report (100 × 1,000) is refused, while one report, or the four providers', passes.
 */
export const REPORT_COST = 1000;
const COSTLY_FIELDS: Readonly<Record<string, number>> = {
  'Resource.qualityReport': REPORT_COST,
  'Provider.qualityReport': REPORT_COST,
};

const PAGE_SIZE_ARGUMENTS = ['first', 'last'];
const PAGE_FIELDS = ['edges', 'nodes'];
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];
const isConnectionName = (name: string) => name.endsWith('Connection');

/** The items of a page: `first` or `last`, DEFAULT_PAGE_SIZE without either. */
function pageSize(args: Record<string, unknown>): number {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const size = args[name];
    if (typeof size === 'number' && size > 0) return size;
  }
  return DEFAULT_PAGE_SIZE;
}

/**
 * The page size that applies to each `edges`/`nodes` selection of a connection, found before the
 * library walks the operation: its estimators see a field's own arguments, not its parent's, and
 * only the page (not `totalCount`, `pageInfo` or `facets`) repeats per item. A fragment used under
 * several connections takes the largest of their pages.
 */
function connectionPages(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): Map<FieldNode, number> {
  const pages = new Map<FieldNode, number>();
  const fragments = new Map(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]));
  const pageFields = (selections: readonly SelectionNode[], seen: Set<string>): FieldNode[] => selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return PAGE_FIELDS.includes(selection.name.value) ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return pageFields(selection.selectionSet.selections, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    return pageFields(fragment.selectionSet.selections, new Set([...seen, fragment.name.value]));
  });
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      if (!definition || !node.selectionSet || !isConnectionName(getNamedType(definition.type).name)) return;
      const size = pageSize(getArgumentValues(definition, node, variables));
      for (const page of pageFields(node.selectionSet.selections, new Set())) pages.set(page, Math.max(size, pages.get(page) ?? 0));
    },
  }));
  return pages;
}

const queryCostEstimator: ComplexityEstimator = ({ type, field, node, args, childComplexity, context }) => {
  const result = getNamedType(field.type);
  if (!isCompositeType(result)) return 1;
  const own = (ROOT_TYPES.includes(type.name) ? LOOKUP_COST : 0) + (COSTLY_FIELDS[`${type.name}.${field.name}`] ?? 0);
  // A connection costs its query once; its page repeats per item, below.
  if (isConnectionName(result.name)) return own + 1 + childComplexity;
  if (isConnectionName(type.name) && PAGE_FIELDS.includes(field.name)) {
    const pages = (context as { pages?: Map<FieldNode, number> } | undefined)?.pages;
    return (pages?.get(node) ?? DEFAULT_PAGE_SIZE) * (1 + childComplexity);
  }
  const list = isListType(getNullableType(field.type));
  const listArgument = Object.values(args).filter(Array.isArray).reduce((longest, values) => Math.max(longest, values.length), -1);
  // One lookup per element of the list argument (`nodes(ids)`), each with its selection.
  if (list && listArgument >= 0) return listArgument * (LOOKUP_COST + childComplexity);
  return own + (list ? ASSUMED_LIST_SIZE : 1) * (1 + childComplexity);
};

/** The cost of one operation with its variables; throws graphql-js's error when the variables do not fit the operation. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new GraphQLError('No operation to cost');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  const pages = connectionPages(schema, document, coerced.coerced);
  return getComplexity({ schema, query: document, variables, operationName, estimators: [queryCostEstimator], context: { pages } });
}

/** Said the way graphql-armor says its limits ("… limit of N exceeded"), which the error mapping recognises. */
const tooComplex = (maxCost: number, found: string) =>
  new AppError(ErrorCode.QUERY_TOO_COMPLEX, `Query cost limit of ${maxCost} exceeded, ${found}.`, { http: { status: 400 } });

/**
 * Apollo plugin: refuses an operation whose cost exceeds `maxCost` with QUERY_TOO_COMPLEX (HTTP
 * 400), once the operation is known and before it executes. With `admission`, a heavy operation
 * then waits for its client's rate and its turn (or gets the 429 or the 503), and holds the turn
 * until its answer is ready.
 */
export function queryCostLimit(maxCost: number, admission?: HeavyQueryAdmission): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let endTurn: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // Fragments spread over and over: more fields than the library will walk is too complex in itself.
            if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) throw tooComplex(maxCost, 'too many fields');
            // Variables that do not fit the operation: execution refuses them as BAD_USER_INPUT, before any resolver runs.
            return;
          }
          if (cost > maxCost) throw tooComplex(maxCost, `found ${cost}`);
          if (admission?.isHeavy(cost)) {
            const admitted = await admission.admit(currentClientKey());
            // Over the client's rate: 429. No turn: the busy service's 503, as for a pool exhausted.
            if ('reason' in admitted) throw admitted.reason === 'rate' ? rateLimited(admitted.retryAfterSeconds) : serviceUnavailable();
            endTurn = admitted.end;
          }
        },
        // Called once the answer is complete, whatever happened (errors included).
        async willSendResponse() {
          endTurn?.();
        },
      };
    },
  };
}
