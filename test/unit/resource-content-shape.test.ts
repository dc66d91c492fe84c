import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  getNamedType, getNullableType, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNonNull, GraphQLObjectType,
  GraphQLOutputType, GraphQLSchema, isInputObjectType, isListType, isNonNullType, isObjectType,
} from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';

/** `XInput` reads back as `XContent`; the root, ResourceContentInput, as ResourceContent. */
const twinName = (input: string) => (input === 'ResourceContentInput' ? 'ResourceContent' : `${input.replace(/Input$/, '')}Content`);

/**
 * Walks ResourceContentInput and ResourceContent together and lists every difference that would
 * stop a form from sending back what it loaded: a field without its twin (or one more), another
 * scalar or enum, another list structure, or an output that may be null where the input requires
 * a value.
 */
function compareTwins(input: GraphQLInputObjectType, output: GraphQLObjectType, seen = new Set<string>()): string[] {
  const problems: string[] = [];
  if (output.name !== twinName(input.name)) problems.push(`${input.name} reads back as ${output.name}, expected ${twinName(input.name)}`);
  if (seen.has(input.name)) return problems;
  seen.add(input.name);
  const inFields = input.getFields();
  const outFields = output.getFields();
  for (const name of Object.keys(inFields)) {
    if (!outFields[name]) problems.push(`${input.name}.${name} has no twin in ${output.name}`);
  }
  for (const name of Object.keys(outFields)) {
    if (!inFields[name]) problems.push(`${output.name}.${name} is not in ${input.name}: a form could not send it back`);
  }
  for (const name of Object.keys(inFields).filter((field) => outFields[field])) {
    const where = `${input.name}.${name}`;
    let inType: GraphQLInputType = inFields[name].type;
    let outType: GraphQLOutputType = outFields[name].type;
    // Unwrap level by level: lists must nest alike; a required input needs a never-null output.
    for (;;) {
      if (isNonNullType(inType) && !isNonNullType(outType)) problems.push(`${where} is required but ${output.name}.${name} may be null`);
      inType = getNullableType(inType) as GraphQLInputType;
      outType = getNullableType(outType) as GraphQLOutputType;
      if (isListType(inType) !== isListType(outType)) {
        problems.push(`${where} and its twin differ in list structure`);
        break;
      }
      if (!isListType(inType)) break;
      inType = (inType as GraphQLList<GraphQLInputType>).ofType;
      outType = (outType as GraphQLList<GraphQLOutputType>).ofType;
    }
    const inNamed = getNamedType(inType);
    const outNamed = getNamedType(outType);
    if (isInputObjectType(inNamed)) {
      if (!isObjectType(outNamed)) problems.push(`${where} is an input object but its twin is ${outNamed.name}`);
      else problems.push(...compareTwins(inNamed, outNamed, seen));
    } else if (inNamed !== outNamed) {
      problems.push(`${where} is ${inNamed.name} but its twin is ${outNamed.name}`);
    }
  }
  return problems;
}

describe('Resource.content mirrors ResourceContentInput', () => {
  let schema: GraphQLSchema;
  before(async () => {
    schema = await buildGraphQLSchema();
  });

  it('field by field, recursively, in the built schema', () => {
    const input = schema.getType('ResourceContentInput') as GraphQLInputObjectType;
    const resource = schema.getType('Resource') as GraphQLObjectType;
    const content = getNamedType(resource.getFields().content.type) as GraphQLObjectType;
    assert.deepEqual(compareTwins(input, content), []);
  });

  it('reports an input field without a twin (the comparison can fail)', () => {
    const text = schema.getType('LocalizedTextContent') as GraphQLObjectType;
    const input = new GraphQLInputObjectType({
      name: 'ResourceContentInput',
      fields: {
        kind: { type: new GraphQLNonNull(schema.getType('ResourceKind') as never) },
        modality: { type: new GraphQLList(new GraphQLNonNull(schema.getType('LocalizedTextInput') as GraphQLInputObjectType)) },
        extra: { type: schema.getType('String') as never },
      },
    });
    const output = new GraphQLObjectType({
      name: 'ResourceContent',
      fields: {
        kind: { type: schema.getType('ResourceKind') as never },
        modality: { type: new GraphQLList(new GraphQLNonNull(text)) },
        surplus: { type: schema.getType('String') as never },
      },
    });
    assert.deepEqual(compareTwins(input, output), [
      'ResourceContentInput.extra has no twin in ResourceContent',
      'ResourceContent.surplus is not in ResourceContentInput: a form could not send it back',
      'ResourceContentInput.kind is required but ResourceContent.kind may be null',
    ]);
  });
});
