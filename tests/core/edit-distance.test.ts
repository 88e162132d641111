import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, oneTypoApart, withinOneEdit } from '../../src/core/edit-distance.js';

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

describe('oneTypoApart', () => {
  it.each([
    ['hefei', 'hefie', true],
    ['songjiang', 'songjaing', true],
    ['huzhou', 'huzou', true],
    ['mayor', 'mayer', true],
    ['hefei', 'hfeie', false],
    ['suzhou', 'zuhsou', false],
  ])('%s and %s: %s', (known, typed, expected) => {
    expect(oneTypoApart(known, typed)).toBe(expected);
  });

  it('accepts every swap of two neighbours', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'h', 'u', 'z'), minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(word, fc.nat(), (known, at) => {
        const i = at % (known.length - 1);
        const typed = known.slice(0, i) + known[i + 1] + known[i] + known.slice(i + 2);
        return oneTypoApart(known, typed);
      }),
    );
  });
});
