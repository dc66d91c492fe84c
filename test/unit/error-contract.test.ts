import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLError, GraphQLObjectType, getNamedType } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AuthenticationRequired, DomainError, forbidden, notFound } from '../../src/errors/domain-error';
import { AppError, createErrorFormatter, describeError, ErrorCode, HTTP_STATUS } from '../../src/errors/error-mapping';
import { UserErrorCode } from '../../src/errors/user-error-code';
import { USER_ERROR_MESSAGES, userErrorMessage } from '../../src/errors/user-error-messages';
import { validationUserErrors } from '../../src/errors/validation-errors';
import { SCHEMA_FILE } from '../../src/graphql/emit-schema';
import { Locale } from '../../src/i18n/locale';
import { Logger } from '../../src/logger';

const CODES = Object.values(UserErrorCode);
/** Enough parameters for every template that takes some. */
const PARAMS = { max: 300, min: 1, version: 4, limit: 2, step: 'signatura', requirement: 'meeting', fitxes: 2, programmes: 1 };

describe('user error messages', () => {
  it('has a non-empty message for every code in Catalan, Spanish and English', () => {
    assert.ok(CODES.length > 50);
    for (const code of CODES) {
      for (const locale of [Locale.CA, Locale.ES, Locale.EN]) {
        const message = userErrorMessage(code, locale, PARAMS);
        assert.ok(message.trim().length > 3, `${code} ${locale}`);
        assert.doesNotMatch(message, /undefined|null|\$\{/, `${code} ${locale}: ${message}`);
      }
      // Parameters are optional: a message without them still reads well.
      assert.doesNotMatch(userErrorMessage(code, Locale.CA), /undefined|\$\{/, code);
    }
  });

  it('writes each language in that language, not the same text three times', () => {
    const same = CODES.filter((code) => userErrorMessage(code, Locale.CA, PARAMS) === userErrorMessage(code, Locale.ES, PARAMS));
    assert.deepEqual(same, []);
    assert.equal(userErrorMessage(UserErrorCode.TOO_LONG, Locale.ES, { max: 300 }), 'Demasiado largo: como máximo 300 caracteres.');
    assert.equal(userErrorMessage(UserErrorCode.NOT_FOUND, Locale.EN), 'It does not exist or you may not see it.');
  });

  it('answers Occitan in Catalan', () => {
    for (const code of CODES) assert.equal(userErrorMessage(code, Locale.OC, PARAMS), userErrorMessage(code, Locale.CA, PARAMS), code);
  });

  it('has no entry for a code that does not exist', () => {
    assert.deepEqual(Object.keys(USER_ERROR_MESSAGES).sort(), [...CODES].sort());
  });
});

describe('the error mapping', () => {
  it('turns DomainErrors into top-level codes and HTTP statuses', () => {
    const missing = describeError(notFound(['id']), Locale.ES);
    assert.deepEqual([missing.code, missing.status, missing.message], [ErrorCode.NOT_FOUND, 404, 'No existe o no lo podéis ver.']);
    assert.deepEqual(missing.extensions, { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['id'] });
    assert.deepEqual([describeError(forbidden()).code, describeError(forbidden()).status], [ErrorCode.FORBIDDEN, 403]);
    const invalid = describeError(new DomainError(UserErrorCode.OUT_OF_RANGE, ['first'], { min: 1, max: 100 }), Locale.EN);
    assert.deepEqual([invalid.code, invalid.status, invalid.message], [ErrorCode.BAD_USER_INPUT, 400, 'Out of the allowed range: at least 1, at most 100.']);
    const anonymous = describeError(new AuthenticationRequired());
    assert.deepEqual([anonymous.code, anonymous.status], [ErrorCode.UNAUTHENTICATED, 401]);
    assert.equal(describeError(new AppError(ErrorCode.UNAUTHENTICATED, 'Token expired', { reason: 'TOKEN_EXPIRED', http: { status: 401 } })).status, 401);
  });

  it('answers anything unexpected with a bare INTERNAL_SERVER_ERROR', () => {
    const sql = new Error('insert into "application" ("secret_column") values ($1) - duplicate key value violates unique constraint');
    const described = describeError(sql);
    assert.deepEqual(described, {
      code: ErrorCode.INTERNAL_SERVER_ERROR, status: 500, message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR }, unexpected: true,
    });
    assert.equal(describeError(new GraphQLError('boom', { extensions: { code: 'SOMETHING_ELSE' } })).code, ErrorCode.INTERNAL_SERVER_ERROR);
    assert.equal(describeError('a string').status, 500);
  });

  it('is what Apollo answers, logging the unexpected in full and the expected not at all', () => {
    const logged: unknown[] = [];
    const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger;
    const format = createErrorFormatter(logger);
    const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
    const bug = format({ message: 'select * from secret', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrapped(new Error('select * from secret')));
    assert.deepEqual(bug, { message: 'Internal server error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    assert.equal(logged.length, 1);
    const expected = format({ message: 'NOT_FOUND' }, wrapped(notFound(['input', 'resourceId'])));
    assert.equal(expected.extensions?.code, 'NOT_FOUND');
    assert.equal(expected.message, 'No existeix o no el podeu veure.');
    assert.equal(logged.length, 1);
    const syntax = format({ message: 'Syntax Error' }, new GraphQLError('Syntax Error: Unexpected Name', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }));
    assert.equal(syntax.extensions?.code, ErrorCode.BAD_REQUEST);
  });

  it('has an HTTP status for every top-level code', () => {
    for (const code of Object.values(ErrorCode)) assert.ok(HTTP_STATUS[code] >= 400, code);
  });

  it('turns class-validator failures into user errors without the rejected value', () => {
    const failure = [{
      property: 'content', value: undefined, children: [{
        property: 'title', value: 'x'.repeat(400), children: [],
        constraints: { maxLength: 'title must be shorter than or equal to 300 characters' },
      }],
    }];
    assert.deepEqual(validationUserErrors(failure as never), [{ code: UserErrorCode.TOO_LONG, field: ['input', 'content', 'title'], params: { max: 300 } }]);
    const described = describeError(new ArgumentValidationError(failure as never), Locale.ES);
    assert.equal(described.message, 'Demasiado largo: como máximo 300 caracteres.');
    assert.doesNotMatch(JSON.stringify(described), /xxxx|validationErrors|shorter than/);
  });
});

describe('the schema', () => {
  it('gives every mutation payload userErrors and warnings, as non-null lists of UserError', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const mutations = Object.values(schema.getMutationType()!.getFields());
    assert.ok(mutations.length > 20);
    for (const mutation of mutations) {
      assert.equal(mutation.args.map((arg) => arg.name).join(), 'input', `${mutation.name} takes one input`);
      const payload = getNamedType(mutation.type) as GraphQLObjectType;
      for (const list of ['userErrors', 'warnings']) {
        assert.equal(String(payload.getFields()[list]?.type), '[UserError!]!', `${payload.name}.${list}`);
      }
    }
    assert.equal(String(schema.getType('UserError') && (schema.getType('UserError') as GraphQLObjectType).getFields().code.type), 'UserErrorCode!');
  });
});
