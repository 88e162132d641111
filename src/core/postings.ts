import { indexOfKey, keyAt, tableSize, type StringTable } from './string-table.js';
import { includesSorted, listCorpusTerms, type CorpusTerms } from './corpus-terms.js';
import { memoize } from './memo.js';
import { escapeRegExp } from './text-match.js';
import { hanBigrams, hanRuns, latinRuns } from './tokenize.js';

/**
 * Which passages contain each Han character, each Han bigram and each Latin word or number of the
 * corpus, as sorted id lists packed into typed arrays. The vocabulary asks "how many passages
 * contain this string?" for every word of every question; scanning the texts answered that in
 * linear time, which a corpus of thousands of articles cannot afford. With these lists a string is
 * found by intersecting the lists of its bigrams and checking only the passages left.
 */
export type Postings = {
  readonly terms: StringTable;
  /** The ids of term `i` are `ids[offsets[i]]` up to `ids[offsets[i + 1]]`, ascending. */
  readonly offsets: Uint32Array;
  readonly ids: Uint32Array;
};

/** The postings of listed corpus terms: every term, with the passages that list it in either field. */
export function postingsOf({ terms, any }: CorpusTerms): Postings {
  return { terms, offsets: any.offsets, ids: any.ids };
}

/** Lists normalized passage texts; a passage's id is its position. */
export function buildPostings(texts: readonly string[]): Postings {
  return postingsOf(listCorpusTerms(texts));
}

/** The passages listed under one term (empty for a term the corpus does not have). */
export function passagesWith(postings: Postings, term: string): Uint32Array {
  const index = indexOfKey(postings.terms, term);
  return index < 0 ? new Uint32Array(0) : postings.ids.subarray(postings.offsets[index], postings.offsets[index + 1]);
}

/** Every term of the table, with how many passages contain it. */
export function* termCounts(postings: Postings): Generator<readonly [term: string, passages: number]> {
  for (let i = 0; i < tableSize(postings.terms); i++) {
    yield [keyAt(postings.terms, i), postings.offsets[i + 1]! - postings.offsets[i]!];
  }
}

/**
 * Counts the passages that contain a normalized string anywhere, exactly as `text.includes` would.
 * Results are remembered (up to a bound, so a long-running bot does not grow without end).
 */
export function createOccurrenceCounter(postings: Postings, texts: readonly string[]): (text: string) => number {
  return memoize((text: string) => countOccurrences(postings, texts, text), 50_000);
}

function countOccurrences(postings: Postings, texts: readonly string[], text: string): number {
  if (text === '') return 0;
  const han = hanRuns(text).flatMap(hanBigrams);
  // A lone character or bigram is exactly its list; anything longer is checked in the texts.
  const exact = han.length === 1 && text === han[0];
  let count = 0;
  for (const id of candidates(postings, [text])) if (exact || texts[id]!.includes(text)) count++;
  return count;
}

/** Passages listed under every bigram (or, for Latin text, the first word) of every string. */
function* candidates(postings: Postings, strings: readonly string[]): Generator<number> {
  const lists = strings.flatMap((text) => {
    const han = hanRuns(text).flatMap(hanBigrams);
    return han.length > 0 ? han.map((term) => passagesWith(postings, term)) : [latinCandidates(postings, text)];
  });
  lists.sort((a, b) => a.length - b.length);
  const [smallest, ...rest] = lists;
  if (!smallest) return;
  for (const id of smallest) if (rest.every((list) => includesSorted(list, 0, list.length, id))) yield id;
}

/** One place a passage writes `left`, a gap, then `right`, with the character after it ('' at a break). */
export type Join = { readonly gap: string; readonly next: string };

/**
 * Corpus strings that write `left`, at most `maxGap` Han characters, then `right`, that `accept`
 * takes, with how many passages hold each, commonest first: 新能源 … 车 → 新能源汽车, 上海 … 港 →
 * 上海港. English questions name a thing word by word; the corpus's compound is what a passage writes.
 */
export function findJoins(
  postings: Postings,
  texts: readonly string[],
  left: string,
  right: string,
  maxGap: number,
  accept: (join: Join) => boolean,
): { readonly text: string; readonly passages: number }[] {
  if (left === '' || right === '') return [];
  const pattern = new RegExp(`${escapeRegExp(left)}(\\p{Script=Han}{0,${maxGap}}?)${escapeRegExp(right)}(?=(\\p{Script=Han}?))`, 'gu');
  const counts = new Map<string, number>();
  let looked = 0;
  for (const id of candidates(postings, [left, right])) {
    // Enough passages to tell the usual compound; a corpus of thousands need not be read whole.
    if (++looked > MAX_JOIN_PASSAGES) break;
    const found = new Set<string>();
    for (const [match, gap, next] of texts[id]!.matchAll(pattern)) if (accept({ gap: gap!, next: next! })) found.add(match);
    for (const text of found) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts]
    .map(([text, passages]) => ({ text, passages }))
    .sort((a, b) => b.passages - a.passages || a.text.length - b.text.length || (a.text < b.text ? -1 : 1));
}

const MAX_JOIN_PASSAGES = 200;

/** Passages with a Latin word or number that contains the first Latin run of `text`. */
function latinCandidates(postings: Postings, text: string): Uint32Array {
  const [first] = latinRuns(text);
  if (first === undefined) return new Uint32Array(0);
  const ids = new Set<number>();
  // Latin terms sort before every Han one, so the scan stops at the first non-ASCII key.
  for (let i = 0; i < tableSize(postings.terms); i++) {
    const term = keyAt(postings.terms, i);
    if (term.charCodeAt(0) > 0x7f) break;
    if (!term.includes(first)) continue;
    for (const id of postings.ids.subarray(postings.offsets[i], postings.offsets[i + 1])) ids.add(id);
  }
  return Uint32Array.from([...ids].sort((a, b) => a - b));
}
