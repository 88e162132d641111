import MiniSearch from 'minisearch';
import { charTokens, wordTokens } from './tokenize.js';

/**
 * The full-text index: the only module that knows minisearch. It indexes normalized passage texts
 * under numeric ids and hands out its own typed hits, never minisearch's result objects.
 */

/** A weighted term of a query, already normalized: a bigram, a character, a Latin word. */
export type QueryTerm = { readonly term: string; readonly weight: number };
export type IndexHit = { readonly id: number; readonly score: number; readonly terms: readonly string[] };
export type SearchIndex = {
  search(terms: readonly QueryTerm[], limit: number): IndexHit[];
  /** How many passages contain the term (in the word field), for inverse document frequency. */
  documentCount: number;
  toJSON(): unknown;
};

type IndexedPassage = { readonly id: number; readonly text: string };

const FIELDS = ['words', 'chars'];
// Single characters only back bigrams up; on their own they would rank any passage that shares
// a common character.
const FIELD_BOOST = { words: 1, chars: 0.15 };

function tokenizeField(text: string, fieldName?: string): string[] {
  return fieldName === 'chars' ? charTokens(text) : wordTokens(text);
}

const OPTIONS = {
  fields: FIELDS,
  idField: 'id',
  extractField: (passage: IndexedPassage, field: string) => (field === 'id' ? passage.id : passage.text),
  tokenize: tokenizeField,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => text.split(' ') },
};

/** Builds the index over passage texts (normalized); a passage's id is its position. */
export function buildSearchIndex(texts: readonly string[]): SearchIndex {
  const mini = new MiniSearch<IndexedPassage>(OPTIONS);
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return wrap(mini);
}

/** Restores an index saved with `toJSON`. */
export function loadSearchIndex(json: string): SearchIndex {
  return wrap(MiniSearch.loadJSON<IndexedPassage>(json, OPTIONS));
}

function wrap(mini: MiniSearch<IndexedPassage>): SearchIndex {
  return {
    documentCount: mini.documentCount,
    search(terms, limit) {
      if (terms.length === 0) return [];
      const weights = new Map(terms.map(({ term, weight }) => [term, weight]));
      const results = mini.search(terms.map(({ term }) => term).join(' '), {
        fields: FIELDS,
        boost: FIELD_BOOST,
        combineWith: 'OR',
        boostTerm: (term) => weights.get(term) ?? 1,
      });
      return results.slice(0, limit).map((result) => ({
        id: Number(result.id),
        score: result.score,
        terms: result.terms,
      }));
    },
    toJSON: () => mini.toJSON(),
  };
}
