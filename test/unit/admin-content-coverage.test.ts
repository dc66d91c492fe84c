import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLInputObjectType, GraphQLObjectType, Kind, parse, type FragmentDefinitionNode } from 'graphql';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));

/**
 * updateResource replaces the content whole: a list the back office's form did not load would be
 * sent back empty and silently deleted. So the form loads every field of Resource.content and has a
 * control for every field of ResourceContentInput; a new field in the API fails this until the form
 * (test/operations/back-office/resource-form-content.graphql and admin/src/editor/content-spec.ts) has it.
 */

/** The fields of ResourceContent (to every depth) that a fragment on it does not select. */
function unselectedContentFields(fragment: string): string[] {
  const definition = parse(fragment).definitions[0] as FragmentDefinitionNode;
  const missing: string[] = [];
  const visit = (type: GraphQLObjectType, selections: FragmentDefinitionNode['selectionSet'], at: string) => {
    const selected = new Map(selections.selections.filter((node) => node.kind === Kind.FIELD).map((node) => [node.name.value, node]));
    for (const [name, field] of Object.entries(type.getFields())) {
      const node = selected.get(name);
      if (!node) { missing.push(`${at}${name}`); continue; }
      let named = field.type;
      while ('ofType' in named) named = named.ofType;
      if (named instanceof GraphQLObjectType && node.selectionSet) visit(named, node.selectionSet, `${at}${name}.`);
    }
  };
  visit(schema.getType('ResourceContent') as GraphQLObjectType, definition.selectionSet, '');
  return missing;
}

describe('the back office\'s fitxa form', () => {
  // The fragment has one home, which the back office's codegen and the front-end contract's editor
  // operations both read: a front end that copies them and saves must not delete what the fragment
  // forgot (it once forgot the survey).
  it('loads every field of ResourceContent, to every depth', () => {
    const source = readFileSync(path.join(ROOT, 'test', 'operations', 'back-office', 'resource-form-content.graphql'), 'utf8');
    const fragment = /(fragment ResourceFormContent on ResourceContent \{[\s\S]*?\n\})/.exec(source)?.[1];
    assert.ok(fragment, 'resource-form-content.graphql has the ResourceFormContent fragment');
    assert.deepEqual(unselectedContentFields(fragment), []);
  });

  it('has a control for every field of ResourceContentInput', () => {
    const spec = readFileSync(path.join(ROOT, 'admin', 'src', 'editor', 'content-spec.ts'), 'utf8');
    const input = schema.getType('ResourceContentInput') as GraphQLInputObjectType;
    const missing = Object.keys(input.getFields()).filter((name) => name !== 'translations' && !spec.includes(`name: '${name}'`));
    assert.deepEqual(missing, []);
    const translation = schema.getType('ResourceTranslationInput') as GraphQLInputObjectType;
    assert.deepEqual(Object.keys(translation.getFields()).filter((name) => name !== 'locale' && !spec.includes(`{ name: '${name}'`)), []);
  });
});
