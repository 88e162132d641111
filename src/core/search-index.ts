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
  /**
   * The index as minisearch's JSON, for a cache file; `openSearchIndex` takes it back. A string,
   * not the object: Node restores 30 MB of JSON text and parses it about five times faster than it
   * deserializes the same index as millions of small objects.
   */
  json(): string;
};

type IndexedPassage = { readonly id: number; readonly text: string };

const FIELDS = ['words', 'chars'];
// Single characters only back bigrams up; on their own they would rank any passage that shares
// a common character.
const FIELD_BOOST = { words: 1, chars: 0.15 };


/**
 * Every UTF-16 code unit of a term becomes four letters a–p (its hexadecimal digits). minisearch
 * keeps terms in a radix tree whose nodes look children up one by one; Chinese puts thousands of
 * characters under the root, so adding, saving and loading slowed with the alphabet. Spelled in
 * sixteen letters, no node has more than sixteen children: on 1,000 generated articles adding
 * passages took 5.2 s instead of 8.9 s (bigram field alone). The same spelling is used at index and
 * query time, and hits are spelled back before anyone sees them.
 */
export function encodeTerm(term: string): string {
  let encoded = '';
  for (let i = 0; i < term.length; i++) {
    const unit = term.charCodeAt(i);
    encoded += String.fromCharCode(A + (unit >> 12), A + ((unit >> 8) & 15), A + ((unit >> 4) & 15), A + (unit & 15));
  }
  return encoded;
}

export function decodeTerm(encoded: string): string {
  let term = '';
  for (let i = 0; i + 3 < encoded.length; i += 4) {
    let unit = 0;
    for (let j = 0; j < 4; j++) unit = (unit << 4) | (encoded.charCodeAt(i + j) - A);
    term += String.fromCharCode(unit);
  }
  return term;
}

const A = 'a'.charCodeAt(0);

const OPTIONS = {
  fields: FIELDS,
  idField: 'id',
  extractField: (passage: IndexedPassage, field: string) => (field === 'id' ? passage.id : passage.text),
  processTerm: encodeTerm,
  searchOptions: { tokenize: (text: string) => text.split(' ') },
};

/**
 * Builds the index over passage texts (normalized); a passage's id is its position. Terms for
 * which `isCommon` holds are left out: in a large corpus a bigram or character found in thousands
 * of passages tells them apart hardly at all, yet its lists would hold most of the index's memory
 * and cost every query that names it (the vocabulary still knows them, from its own postings).
 */
export function buildSearchIndex(texts: readonly string[], isCommon: (term: string) => boolean = () => false): SearchIndex {
  const tokenize = (text: string, field?: string): string[] =>
    (field === 'chars' ? charTokens(text) : wordTokens(text)).filter((term) => !isCommon(term));
  const mini = new MiniSearch<IndexedPassage>({ ...OPTIONS, tokenize });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return wrap(mini);
}

/** Restores an index from `json()`; minisearch rebuilds its tree, the slow part of a warm start. */
export function openSearchIndex(json: string): SearchIndex {
  return wrap(MiniSearch.loadJSON<IndexedPassage>(json, OPTIONS));
}

function wrap(mini: MiniSearch<IndexedPassage>): SearchIndex {
  return {
    search(terms, limit) {
      if (terms.length === 0) return [];
      const weights = new Map(terms.map(({ term, weight }) => [encodeTerm(term), weight]));
      const results = mini.search(terms.map(({ term }) => term).join(' '), {
        fields: FIELDS,
        boost: FIELD_BOOST,
        combineWith: 'OR',
        boostTerm: (term) => weights.get(term) ?? 1,
      });
      return results.slice(0, limit).map((result) => ({
        id: Number(result.id),
        score: result.score,
        terms: result.terms.map(decodeTerm),
      }));
    },
    json: () => JSON.stringify(mini),
  };
}
