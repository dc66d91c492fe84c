import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { lintSchema } from '../support/schema-lint';

describe('descriptions, checked by graphql-schema-linter', () => {
  it('the linter finds each kind of missing description', () => {
    const findings = lintSchema(`
      "Described." type Query {
        "Described." ok(
          "Described." locale: Locale
          page: Int
        ): Int
        bare: Int
      }
      "Described." enum Locale { "Described." CA ES }
      input Filter { "Described." search: String, kind: Int }
    `);
    assert.deepEqual(findings.sort(), [
      'arguments-have-descriptions: The `page` argument of `ok` is missing a description.',
      'enum-values-have-descriptions: The enum value `Locale.ES` is missing a description.',
      'fields-have-descriptions: The field `Query.bare` is missing a description.',
      'input-object-values-have-descriptions: The input value `Filter.kind` is missing a description.',
      'types-have-descriptions: The input object type `Filter` is missing a description.',
    ]);
  });

  it('every type, field, argument, input field and enum value of the schema has one', async () => {
    const findings = lintSchema(printSchema(await buildGraphQLSchema()));
    assert.deepEqual(findings, [], `${findings.length} missing:\n${findings.join('\n')}`);
  });
});
