import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appearsIn, buildPostings, createOccurrenceCounter, findJoins, listedUnder } from '../../src/core/postings.js';

const TEXTS = ['湖州国家高新技术企业1611家', '松江合同外资增长62.4%', 'g60科创走廊九城市', '九城市贸易进出口额3.8万亿美元'];

describe('postings', () => {
  it.each([
    ['a character', '湖', [0]],
    ['a bigram', '城市', [2, 3]],
    ['a Latin word', 'g60', [2]],
    ['a number', '3.8', [3]],
    ['a term nobody wrote', '杭州', []],
  ])('lists the passages of %s in order', (_what, term, ids) => {
    expect([...listedUnder(buildPostings(TEXTS), term)]).toEqual(ids);
  });

  describe('in a corpus where a string is in thousands of passages', () => {
    // 6,000 passages: 金华市 in every third, 金华 and 华市 apart in the others, 金华华市 in eight.
    const texts = Array.from({ length: 6_000 }, (_, i) => (i % 3 === 0 ? `第${i}条金华市新闻` : i % 500 === 1 ? `金华华市${i}` : `金华${i}和华市`));
    const count = createOccurrenceCounter(buildPostings(texts), texts);

    it('estimates a common string within a tenth', () => {
      expect(Math.abs(count('金华市') - 2_000) / 2_000).toBeLessThan(0.1);
    });

    it.each([
      ['rare among common bigrams', '金华华市', 8],
      ['absent though both bigrams are common', '华市金华', 0],
    ])('counts a string %s exactly', (_what, text, expected) => {
      expect(count(text)).toBe(expected);
    });
  });

  it.each([
    ['a word inside a passage', '高新技术', 1],
    ['a word in two passages', '九城市', 2],
    ['Latin and Han together', 'g60科创', 1],
    ['part of a number', '62.4%', 1],
    ['bigrams that exist but never in a row', '湖州外资', 0],
    ['the empty string', '', 0],
  ])('counts %s exactly', (_what, text, count) => {
    expect(createOccurrenceCounter(buildPostings(TEXTS), TEXTS)(text)).toBe(count);
  });

  it('counts every substring as a scan of the texts would', () => {
    const alphabet = fc.constantFrom(...'湖州城市九科创松江g60.5 ，');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), (texts, needle) => {
        const count = createOccurrenceCounter(buildPostings(texts), texts)(needle);
        // Postings know Han and Latin runs; a needle of spaces and punctuation alone is never a word.
        const expected = /[\p{Script=Han}a-z0-9]/u.test(needle) ? texts.filter((text) => text.includes(needle)).length : 0;
        expect(count).toBe(expected);
      }),
    );
  });

  it('finds a string in the texts exactly when it counts one or more', () => {
    const alphabet = fc.constantFrom(...'湖州城市九科创松江g60.5 ，');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 5 }), (texts, needle) => {
        const postings = buildPostings(texts);
        expect(appearsIn(postings, texts, needle)).toBe(createOccurrenceCounter(postings, texts)(needle) > 0);
      }),
    );
  });

  const JOINED = ['新能源汽车产量达到89.7万辆', '经上海港出口的新能源汽车', '上海，港口', '新能源电池'];
  it.each([
    ['a gap the corpus fills', '新能源', '车', 2, [['新能源汽车', 2]]],
    ['no gap', '上海', '港', 0, [['上海港', 1]]],
    ['a gap wider than allowed', '新能源', '车', 0, []],
    ['punctuation between', '上海', '港口', 2, []],
    ['words never written together', '电池', '上海', 2, []],
  ])('finds corpus strings joining two texts: %s', (_what, left, right, gap, joins) => {
    const found = findJoins(buildPostings(JOINED), JOINED, left, right, gap, () => true);
    expect(found.map(({ text, passages }) => [text, passages])).toEqual(joins);
  });

  it('keeps only the joins the caller accepts, seeing the gap and the next character', () => {
    const seen: { gap: string; next: string }[] = [];
    const found = findJoins(buildPostings(JOINED), JOINED, '新能源', '车', 2, (join) => (seen.push(join), join.next === '产'));
    expect(found.map(({ text }) => text)).toEqual(['新能源汽车']);
    expect(seen).toEqual([
      { gap: '汽', next: '产' },
      { gap: '汽', next: '' },
    ]);
  });
});
