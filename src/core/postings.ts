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

/**
 * The ids listed under one term (empty for a term not listed): the passages that contain it here;
 * the figure catalog lists figure positions the same way (figure-catalog.ts).
 */
export function listedUnder(postings: Postings, term: string): Uint32Array {
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
 * Counts the passages that contain a normalized string anywhere, as `text.includes` would: exactly
 * while the string's rarest bigram is in at most `SAMPLED_FROM` passages (every string of a corpus
 * of some dozens of articles), else estimated from a sample when the sample finds it often enough
 * to say (a string that common weighs the same at 9,000 passages as at 9,400; checking each of
 * them cost a question at 10,000 articles tens of milliseconds). A string found rarely in the
 * sample is counted exactly, so a count is never 0 for a string the corpus has.
 * Results are remembered (up to a bound, so a long-running bot does not grow without end).
 */
export function createOccurrenceCounter(postings: Postings, texts: readonly string[]): (text: string) => number {
  return memoize((text: string) => countOccurrences(postings, texts, text), 50_000);
}

/** Whether any passage contains a normalized string, as `text.includes` would; it stops at the first. */
export function appearsIn(postings: Postings, texts: readonly string[], text: string): boolean {
  if (text === '') return false;
  for (const id of candidates(postings, texts.length, [text])) if (texts[id]!.includes(text)) return true;
  return false;
}

const SAMPLED_FROM = 2_000;
const SAMPLE = 1_000;
const MIN_FOUND_IN_SAMPLE = 100;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

function countOccurrences(postings: Postings, texts: readonly string[], text: string): number {
  if (text === '') return 0;
  const han = hanRuns(text).flatMap(hanBigrams);
  const [smallest, ...rest] = candidateLists(postings, texts.length, [text]);
  if (!smallest) return 0;
  // A lone character or bigram is exactly its list; anything longer is checked in the texts.
  if (han.length === 1 && text === han[0]) return smallest.length;
  const holds = (id: number) => rest.every((list) => includesSorted(list, 0, list.length, id)) && texts[id]!.includes(text);
  if (smallest.length > SAMPLED_FROM) {
    // One passage from each of SAMPLE equal stretches of the list, at a jittered place in it: a
    // fixed stride would fall in step with any regular pattern of the corpus (every third passage).
    let found = 0;
    for (let k = 0; k < SAMPLE; k++) {
      const at = Math.floor(((k + ((k * GOLDEN) % 1)) * smallest.length) / SAMPLE);
      if (holds(smallest[at]!)) found++;
    }
    if (found >= MIN_FOUND_IN_SAMPLE) return Math.round((found / SAMPLE) * smallest.length);
  }
  let count = 0;
  for (const id of smallest) if (holds(id)) count++;
  return count;
}

/** The lists to intersect for strings, shortest first: each bigram's (or, for Latin text, its first word's). */
function candidateLists(postings: Postings, passages: number, strings: readonly string[]): Uint32Array[] {
  const lists = strings.flatMap((text) => {
    const han = hanRuns(text).flatMap(hanBigrams);
    return han.length > 0 ? han.map((term) => listedUnder(postings, term)) : [latinCandidates(postings, passages, text)];
  });
  return lists.sort((a, b) => a.length - b.length);
}

/** Passages listed under every bigram (or, for Latin text, the first word) of every string. */
function* candidates(postings: Postings, passages: number, strings: readonly string[]): Generator<number> {
  const [smallest, ...rest] = candidateLists(postings, passages, strings);
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
  for (const id of candidates(postings, texts.length, [left, right])) {
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
function latinCandidates(postings: Postings, passages: number, text: string): Uint32Array {
  const [first] = latinRuns(text);
  if (first === undefined) return new Uint32Array(0);
  const { terms } = postings;
  // Latin terms sort before every Han one and the table writes its keys end to end, so one
  // native indexOf over that stretch finds every term containing the run (tens of thousands of
  // numbers in a large corpus, where comparing term by term cost milliseconds).
  const latinEnd = terms.starts[firstNonLatinKey(terms)]!;
  // A mark per passage: a run as common as one digit is listed under thousands of numbers.
  const marked = new Uint8Array(passages);
  let count = 0;
  let lastKey = -1;
  for (let at = terms.text.indexOf(first); at >= 0 && at < latinEnd; at = terms.text.indexOf(first, at + 1)) {
    const key = keyHolding(terms, at);
    // A match that runs on into the next key joins two terms; a key is read once.
    if (key === lastKey || at + first.length > terms.starts[key + 1]!) continue;
    lastKey = key;
    for (let posting = postings.offsets[key]!; posting < postings.offsets[key + 1]!; posting++) {
      const id = postings.ids[posting]!;
      if (marked[id] === 0) (marked[id] = 1), count++;
    }
  }
  const ids = new Uint32Array(count);
  for (let id = 0, next = 0; next < count; id++) if (marked[id] === 1) ids[next++] = id;
  return ids;
}

/** The index of the first key that does not begin with an ASCII character (the table's size if none). */
function firstNonLatinKey(terms: StringTable): number {
  let low = 0;
  let high = tableSize(terms);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms.text.charCodeAt(terms.starts[middle]!) > 0x7f) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The key whose text holds position `at` of the table's text. */
function keyHolding(terms: StringTable, at: number): number {
  let low = 0;
  let high = tableSize(terms) - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (terms.starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
