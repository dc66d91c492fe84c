import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Actor, actorFromClaims, hasRole, InvalidClaimError } from '../../src/identity/actor';
import { nifKind } from '../../src/identity/nif';

const INDIVIDUAL = {
  sub: 'idp|maria',
  name: 'Maria Puig Soler',
  nif: '12345678Z',
  certificate: { type: 'INDIVIDUAL', assurance: 'HIGH' },
};

const rejectsClaim = (claim: string, message?: RegExp) => (error: unknown) =>
  error instanceof InvalidClaimError && error.claim === claim && (!message || message.test(error.message));

describe('NIF', () => {
  it('recognises people (DNI, NIE, K/L/M) by shape and control letter', () => {
    for (const nif of ['12345678Z', '00000000T', 'X1234567L', 'Y1234567X', 'Z1234567R', 'K1234567L', ' 12345678-z ']) {
      assert.equal(nifKind(nif), 'PERSON', nif);
    }
  });

  it('recognises entities by shape, including council NIFs', () => {
    for (const nif of ['P2512000A', 'P0800000B', 'Q0801175A', 'B12345678', 'S0811001G']) assert.equal(nifKind(nif), 'ENTITY', nif);
  });

  it('refuses wrong control letters and other shapes', () => {
    for (const nif of ['12345678A', 'X1234567A', '1234567Z', '123456789', 'P251200', 'I2512000A', 'P2512000Z', '', 'ES12345678Z']) {
      assert.equal(nifKind(nif), null, nif);
    }
  });
});

describe('actor from claims', () => {
  it('builds an individual, normalizing the NIF', () => {
    const actor = actorFromClaims({ ...INDIVIDUAL, nif: '12345678z' });
    assert.equal(actor.nif, '12345678Z');
    assert.equal(actor.represents, null);
    assert.deepEqual(actor.roles, []);
  });

  it('builds a public employee acting for an entity', () => {
    const actor = actorFromClaims({ ...INDIVIDUAL, certificate: { type: 'PUBLIC_EMPLOYEE', assurance: 'SUBSTANTIAL' }, represents: { nif: 'p2512000a', name: 'Ajuntament de Lleida' } });
    assert.deepEqual(actor.represents, { nif: 'P2512000A', name: 'Ajuntament de Lleida' });
  });

  it('keeps known roles once and reports the ones it ignores', () => {
    const ignored: string[] = [];
    const actor = actorFromClaims({ ...INDIVIDUAL, roles: ['editor:diba', 'editor:diba', 'admin:diputacio-lleida', 'owner:diba', 'editor:', 'editor:Bad Slug', 'reviewer:a:b'] },
      { onIgnoredRole: (entry) => ignored.push(entry) });
    assert.deepEqual(actor.roles, [{ role: 'editor', provider: 'diba' }, { role: 'admin', provider: 'diputacio-lleida' }]);
    assert.deepEqual(ignored, ['owner:diba', 'editor:', 'editor:Bad Slug', 'reviewer:a:b']);
  });

  const cases: [string, Record<string, unknown>, string, RegExp?][] = [
    ['a missing sub', { sub: undefined }, 'sub'],
    ['a blank name', { name: '  ' }, 'name'],
    ['a NIF with a wrong control letter', { nif: '12345678A' }, 'nif', /not a valid NIF/],
    ['an entity NIF as the holder', { nif: 'P2512000A' }, 'nif', /person's NIF/],
    ['no certificate', { certificate: undefined }, 'certificate'],
    ['an unknown certificate type', { certificate: { type: 'COMPANY', assurance: 'HIGH' } }, 'certificate.type'],
    ['an unknown assurance', { certificate: { type: 'INDIVIDUAL', assurance: 'MAXIMUM' } }, 'certificate.assurance'],
    ['a representative without represents', { certificate: { type: 'REPRESENTATIVE', assurance: 'HIGH' } }, 'represents', /required with a REPRESENTATIVE/],
    ['a representative of a person', { certificate: { type: 'REPRESENTATIVE', assurance: 'HIGH' }, represents: { nif: '12345678Z', name: 'x' } }, 'represents.nif', /entity's NIF/],
    ['a represented entity without a name', { certificate: { type: 'PUBLIC_EMPLOYEE', assurance: 'HIGH' }, represents: { nif: 'P2512000A' } }, 'represents.name'],
    ['an individual claiming to represent', { represents: { nif: 'P2512000A', name: 'Ajuntament de Lleida' } }, 'represents', /not allowed with an INDIVIDUAL/],
    ['roles that are not a list of strings', { roles: 'editor:diba' }, 'roles'],
    ['roles holding a non-string', { roles: ['editor:diba', 3] }, 'roles'],
  ];
  for (const [label, override, claim, message] of cases) {
    it(`rejects ${label}`, () => {
      assert.throws(() => actorFromClaims({ ...INDIVIDUAL, ...override }), rejectsClaim(claim, message));
    });
  }
});

describe('hasRole', () => {
  const actor: Actor = actorFromClaims({ ...INDIVIDUAL, roles: ['editor:diba', 'admin:diputacio-lleida'] });

  it('matches role and provider exactly', () => {
    assert.equal(hasRole(actor, 'editor', 'diba'), true);
    assert.equal(hasRole(actor, 'editor', 'diputacio-lleida'), false);
    assert.equal(hasRole(actor, 'reviewer', 'diba'), false);
  });

  it('does not let admin imply other roles, and anonymous has none', () => {
    assert.equal(hasRole(actor, 'editor', 'diputacio-lleida'), false);
    assert.equal(hasRole(null, 'editor', 'diba'), false);
  });
});
