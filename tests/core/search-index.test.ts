import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCorpusTerms } from '../../src/core/corpus-terms.js';
import { normalize } from '../../src/core/normalize.js';
import { buildSearchIndex, decodeTerm, encodeTerm, openSearchIndex, type QueryTerm } from '../../src/core/search-index.js';
import { charTokens, wordTokens } from '../../src/core/tokenize.js';

// Real news text: the shipped article and every evaluation article, a paragraph per passage.
const ARTICLES = ['corpus', ...readdirSync('eval').map((folder) => join('eval', folder))].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(folder, name), 'utf8')),
);
const TEXTS = ARTICLES.flatMap((article) => article.split('\n'))
  .map(normalize)
  .filter((line) => /\p{Script=Han}/u.test(line));
const TERMS = [...new Set(TEXTS.flatMap((text) => [...wordTokens(text), ...charTokens(text)]))].sort();

const both = (isCommon?: (passages: number) => boolean) => {
  const listed = listCorpusTerms(TEXTS, isCommon);
  return { minisearch: buildSearchIndex(TEXTS, listed, 'minisearch'), packed: buildSearchIndex(TEXTS, listed, 'packed') };
};

const queries = fc.uniqueArray(
  fc.record({ term: fc.constantFrom(...TERMS, '不在语料', 'zzz'), weight: fc.constantFrom(0.15, 0.4, 1, 1.7, 3) }),
  { selector: ({ term }) => term, minLength: 1, maxLength: 12 },
);

describe('search index', () => {
  it('spells a term in sixteen letters and back', () => {
    fc.assert(fc.property(fc.string(), (term) => decodeTerm(encodeTerm(term)) === term));
  });

  describe('the packed index ranks as minisearch does', () => {
    const { minisearch, packed } = both();

    it.each<[string, QueryTerm[], boolean]>([
      ['a bigram', [{ term: '科创', weight: 1 }], true],
      ['a lone character, listed in both fields', [{ term: '湖', weight: 1 }], true],
      ['a number', [{ term: '3.8', weight: 1 }], true],
      ['weighted bigrams and characters', [{ term: '外资', weight: 2 }, { term: '松江', weight: 1 }, { term: '松', weight: 0.15 }], true],
      ['a term no passage writes', [{ term: 'zzz', weight: 1 }, { term: '龘', weight: 1 }], false],
    ])('for %s', (_what, terms, found) => {
      const hits = minisearch.index.search(terms, 60);
      expect(hits.length > 0).toBe(found);
      expect(packed.index.search(terms, 60)).toEqual(hits);
    });

    it('for any weighted terms of real articles: the same passages, scores and matched terms', () => {
      fc.assert(
        fc.property(queries, (terms) => {
          expect(packed.index.search(terms, 60)).toEqual(minisearch.index.search(terms, 60));
        }),
        { numRuns: 300 },
      );
    });

    it('with common terms left out of both', () => {
      const without = both((passages) => passages > 5);
      fc.assert(
        fc.property(queries, (terms) => {
          expect(without.packed.index.search(terms, 20)).toEqual(without.minisearch.index.search(terms, 20));
        }),
        { numRuns: 100 },
      );
    });
  });

  it.each(['minisearch', 'packed'] as const)('a %s index opened from its saved data finds what the built one does', (kind) => {
    const built = buildSearchIndex(TEXTS, listCorpusTerms(TEXTS), kind);
    const saved = structuredClone(built.data);
    const terms = [{ term: '长三', weight: 1 }, { term: '合肥', weight: 2 }];
    expect(saved.kind).toBe(kind);
    expect(openSearchIndex(saved).search(terms, 10)).toEqual(built.index.search(terms, 10));
  });

  it('hands out nothing for no terms', () => {
    const { minisearch, packed } = both();
    expect([minisearch.index.search([], 10), packed.index.search([], 10)]).toEqual([[], []]);
  });
});
