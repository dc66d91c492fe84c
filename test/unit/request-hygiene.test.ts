import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { DriverException } from '@mikro-orm/core';
import { withoutEchoedValues } from '../../src/errors/echo-free-message';
import { MAX_VARIABLE_DEPTH, variablesFault } from '../../src/graphql/request-hygiene';
import { createLogger, safeError } from '../../src/logger';

const nested = (depth: number) => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('variables a request may send', () => {
  it('accepts ordinary variables, up to the depth limit', () => {
    assert.equal(variablesFault(undefined), null);
    assert.equal(variablesFault({ input: { name: 'Núria', list: [1, null, true, { x: 'é' }] } }), null);
    assert.equal(variablesFault(nested(MAX_VARIABLE_DEPTH)), null);
  });
  it('finds nesting past the limit without recursing, even 100,000 levels deep', () => {
    assert.equal(variablesFault(nested(MAX_VARIABLE_DEPTH + 1)), 'TOO_DEEP');
    assert.equal(variablesFault(nested(100_000)), 'TOO_DEEP');
  });
  it('finds the null character in any string or key', () => {
    assert.equal(variablesFault({ f: { search: 'a\u0000b' } }), 'NULL_BYTE');
    assert.equal(variablesFault({ f: [['ok', '\u0000']] }), 'NULL_BYTE');
    assert.equal(variablesFault({ ['k\u0000']: 1 }), 'NULL_BYTE');
    assert.equal(variablesFault('\u0000'), 'NULL_BYTE');
  });
});

describe('messages of graphql-js without the values they quote', () => {
  const big = 'Q'.repeat(10_000);
  const cases: [string, string][] = [
    [`Variable "$y" got invalid value "${big}"; Int cannot represent non-integer value: "${big}"`, 'Variable "$y" got an invalid value.'],
    [`Variable "$f" got invalid value { kinds: ["${big}"] } at "f.kinds[0]"; Value "${big}" does not exist in "ResourceKind" enum.`, 'Variable "$f" got an invalid value.'],
    [`Expected value of type "Int!", found "${big}".`, 'Expected value of type "Int!".'],
    [`Int cannot represent non-integer value: "${big}"`, 'Int cannot represent this value.'],
    [`Enum "ResourceKind" cannot represent non-enum value: ${big}.`, 'Enum "ResourceKind" cannot represent this value.'],
    [`Value "${big}" does not exist in "ResourceKind" enum.`, 'The value does not exist in "ResourceKind" enum.'],
    [`Cannot query field "${big}" on type "Query".`, 'Cannot query field "…" on type "Query".'],
    [`Syntax Error: Unexpected Name "${big}".`, 'Syntax Error: Unexpected Name "…".'],
    ['Syntax Error: Expected Name, found <EOF>.', 'Syntax Error: Expected Name, found <EOF>.'],
    ['Unknown argument "slugs" on field "Query.provider".', 'Unknown argument "slugs" on field "Query.provider".'],
  ];
  for (const [message, expected] of cases) {
    it(expected, () => assert.equal(withoutEchoedValues(message), expected));
  }
  it("keeps a variable's reason, without the value", () => {
    assert.equal(withoutEchoedValues(`Variable "$l" got invalid value "${big}"; Value "${big}" does not exist in "Locale" enum.`,
      `Value "${big}" does not exist in "Locale" enum.`), 'Variable "$l" got an invalid value. The value does not exist in "Locale" enum.');
    assert.equal(withoutEchoedValues(`Variable "$f" got invalid value { ${big}: 1 }; Field "${big}" is not defined by type "ResourceFilter".`,
      `Field "${big}" is not defined by type "ResourceFilter".`), 'Variable "$f" got an invalid value. Field "…" is not defined by type "ResourceFilter".');
  });
  it('caps whatever else is long', () => {
    assert.ok(withoutEchoedValues(`Something ${big}`).length <= 301);
  });
});

describe('errors in the logs', () => {
  const databaseError = () => {
    const pg = Object.assign(new Error('invalid input syntax for type uuid: "Núria Secreta"'), {
      code: '22P02', severity: 'ERROR', routine: 'string_to_uuid', detail: 'Key (email)=(nuria@example.cat) already exists.',
      where: 'PL/pgSQL function f() line 1', table: 'application', column: 'applicant_email',
    });
    const driver = new DriverException(pg);
    driver.message = `update "application" set "applicant_name" = 'Núria Secreta' where "id" = 'x' - ${pg.message}`;
    return driver;
  };

  it('keeps the codes of a database error and withholds its statement, values and detail', () => {
    const logged = JSON.stringify(safeError(databaseError()));
    assert.doesNotMatch(logged, /Secreta|nuria@|update "application"|PL\/pgSQL/);
    assert.match(logged, /"code":"22P02"/);
    assert.match(logged, /"table":"application"/);
    assert.match(logged, /"column":"applicant_email"/);
  });

  it('censors personal fields and SQL parameters wherever a log call puts them', () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } }));
    logger.error({ err: databaseError(), params: ['Núria Secreta'], applicant: { email: 'nuria@example.cat', nif: '12345678Z', phone: '973 111 222' },
      req: { headers: { authorization: 'Bearer abc.def' } }, variables: { name: 'Núria Secreta' } }, 'failed');
    const [line] = lines;
    assert.doesNotMatch(line, /Secreta|nuria@|12345678Z|973 111|abc\.def/);
    assert.match(line, /\[redacted\]/);
  });
});
