import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/core/query.js';
import { isYear, relativeYearsOf, writesYear } from '../../src/core/years.js';

const number = (source: string): Concept => ({ source, role: 'number', forms: [], key: null, weight: 1 });

describe('isYear', () => {
  it.each([
    ['2023', true],
    ['1998', true],
    ['2860', false],
    ['23', false],
  ])('reads %s as a year: %s', (source, year) => {
    expect(isYear(number(source))).toBe(year);
  });

  it('reads no subject as a year', () => {
    expect(isYear({ ...number('2023'), role: 'subject' })).toBe(false);
  });
});

describe('relativeYearsOf', () => {
  it('gives the years documents write as 今年, 去年, 明年 and 前年', () => {
    expect([...relativeYearsOf(['2024-10-30', null, '2025-11-22'])].sort()).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
});

describe('writesYear', () => {
  it.each([
    ['the year written out', '2023年以来，产量增长', null, 2023, true],
    ['去年 in a document of the next year', '去年粮食总产量达到8630万吨', 2024, 2023, true],
    ['前年 in a document of two years later', '前年粮食总产量达到8500万吨', 2024, 2022, true],
    ['今年 in a document of that year', '今年前三季度增长6.2%', 2024, 2024, true],
    ['明年 in a document of the year before', '明年上半年投入运行', 2024, 2025, true],
    ['去年 in an undated document', '去年粮食总产量达到8630万吨', null, 2023, false],
    ['another year', '今年前三季度增长6.2%', 2024, 2022, false],
  ])('finds %s', (_what, text, documentYear, year, found) => {
    expect(writesYear(text, documentYear, year)).toBe(found);
  });
});
