import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  buildSchema, getNullableType, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType,
  isScalarType, OperationDefinitionNode, parse, typeFromAST,
} from 'graphql';
import { loadConfig } from '../../src/config';
import { MAX_PAGE_SIZE } from '../../src/graphql/pagination';
import { ASSUMED_LIST_SIZE, LOOKUP_COST, queryCost, REPORT_COST } from '../../src/graphql/query-cost';
import { loadOperations, SCHEMA_SDL } from '../support/operations-compiler';

const schema = buildSchema(readFileSync(SCHEMA_SDL, 'utf8'));
const { maxCost, heavyQueryCost } = loadConfig({}).limits;
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

/** The amplification the probe found: fifteen aliases of `nodes` over the same 100 IDs. */
export const amplification = (aliases: number) =>
  `query($ids: [ID!]!) { ${Array.from({ length: aliases }, (_, i) => `a${i}: nodes(ids: $ids) { id }`).join(' ')} }`;

/** A value for each variable, the largest a screen may send: pages of MAX_PAGE_SIZE, one element per list, the required fields of inputs. */
function largestVariables(target: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const valueOf = (type: GraphQLInputType, name: string): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [valueOf(inner.ofType, name)];
    if (isEnumType(inner)) return inner.getValues()[0].name;
    if (isInputObjectType(inner)) {
      return Object.fromEntries(Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueOf(field.type, field.name)]));
    }
    if (isScalarType(inner)) {
      if (inner.name === 'Int') return ['first', 'last'].includes(name) ? MAX_PAGE_SIZE : 1;
      if (inner.name === 'Boolean') return true;
      if (inner.name === 'Date') return '2026-01-01';
      if (inner.name === 'DateTime') return '2026-01-01T00:00:00Z';
      if (inner.name === 'JSONObject') return {};
      return 'x';
    }
    throw new Error(`no sample value for ${String(type)}`);
  };
  return Object.fromEntries((operation.variableDefinitions ?? []).map((definition) => {
    const type = typeFromAST(target, definition.type as never) as GraphQLInputType;
    return [definition.variable.name.value, valueOf(type, definition.variable.name.value)];
  }));
}

describe('query cost', () => {
  it('weighs a quality report: one report, or the four providers\', passes; a page of 100 fitxes each with its report is refused', () => {
    const report = 'qualityReport(from: "2023-04-01", to: "2023-06-30") { commitments { indicator valuePercent met } }';
    assert.ok(cost(`{ provider(slug: "diba") { ${report} } }`) > REPORT_COST);
    assert.ok(cost(`{ provider(slug: "diba") { ${report} } }`) <= maxCost);
    assert.ok(cost(`{ providers { ${report} } }`) <= maxCost);
    assert.ok(cost(`{ resources(first: 100) { nodes { code } } }`) <= maxCost, 'the page alone passes');
    assert.ok(cost(`{ resources(first: 100) { nodes { code ${report} } } }`) > maxCost);
  });

  it('counts list arguments: the probe\'s fifteen `nodes` over 100 IDs cost 100 lookups each, over the limit', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `id-${i}`);
    assert.equal(cost(amplification(1), { ids }), 100 * (LOOKUP_COST + 1));
    assert.equal(cost(amplification(15), { ids }), 15 * 100 * (LOOKUP_COST + 1));
    assert.ok(cost(amplification(15), { ids }) > maxCost);
    assert.equal(cost(amplification(15), { ids: ids.slice(0, 2) }), 15 * 2 * (LOOKUP_COST + 1), 'fewer IDs cost less');
  });

  it('holds the probe\'s amplification, at the largest size the limit accepts, for a heavy operation\'s turn', () => {
    const accepted = Array.from({ length: 100 }, (_, i) => `id-${i}`).filter((_, n) => cost(amplification(15), { ids: Array(n + 1).fill('x') }) <= maxCost);
    const largest = cost(amplification(15), { ids: accepted.map(() => 'x') });
    assert.ok(largest <= maxCost && largest > heavyQueryCost, `${largest} is accepted and heavy`);
    assert.ok(cost(amplification(1), { ids: ['x'] }) <= heavyQueryCost, 'one lookup is not heavy');
  });

  it('counts page sizes given as literals or variables, and the connection\'s page once', () => {
    const page = 'query($first: Int) { resources(first: $first) { totalCount edges { cursor node { code title } } } }';
    // The root query and its totalCount once, then per item: the edge, its cursor, the node and two fields.
    const perItem = 1 + 1 + (1 + 2);
    assert.equal(cost(page, { first: 50 }), LOOKUP_COST + 1 + 1 + 50 * perItem);
    const withFacets = 'query($first: Int) { resources(first: $first) { totalCount facets { kind { value } } edges { cursor node { code title } } } }';
    assert.equal(cost(withFacets, { first: 50 }) - cost(page, { first: 50 }), cost(withFacets, { first: 1 }) - cost(page, { first: 1 }), 'facets count once, whatever the page');
    assert.equal(cost(page.replace('query($first: Int)', '').replace('$first', '50')), cost(page, { first: 50 }), 'a literal counts as the variable');
    assert.ok(cost(page, { first: 100 }) > cost(page, { first: 10 }));
    assert.equal(cost(page, {}), cost(page, { first: 20 }), 'absent, a page is the default size');
  });

  it('counts a list of objects without a size as ASSUMED_LIST_SIZE items', () => {
    const withUnits = cost('{ providers { slug units { code } } }');
    const withoutUnits = cost('{ providers { slug } }');
    assert.equal(withUnits - withoutUnits, ASSUMED_LIST_SIZE * ASSUMED_LIST_SIZE * (1 + 1));
  });

  it('accepts every front-end operation at its largest pages with at least a 2× margin', async () => {
    const operations = await loadOperations();
    const costs: string[] = [];
    for (const [name, { document }] of operations) {
      const parsed = parse(document);
      const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name)!;
      const found = queryCost(schema, parsed, largestVariables(schema, operation), name);
      costs.push(`${name}: ${found}`);
      assert.ok(found * 2 <= maxCost, `${name} costs ${found}, more than half of GRAPHQL_MAX_COST (${maxCost})`);
      // So no screen ever waits for a heavy operation's turn (heavy-query-admission.ts).
      assert.ok(found <= heavyQueryCost, `${name} costs ${found}, more than GRAPHQL_HEAVY_QUERY_COST (${heavyQueryCost})`);
    }
    if (process.env.SHOW_QUERY_COSTS) console.log(costs.join('\n'));
  });
});
