import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openForApplicationsOn } from '../../src/catalogue/application-window.rules';
import { OPEN_FOR_APPLICATIONS_CASES } from '../support/open-for-applications.cases';

describe('open for applications on a day (one rule, one table)', () => {
  for (const example of OPEN_FOR_APPLICATIONS_CASES) {
    it(`${example.name}: ${example.open ? 'open' : 'closed'}`, () => {
      assert.equal(openForApplicationsOn(example.windows, example.day), example.open);
    });
  }

  it('does not depend on the order of the windows', () => {
    for (const example of OPEN_FOR_APPLICATIONS_CASES) {
      assert.equal(openForApplicationsOn([...example.windows].reverse(), example.day), example.open, example.name);
    }
  });
});
