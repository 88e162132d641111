import { describe, expect, it } from 'vitest';
import { findEnglishPeriods, withoutEnglishPeriods } from '../../src/core/english-periods.js';

const spellingsOf = (text: string) => findEnglishPeriods(text).map(({ source, spellings }) => [source, spellings.map((spelling) => spelling.text)]);

describe('findEnglishPeriods', () => {
  it.each([
    ['a month', 'built by the end of September', [['September', ['9月']]]],
    ['an abbreviated month with its dot', 'by Sept. 30', [['Sept.', ['9月']]]],
    ['May after a preposition', 'since May', [['May', ['5月']]]],
    ['no month in the verb may', 'May I ask how many?', []],
    ['a span of months, and its last month', 'settled in Jan-Oct', [['Jan-Oct', ['1至10月', '1—10月', '1-10月', '1到10月', '1~10月', '1－10月', '10月']]]],
    ['a span of months ending in May', 'from January to May', [['January to May', ['1至5月', '1—5月', '1-5月', '1到5月', '1~5月', '1－5月', '5月']]]],
    ['the first three quarters', 'growth in the first three quarters', [['the first three quarters', ['前三季度']]]],
    ['the first two quarters', 'in the first 2 quarters', [['the first 2 quarters', ['上半年', '前两季度']]]],
    ['Q1-Q3', 'revenue in Q1-Q3', [['Q1-Q3', ['前三季度']]]],
    ['a quarter by its ordinal', 'in the third quarter', [['the third quarter', ['第三季度', '三季度']]]],
    ['a quarter as Q2', 'sales in Q2', [['Q2', ['第二季度', '二季度']]]],
    ['the first half of the year', 'in the first half of the year', [['the first half of the year', ['上半年']]]],
    ['the second half', 'in the second half', [['the second half', ['下半年']]]],
    ['a half abbreviated', 'trade in h1', [['h1', ['上半年']]]],
    ['the other half abbreviated', 'sales in h2', [['h2', ['下半年']]]],
  ])('spells %s as news writes it', (_what, text, expected) => {
    expect(spellingsOf(text)).toEqual(expected);
  });

  it('gives the last month of a span half the strength of the span', () => {
    const [span] = findEnglishPeriods('Jan-Oct');
    expect(span?.spellings.at(-1)).toEqual({ text: '10月', strength: 0.5 });
  });
});

describe('withoutEnglishPeriods', () => {
  it.each([
    ['How much was settled in Jan-Oct?', 'How much was settled in  ?'],
    ['growth in the first three quarters', 'growth in  '],
    ['May I ask about March?', 'May I ask about  ?'],
  ])('cuts the periods out of %j', (text, rest) => {
    expect(withoutEnglishPeriods(text)).toBe(rest);
  });
});
