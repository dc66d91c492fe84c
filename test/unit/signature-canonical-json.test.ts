import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, sha256Hex } from '../../src/signature/canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units, recursively (RFC 8785 §3.2.3)', async () => {
    const value = {
      '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Compared as text: Object.keys() would list the integer-like key "1" first whatever the order.
    // The emoji (a surrogate pair, 0xD83D…) sorts before U+FB33, unlike code point order.
    assert.equal(await canonicalJson(value), '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",'
      + '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}');
    assert.equal(await canonicalJson({ b: { z: 1, a: [{ y: 2, x: 1 }] }, a: null }), '{"a":null,"b":{"a":[{"x":1,"y":2}],"z":1}}');
  });

  it('writes the RFC 8785 §3.2.2 sample byte for byte', async () => {
    const input = JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],'
      + '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}');
    assert.equal(await canonicalJson(input),
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('formats numbers as ECMAScript does', async () => {
    const cases: Array<[number, string]> = [
      [1e21, '1e+21'], [1e20, '100000000000000000000'], [0.000001, '0.000001'], [0.0000001, '1e-7'],
      [-0, '0'], [1500.5, '1500.5'], [-1.5e-300, '-1.5e-300'], [9007199254740992, '9007199254740992'], [5e-324, '5e-324'],
    ];
    for (const [number, expected] of cases) assert.equal(await canonicalJson(number), expected, String(number));
  });

  it('escapes only what JSON requires, in lower-case hex, and keeps other characters as UTF-8', async () => {
    assert.equal(await canonicalJson('\u0000\u001f\b\t\n\f\r"\\/'), '"\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\/"');
    assert.equal(await canonicalJson('Lleida · Tàrrega € \u2028 😀'), '"Lleida · Tàrrega € \u2028 😀"');
  });

  it('drops undefined members and refuses what JSON cannot represent', async () => {
    assert.equal(await canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
    await assert.rejects(canonicalJson(Number.NaN), TypeError);
    await assert.rejects(canonicalJson({ x: Number.POSITIVE_INFINITY }), TypeError);
    await assert.rejects(canonicalJson('\ud800'), /surrogate/i);
    await assert.rejects(canonicalJson(undefined), TypeError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    await assert.rejects(canonicalJson(cycle), /circular/i);
  });

  it('uses toJSON, so dates become ISO strings', async () => {
    assert.equal(await canonicalJson({ at: new Date('2026-03-02T10:00:00Z') }), '{"at":"2026-03-02T10:00:00.000Z"}');
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes', () => {
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // UTF-8 (C3 A9), not Latin-1 (E9, whose hash begins de2e331d).
    assert.equal(sha256Hex('é'), '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});
