import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCorpusTerms, type CorpusTerms, type TermLists } from '../../src/core/corpus-terms.js';
import { keyAt, tableSize } from '../../src/core/string-table.js';
import { charTokens, wordTokens } from '../../src/core/tokenize.js';

/** Each field as a map from term to [passage, count] pairs, for comparing with the tokenizers. */
function postingsByTerm(listed: CorpusTerms, lists: TermLists): Map<string, [number, number][]> {
  const byTerm = new Map<string, [number, number][]>();
  for (let rank = 0; rank < tableSize(listed.terms); rank++) {
    const pairs: [number, number][] = [];
    for (let at = lists.offsets[rank]!; at < lists.offsets[rank + 1]!; at++) pairs.push([lists.ids[at]!, lists.counts[at]!]);
    if (pairs.length > 0) byTerm.set(keyAt(listed.terms, rank), pairs);
  }
  return byTerm;
}

/** The same, counted from the tokenizers the minisearch index uses. */
function expected(texts: readonly string[], tokens: (text: string) => string[], leftOut: ReadonlySet<string> = new Set()): Map<string, [number, number][]> {
  const byTerm = new Map<string, [number, number][]>();
  texts.forEach((text, passage) => {
    const counts = new Map<string, number>();
    for (const token of tokens(text)) if (!leftOut.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [token, count] of counts) byTerm.set(token, [...(byTerm.get(token) ?? []), [passage, count]]);
  });
  return new Map([...byTerm].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const TEXTS = ['湖州国家高新技术企业1611家，湖州', '松江合同外资增长62.4%', 'g60科创走廊九城市', '九城市贸易进出口额3.8万亿美元', '湖', '𠀀𠀁湖'];
const alphabet = fc.constantFrom(...'湖州城市九科创松江𠀀g60.5 ，、a');
const corpora = fc.array(fc.string({ unit: alphabet, maxLength: 30 }), { minLength: 1, maxLength: 8 });

describe('corpus terms', () => {
  it.each([
    ['words', wordTokens],
    ['chars', charTokens],
  ] as const)('lists the %s field as its tokenizer cuts the texts, with counts', (field, tokens) => {
    const listed = listCorpusTerms(TEXTS);
    expect(postingsByTerm(listed, listed[field])).toEqual(expected(TEXTS, tokens));
  });

  it('lists a passage once under a term it has in both fields', () => {
    const listed = listCorpusTerms(TEXTS);
    const rank = [...Array(tableSize(listed.terms)).keys()].find((i) => keyAt(listed.terms, i) === '湖')!;
    expect([...listed.any.ids.subarray(listed.any.offsets[rank], listed.any.offsets[rank + 1])]).toEqual([0, 4, 5]);
  });

  it.each([
    ['words', ['湖州湖州', 'g60 g60 走'], [2, 2]],
    ['chars', ['湖州湖州', 'g60 g60 走'], [2, 1]],
  ] as const)('counts a passage as long as its distinct terms in the %s field', (field, texts, lengths) => {
    expect([...listCorpusTerms(texts)[field].lengths]).toEqual(lengths);
  });

  it('leaves common terms out of the fields but not out of the union', () => {
    const listed = listCorpusTerms(TEXTS, (passages) => passages > 2);
    expect([...listed.common].sort()).toEqual(['湖']);
    const leftOut = new Set(['湖']);
    expect(postingsByTerm(listed, listed.chars)).toEqual(expected(TEXTS, charTokens, leftOut));
  });

  it('agrees with the tokenizers on any text', () => {
    fc.assert(
      fc.property(corpora, (texts) => {
        const listed = listCorpusTerms(texts);
        expect(postingsByTerm(listed, listed.words)).toEqual(expected(texts, wordTokens));
        expect(postingsByTerm(listed, listed.chars)).toEqual(expected(texts, charTokens));
        texts.forEach((text, passage) => expect(listed.words.lengths[passage]).toBe(new Set(wordTokens(text)).size));
      }),
    );
  });
});
