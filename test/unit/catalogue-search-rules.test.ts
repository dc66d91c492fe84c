import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sdgLabel, withSelected } from '../../src/catalogue/facet-values';
import { InvalidTaxonomyCodeError, parseTaxonomyCodes, qualifiedCode } from '../../src/catalogue/taxonomy-code';
import { Locale } from '../../src/i18n/locale';

describe('provider-qualified taxonomy codes', () => {
  it('splits bare codes from "<providerSlug>:<code>"', () => {
    assert.deepEqual(parseTaxonomyCodes(['cultura', 'diba:cultura', 'diputacio-lleida:medi-ambient']), {
      bare: ['cultura'],
      qualified: [{ providerSlug: 'diba', code: 'cultura' }, { providerSlug: 'diputacio-lleida', code: 'medi-ambient' }],
    });
    assert.deepEqual(parseTaxonomyCodes([]), { bare: [], qualified: [] });
  });

  it('round-trips the qualified form facets give', () => {
    assert.deepEqual(parseTaxonomyCodes([qualifiedCode('ddgi', 'cultura')]).qualified, [{ providerSlug: 'ddgi', code: 'cultura' }]);
  });

  it('refuses empty parts, spaces, a second separator and over-long parts, saying which value', () => {
    const cases: [string[], number, string][] = [
      [['diba:'], 0, 'INVALID_FORMAT'], [[':cultura'], 0, 'INVALID_FORMAT'], [['ok', 'a:b:c'], 1, 'INVALID_FORMAT'],
      [[' cultura'], 0, 'INVALID_FORMAT'], [['cul tura'], 0, 'INVALID_FORMAT'], [[''], 0, 'INVALID_FORMAT'],
      [['x'.repeat(65)], 0, 'TOO_LONG'], [[`diba:${'x'.repeat(65)}`], 0, 'TOO_LONG'], [[`${'d'.repeat(65)}:cultura`], 0, 'TOO_LONG'],
    ];
    for (const [values, index, fault] of cases) {
      assert.throws(() => parseTaxonomyCodes(values),
        (error: unknown) => error instanceof InvalidTaxonomyCodeError && error.index === index && error.fault === fault, JSON.stringify(values));
    }
    assert.doesNotThrow(() => parseTaxonomyCodes([`${'d'.repeat(64)}:${'x'.repeat(64)}`]));
  });
});

describe('facet values', () => {
  it('orders by count, then label, and keeps a selected value that no fitxa has with count 0', () => {
    const counted = [{ value: 'B', label: 'Bé', count: 2 }, { value: 'A', label: 'Àlies', count: 2 }, { value: 'C', label: 'C', count: 5 }];
    assert.deepEqual(withSelected(counted, [{ value: 'A', label: 'Àlies' }, { value: 'Z', label: 'Zeta' }]).map((v) => [v.value, v.count]),
      [['C', 5], ['A', 2], ['B', 2], ['Z', 0]]);
  });

  it('labels SDGs as "N. name" in the locale', () => {
    assert.equal(sdgLabel(16, Locale.CA), '16. Pau, justícia i institucions sòlides');
    assert.equal(sdgLabel(16, Locale.ES), '16. Paz, justicia e instituciones sólidas');
  });
});
