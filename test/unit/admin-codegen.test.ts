import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { executeCodegen, loadCodegenConfig } from '@graphql-codegen/cli';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The back office's typed operations (admin/src/gql/) are committed, so the build needs no
 * codegen step; this fails when they no longer match the schema or the operations in admin/src:
 * run `npm run admin:codegen` and commit the result.
 */
describe('the back office\'s generated GraphQL code', () => {
  it('is what `npm run admin:codegen` makes from schema/schema.graphql and the operations in admin/src', async () => {
    // The same configuration file the script uses, loaded as the codegen CLI loads it.
    const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'admin', 'codegen.ts') });
    const previous = process.cwd();
    process.chdir(ROOT); // the configuration's paths are relative to the repository, as for `npm run admin:codegen`
    let outcome;
    try {
      outcome = await executeCodegen({ ...config, cwd: ROOT, silent: true });
    } finally {
      process.chdir(previous);
    }
    const { result, error } = outcome;
    assert.equal(error, null, String(error));
    assert.ok(result.length >= 3);
    for (const file of result) {
      const committed = readFileSync(path.resolve(ROOT, file.filename), 'utf8');
      assert.ok(committed === file.content, `${file.filename} is stale: run npm run admin:codegen and commit it`);
    }
  });
});
