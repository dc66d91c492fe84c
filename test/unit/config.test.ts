import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('has sensible defaults for a laptop', () => {
    const config = loadConfig({});
    assert.equal(config.port, 4000);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.isProduction, false);
    assert.equal(config.graphqlIntrospection, true);
  });

  it('turns introspection and demo data off in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production', DATABASE_URL: 'postgresql://u@h/db', AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'cataleg',
    });
    assert.equal(config.graphqlIntrospection, false);
    assert.equal(config.seedDemo, false);
  });

  for (const [variable, value] of [['PORT', 'eighty'], ['PORT', '70000'], ['DATABASE_URL', 'mysql://x'], ['DATABASE_URL', 'not a url'],
    ['NODE_ENV', 'staging'], ['SEED_ON_START', 'maybe'], ['GRAPHQL_MAX_DEPTH', '1'], ['PUBLIC_BASE_URL', 'ftp://x']]) {
    it(`stops on a bad ${variable} and names it`, () => {
      assert.throws(() => loadConfig({ [variable]: value }), (error: unknown) => error instanceof ConfigError && error.variable === variable && error.message.includes(variable));
    });
  }
});
