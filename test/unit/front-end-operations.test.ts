import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileOperations, loadOperations, OPERATIONS_DIR, SCHEMA_SDL } from '../support/operations-compiler';

describe("front ends' operations (test/operations)", () => {
  it('compile with GraphQL Code Generator and type-check with tsc --strict against schema/schema.graphql', async () => {
    const result = await compileOperations();
    assert.ok(result.ok, `${result.failedAt}: ${result.output}`);
  });

  it('are named, once each, and cover the three front ends', async () => {
    const operations = await loadOperations();
    const folders = new Set([...operations.values()].map((operation) => operation.file.split(path.sep)[0]));
    assert.deepEqual([...folders].sort(), ['applicant', 'back-office', 'catalogue']);
  });

  describe('a schema change that breaks a front end fails the compilation', () => {
    let copy: string;
    before(async () => {
      copy = await mkdtemp(path.join(tmpdir(), 'operations-copy-'));
    });
    after(async () => {
      await rm(copy, { recursive: true, force: true });
    });

    it('an operation asking for a field the schema does not have', async () => {
      const operations = path.join(copy, 'renamed-field');
      await cp(OPERATIONS_DIR, operations, { recursive: true });
      const fitxa = path.join(operations, 'catalogue', 'fitxa.graphql');
      const text = await readFile(fitxa, 'utf8');
      assert.match(text, /\n {4}summary\n/);
      await writeFile(fitxa, text.replace(/\n {4}summary\n/, '\n    lead\n'));
      const result = await compileOperations({ operationsDir: operations });
      assert.equal(result.ok, false);
      assert.equal(result.failedAt, 'codegen');
      assert.match(result.output, /Cannot query field "lead" on type "Resource"/);
    });

    it('a field that becomes nullable, which a screen reads as always there', async () => {
      const schema = path.join(copy, 'nullable-title.graphql');
      const sdl = await readFile(SCHEMA_SDL, 'utf8');
      const resourceType = /\ntype Resource implements Node \{[\s\S]*?\n\}\n/;
      const [definition] = sdl.match(resourceType) ?? [''];
      assert.match(definition, /\n {2}title: String!\n/);
      await writeFile(schema, sdl.replace(resourceType, definition.replace(/\n {2}title: String!\n/, '\n  title: String\n')));
      const result = await compileOperations({ schemaFile: schema });
      assert.equal(result.ok, false);
      assert.equal(result.failedAt, 'tsc', result.output);
      assert.match(result.output, /usage\.ts\(\d+,\d+\): error TS2322: Type 'string \| null' is not assignable to type 'string'/);
    });
  });
});
