import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, withinOneEdit } from '../../src/core/edit-distance.js';

describe('withinOneEdit', () => {
  it.each([
    ['hangzhou', 'hangzou', true],
    ['huzhou', 'hezhou', true],
    ['huzhou', 'huzhou', true],
    ['wuhu', 'wuhuu', true],
    ['huzhou', 'hezhuo', false],
    ['suzhou', 'jinhua', false],
    ['', 'a', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });

  it('agrees with the bounded edit distance on any strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'h', 'u', 'z'), maxLength: 8 });
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === editDistance(a, b, 1) <= 1));
  });
});
