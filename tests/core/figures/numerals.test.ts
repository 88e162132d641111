import { describe, expect, it } from 'vitest';
import { foldWidth, parseNumeral } from '../../../src/core/figures/numerals.js';

describe('parseNumeral', () => {
  it.each([
    ['1611', 1611],
    ['54.5', 54.5],
    ['1,250亿', 125_000_000_000],
    ['3.8万亿', 3_800_000_000_000],
    ['1.29万亿', 1_290_000_000_000],
    ['1328亿', 132_800_000_000],
    ['36万', 360_000],
    ['两', 2],
    ['四', 4],
    ['十一', 11],
    ['百亿', 10_000_000_000],
    ['一百二十三', 123],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万亿', 3_000_000_000_000],
    ['一亿三千万', 130_000_000],
    ['二〇二三', 2023],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['', '亿', 'G60', '三角'])('rejects %s', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});

describe('foldWidth', () => {
  it('folds full-width digits and percent one character for one', () => {
    expect(foldWidth('增长２０２４％，')).toBe('增长2024%，');
  });
});
