import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConnectionException, DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { databaseUnavailableCause, describeError, ErrorCode } from '../../src/errors/error-mapping';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('database unavailability in the one error mapping', () => {
  const unavailable: [string, unknown, string][] = [
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'ECONNREFUSED'],
    ['every address refused (AggregateError)', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), 'ECONNREFUSED'],
    ['connection terminated, as MikroORM words it', new DriverException(new Error('select "p0".* from "provider" as "p0" - Connection terminated unexpectedly')), 'CONNECTION_LOST'],
    ['connect timeout', new Error('Connection terminated due to connection timeout'), 'CONNECTION_LOST'],
    ['administrator shutdown (57P01)', withCode('terminating connection due to administrator command', '57P01'), '57P01'],
    ['starting up or shutting down (57P03)', withCode('the database system is shutting down', '57P03'), '57P03'],
    ['a connection exception (class 08)', withCode('connection failure', '08006'), '08006'],
    ['pool acquire timeout', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'), { name: 'KnexTimeoutError' }), 'POOL_EXHAUSTED'],
    ['MikroORM connection exception', new ConnectionException(new Error('could not connect')), 'CONNECTION_LOST'],
    ['wrapped as a cause', new Error('while saving', { cause: withCode('read ECONNRESET', 'ECONNRESET') }), 'ECONNRESET'],
  ];
  for (const [what, error, cause] of unavailable) {
    it(`answers ${what} with 503 SERVICE_UNAVAILABLE and a safe cause`, () => {
      assert.equal(databaseUnavailableCause(error), cause);
      const described = describeError(error);
      assert.equal(described.code, ErrorCode.SERVICE_UNAVAILABLE);
      assert.equal(described.status, 503);
      assert.equal(described.unexpected, false);
      assert.doesNotMatch(described.message, /select|ECONN|Knex/);
    });
  }

  it('leaves other database errors to the 500 path', () => {
    for (const error of [
      new UniqueConstraintViolationException(withCode('duplicate key value violates unique constraint', '23505')),
      withCode('canceling statement due to statement timeout', '57014'),
      new Error('Cannot read properties of undefined'),
      null,
    ]) {
      assert.equal(databaseUnavailableCause(error), null);
      assert.equal(describeError(error).code, ErrorCode.INTERNAL_SERVER_ERROR);
    }
  });
});
