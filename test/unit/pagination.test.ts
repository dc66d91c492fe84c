import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeCursor, pageWindow } from '../../src/graphql/pagination';

describe('pagination windows', () => {
  it('defaults to the first 20', () => assert.deepEqual(pageWindow({}, 50), { offset: 0, limit: 20 }));
  it('continues after a cursor', () => assert.deepEqual(pageWindow({ first: 10, after: encodeCursor(9) }, 50), { offset: 10, limit: 10 }));
  it('takes the last items', () => assert.deepEqual(pageWindow({ last: 5 }, 50), { offset: 45, limit: 5 }));
  it('takes the last items before a cursor', () => assert.deepEqual(pageWindow({ last: 3, before: encodeCursor(5) }, 50), { offset: 2, limit: 3 }));
  it('stops at the end', () => assert.deepEqual(pageWindow({ first: 10, after: encodeCursor(45) }, 50), { offset: 46, limit: 4 }));
  it('refuses sizes out of 1–100 and both first and last', () => {
    for (const args of [{ first: 0 }, { first: 101 }, { last: -1 }, { first: 1, last: 1 }, { after: 'bogus' }]) {
      assert.throws(() => pageWindow(args, 10), /first|last|after/);
    }
  });
});
