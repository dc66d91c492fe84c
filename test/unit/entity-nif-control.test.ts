import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityNifControlCharacter, entityNifHasValidControl } from '../../src/identity/nif';

describe('the control character of entity NIFs', () => {
  it('accepts NIFs whose control character matches their digits', () => {
    // Barcelona and Lleida as the ajuntaments publish them (seeds/municipalities.ts); the others by the rule.
    for (const nif of ['P0801900B', 'P2515100B', 'Q0801175A', 'S0811001G', 'B12345674', 'G1234567D', 'G12345674', ' p-0801900-b ']) {
      assert.equal(entityNifHasValidControl(nif), true, nif);
    }
  });

  it('refuses a wrong control character, the wrong form for the kind of entity, and people', () => {
    // P2512000A is DESIGN.md's example: the right shape with the wrong control character (G).
    for (const nif of ['P2512000A', 'P0801900C', 'P08019002', 'B1234567D', 'B12345678', '12345678Z', 'P080190', '']) {
      assert.equal(entityNifHasValidControl(nif), false, nif);
    }
  });

  it('computes the control character from the first eight characters', () => {
    assert.equal(entityNifControlCharacter('P0801900'), 'B');
    assert.equal(entityNifControlCharacter('P2512000'), 'G');
    assert.equal(entityNifControlCharacter('B1234567'), '4');
    assert.equal(entityNifControlCharacter('12345678'), null);
  });
});
