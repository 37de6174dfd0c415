import { describe, expect, it } from 'vitest';
import { demandKeys, indexPart, keyPart } from '../../../packages/store/src/keys.js';

describe('store keys', () => {
  it('escapes # so ids containing it cannot make two demand keys collide', () => {
    expect(demandKeys.sk('a#b', 'c')).not.toBe(demandKeys.sk('a', 'b#c'));
    expect(keyPart('a#b%23')).toBe('a%23b%2523');
    expect(decodeURIComponent(keyPart('x#%y'))).toBe('x#%y');
  });

  it('pads part indexes so sort-key order is list order', () => {
    const keys = [0, 9, 10, 99, 100, 123456].map(indexPart);
    expect([...keys].sort()).toEqual(keys);
  });
});
