import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfKey, keyAt, packStringMap, packStrings, tableSize, valueOf } from '../../src/core/string-table.js';

describe('packStrings', () => {
  it('keeps each key once, in code-unit order', () => {
    const table = packStrings(['湖州', 'g60', '九城市', 'g60', '']);
    expect(Array.from({ length: tableSize(table) }, (_, i) => keyAt(table, i))).toEqual(['', 'g60', '九城市', '湖州']);
  });

  // Prefixes of one another, Han and a character outside the BMP (two code units): the search
  // compares code units in place and must order them as `<` does.
  const unit = fc.constantFrom('a', 'b', '9', '湖', '州', '\u{20000}', '\uffff');

  it('finds every key it holds and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit, maxLength: 4 })), fc.string({ unit, maxLength: 4 }), (keys, other) => {
        const table = packStrings(keys);
        for (const key of keys) expect(keyAt(table, indexOfKey(table, key))).toBe(key);
        if (!keys.includes(other)) expect(indexOfKey(table, other)).toBe(-1);
      }),
    );
  });
});

describe('string map', () => {
  const map = packStringMap(new Map([['song jiang', '松江'], ['hu zhou', '湖州'], ['wu hu', '芜湖']]));

  it.each([
    ['song jiang', '松江'],
    ['hu zhou', '湖州'],
    ['wu hu', '芜湖'],
    ['he fei', undefined],
  ])('gives %s the value it was packed with: %s', (key, value) => {
    expect(valueOf(map, key)).toBe(value);
  });
});
