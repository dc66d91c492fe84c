import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Locale, localeFromAcceptLanguage, pickLocalized } from '../../src/i18n/locale';

describe('locales', () => {
  it('reads Accept-Language by weight', () => {
    assert.equal(localeFromAcceptLanguage('es-ES,es;q=0.9,ca;q=0.8'), Locale.ES);
    assert.equal(localeFromAcceptLanguage('fr;q=1, oc;q=0.5, ca;q=0.4'), Locale.OC);
    assert.equal(localeFromAcceptLanguage('en-GB'), Locale.EN);
    assert.equal(localeFromAcceptLanguage('de, fr'), undefined);
    assert.equal(localeFromAcceptLanguage('ca;q=0'), undefined);
    assert.equal(localeFromAcceptLanguage(undefined), undefined);
  });

  it('falls back to Catalan', () => {
    assert.equal(pickLocalized({ CA: 'Correu', ES: 'Correo' }, Locale.ES), 'Correo');
    assert.equal(pickLocalized({ CA: 'Correu' }, Locale.EN), 'Correu');
    assert.equal(pickLocalized(null, Locale.EN), null);
  });
});
