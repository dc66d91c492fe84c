import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { printCommittedSchema, SCHEMA_FILE } from '../../src/graphql/emit-schema';

it('schema/schema.graphql matches the code (run `npm run schema` after a schema change)', async () => {
  const committed = await readFile(SCHEMA_FILE, 'utf8');
  assert.equal(committed, await printCommittedSchema());
});
