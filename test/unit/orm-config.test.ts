import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config';
import { ormOptions } from '../../src/database/orm-config';

describe('ORM options', () => {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://localhost/none' });

  it('leave the tracked schema snapshot alone except for migration:create', () => {
    assert.equal(ormOptions(config, 'postgres://localhost/none').migrations?.snapshot, false, 'starts and tests must not rewrite it');
    assert.equal(ormOptions(config, 'postgres://localhost/none', undefined, { migrationSnapshot: true }).migrations?.snapshot, true);
  });

  it("keep graphile-worker's schema out of the schema diff", () => {
    assert.ok(ormOptions(config, 'postgres://localhost/none').schemaGenerator?.ignoreSchema?.includes('graphile_worker'));
  });
});
