import MiniSearch from 'minisearch';
import { assertNever } from './assert-never.js';
import type { CorpusTerms } from './corpus-terms.js';
import { buildPackedIndex, openPackedIndex, type PackedIndexData } from './packed-index.js';
import { charTokens, wordTokens } from './tokenize.js';

/**
 * The full-text index: the only module that knows minisearch. It indexes normalized passage texts
 * under numeric ids and hands out its own typed hits, never minisearch's result objects.
 *
 * minisearch indexes a corpus of up to `MINISEARCH_MAX_PASSAGES` passages: the shipped article and
 * a folder of a few dozen articles. Beyond it, its map per term and per posting is what a start
 * waits for and what fills the heap (3 s to restore and a 1.4 GB heap at 1,000 articles, 18,000
 * passages), so a larger corpus gets the packed index (packed-index.ts): the same fields, the same
 * tokens and minisearch's own scoring, over typed arrays.
 */

/** A weighted term of a query, already normalized: a bigram, a character, a Latin word. */
export type QueryTerm = { readonly term: string; readonly weight: number };
export type IndexHit = { readonly id: number; readonly score: number; readonly terms: readonly string[] };
export type SearchIndex = { search(terms: readonly QueryTerm[], limit: number): IndexHit[] };

/**
 * The index as a cache file keeps it. minisearch's is its JSON as a string, not the object: Node
 * restores 30 MB of JSON text and parses it about five times faster than it deserializes the same
 * index as millions of small objects.
 */
export type IndexData =
  | { readonly kind: 'minisearch'; readonly json: string }
  | { readonly kind: 'packed'; readonly packed: PackedIndexData };

/**
 * About 30 articles. minisearch restores this many passages in about 210 ms of a start (measured
 * on generated news), the packed index in 2–3 ms; beyond it a start would wait on minisearch.
 */
export const MINISEARCH_MAX_PASSAGES = 1_000;

type IndexedPassage = { readonly id: number; readonly text: string };

const FIELDS = ['words', 'chars'] as const;
type Field = (typeof FIELDS)[number];
// Single characters only back bigrams up; on their own they would rank any passage that shares
// a common character.
const FIELD_BOOST: Readonly<Record<Field, number>> = { words: 1, chars: 0.15 };
const FIELD_TOKENS: Readonly<Record<Field, (text: string) => string[]>> = { words: wordTokens, chars: charTokens };

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
  fields: [...FIELDS],
  idField: 'id',
  extractField: (passage: IndexedPassage, field: string) => (field === 'id' ? passage.id : passage.text),
  processTerm: encodeTerm,
  searchOptions: { tokenize: (text: string) => text.split(' ') },
};

/**
 * Builds the index over passage texts (normalized) and their listed terms (corpus-terms.ts); a
 * passage's id is its position. Common terms are left out: in a large corpus a bigram or
 * character found in thousands of passages tells them apart hardly at all, yet its lists would
 * hold most of the index's memory and cost every query that names it (the vocabulary still knows
 * them, from its own postings).
 */
export function buildSearchIndex(
  texts: readonly string[],
  listed: CorpusTerms,
  kind: IndexData['kind'] = texts.length > MINISEARCH_MAX_PASSAGES ? 'packed' : 'minisearch',
): { readonly index: SearchIndex; readonly data: IndexData } {
  if (kind === 'packed') {
    const packed = buildPackedIndex(texts.length, listed.terms, FIELDS.map((field) => ({ boost: FIELD_BOOST[field], lists: listed[field] })));
    return { index: openPackedIndex(packed), data: { kind: 'packed', packed } };
  }
  const tokenize = (text: string, field: Field): string[] => FIELD_TOKENS[field](text).filter((term) => !listed.common.has(term));
  const mini = new MiniSearch<IndexedPassage>({ ...OPTIONS, tokenize: (text, field) => tokenize(text, field as Field) });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return { index: wrap(mini), data: { kind: 'minisearch', json: JSON.stringify(mini) } };
}

/** Opens a saved index; restoring minisearch's rebuilds its tree, the slow part of its warm start. */
export function openSearchIndex(data: IndexData): SearchIndex {
  switch (data.kind) {
    case 'minisearch':
      return wrap(MiniSearch.loadJSON<IndexedPassage>(data.json, OPTIONS));
    case 'packed':
      return openPackedIndex(data.packed);
    default:
      return assertNever(data);
  }
}

function wrap(mini: MiniSearch<IndexedPassage>): SearchIndex {
  return {
    search(terms, limit) {
      if (terms.length === 0) return [];
      const weights = new Map(terms.map(({ term, weight }) => [encodeTerm(term), weight]));
      const results = mini.search(terms.map(({ term }) => term).join(' '), {
        fields: [...FIELDS],
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
  };
}
