import { isHan } from './normalize.js';
import { packInOrder, tableSize, type StringTable } from './string-table.js';
import { latinRuns } from './tokenize.js';

/**
 * Every term of a corpus and the passages that list it, in typed arrays: the index's two fields
 * (`words`: Han bigrams, a lone Han character, Latin words and numbers; `chars`: every Han
 * character, as tokenize.ts cuts them) and, for the vocabulary, the passages that list a term in
 * either. A corpus of thousands of articles holds millions of postings; as typed arrays they build
 * by counting, save and load as flat memory, and cost the heap no object apiece.
 *
 * One pass reads every text. A Han token is found by its code points, as a number, not by a
 * string (a number keys a map about four times faster); a string is made once per distinct term.
 */

/** Postings of one field: which passages list each term, how often, and how long each passage is. */
export type TermLists = {
  /** The postings of term `i` (the table's `i`th key) are `offsets[i]` up to `offsets[i + 1]`. */
  readonly offsets: Uint32Array;
  /** Passage ids, ascending within each term. */
  readonly ids: Uint32Array;
  /** How many times the passage beside it writes the term (saturating at 65,535). */
  readonly counts: Uint16Array;
  /** How many distinct terms of this field each passage lists. */
  readonly lengths: Uint32Array;
};

export type CorpusTerms = {
  /** Every term of the corpus, sorted. */
  readonly terms: StringTable;
  /** The passages that list each term in either field (every term, common ones included). */
  readonly any: { readonly offsets: Uint32Array; readonly ids: Uint32Array };
  /** The fields, common terms left out. */
  readonly words: TermLists;
  readonly chars: TermLists;
  /** The terms left out of the fields. */
  readonly common: ReadonlySet<string>;
};

/**
 * Lists the terms of normalized passage texts, a passage's id being its position. A term for
 * which `isCommon(passages that list it)` holds stays in `any` but is left out of the fields.
 */
export function listCorpusTerms(texts: readonly string[], isCommon: (passages: number) => boolean = () => false): CorpusTerms {
  const strings: string[] = [];
  const latinIds = new Map<string, number>();
  // Han characters are numbered as met (a table for the basic plane, a map beyond it), and a
  // bigram of two numbered characters keys a map by a small integer, which V8 hashes without
  // boxing it; a rare bigram beyond the numbering falls back to its text.
  const charNumbers = new Int32Array(0x10000).fill(-1);
  const astralNumbers = new Map<number, number>();
  const charIds: number[] = [];
  const pairIds = new Map<number, number>();
  const textIds = new Map<string, number>();
  const numberOf = (point: number): number => {
    let number = point <= 0xffff ? charNumbers[point]! : (astralNumbers.get(point) ?? -1);
    if (number < 0) {
      number = charIds.push(strings.push(String.fromCodePoint(point)) - 1) - 1;
      if (point <= 0xffff) charNumbers[point] = number;
      else astralNumbers.set(point, number);
    }
    return number;
  };
  const pairId = (first: number, second: number): number => {
    if (first < PAIR && second < PAIR) {
      const key = first * PAIR + second;
      let id = pairIds.get(key);
      if (id === undefined) pairIds.set(key, (id = strings.push(strings[charIds[first]!]! + strings[charIds[second]!]!) - 1));
      return id;
    }
    const text = strings[charIds[first]!]! + strings[charIds[second]!]!;
    let id = textIds.get(text);
    if (id === undefined) textIds.set(text, (id = strings.push(text) - 1));
    return id;
  };
  const words = new FieldRows();
  const chars = new FieldRows();
  texts.forEach((text, passage) => {
    let previous = -1;
    let run = 0;
    for (let at = 0; at < text.length; ) {
      const point = text.codePointAt(at)!;
      at += point > 0xffff ? 2 : 1;
      if (!isHanPoint(point)) {
        if (run === 1) words.add(charIds[previous]!);
        previous = -1;
        run = 0;
        continue;
      }
      const number = numberOf(point);
      chars.add(charIds[number]!);
      if (previous >= 0) words.add(pairId(previous, number));
      previous = number;
      run++;
    }
    if (run === 1) words.add(charIds[previous]!);
    for (const latin of latinRuns(text)) {
      let id = latinIds.get(latin);
      if (id === undefined) latinIds.set(latin, (id = strings.push(latin) - 1));
      words.add(id);
    }
    words.endPassage(passage);
    chars.endPassage(passage);
  });

  // The default sort compares UTF-16 code units, the order `indexOfKey` searches in.
  const sorted = strings.slice().sort();
  const terms = packInOrder(sorted);
  const idOf = new Map(strings.map((text, id) => [text, id]));
  const rankOf = new Uint32Array(strings.length);
  sorted.forEach((text, rank) => (rankOf[idOf.get(text)!] = rank));
  const any = unionLists(texts.length, tableSize(terms), rankOf, [words, chars]);
  const commonRanks = new Uint8Array(tableSize(terms));
  const common = new Set<string>();
  for (let rank = 0; rank < tableSize(terms); rank++) {
    if (isCommon(any.offsets[rank + 1]! - any.offsets[rank]!)) {
      commonRanks[rank] = 1;
      common.add(terms.text.slice(terms.starts[rank], terms.starts[rank + 1]));
    }
  }
  const keep = (rank: number) => commonRanks[rank] === 0;
  return {
    terms,
    any,
    words: words.lists(texts.length, tableSize(terms), rankOf, keep),
    chars: chars.lists(texts.length, tableSize(terms), rankOf, keep),
    common,
  };
}

// Bigrams of the first 2^15 characters met key pairIds below 2^30, a small integer to V8.
const PAIR = 2 ** 15;

let hanTable: Uint8Array | undefined;

function isHanPoint(point: number): boolean {
  if (point > 0xffff) return isHan(String.fromCodePoint(point));
  // Asked millions of times in a build: the basic plane is looked up in a table made once.
  hanTable ??= Uint8Array.from({ length: 0x10000 }, (_, unit) => (isHan(String.fromCharCode(unit)) ? 1 : 0));
  return hanTable[point] === 1;
}

/** The (term, passage, count) rows of one field, gathered passage by passage. */
class FieldRows {
  readonly term = new GrowableUint32();
  readonly passage = new GrowableUint32();
  readonly count = new GrowableUint32();
  // A passage's tally: how often each term id was met, and which ids it met, in order.
  private tally = new Uint32Array(1024);
  private readonly met: number[] = [];

  add(id: number): void {
    if (id >= this.tally.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.tally.length * 2));
      grown.set(this.tally);
      this.tally = grown;
    }
    if (this.tally[id]!++ === 0) this.met.push(id);
  }

  endPassage(passage: number): void {
    for (const id of this.met) {
      this.term.push(id);
      this.passage.push(passage);
      this.count.push(this.tally[id]!);
      this.tally[id] = 0;
    }
    this.met.length = 0;
  }

  /** The rows sorted into place by counting; rows come in passage order, so each list is ascending. */
  lists(passages: number, termCount: number, rankOf: Uint32Array, keep: (rank: number) => boolean): TermLists {
    const term = this.term.view();
    const passage = this.passage.view();
    const count = this.count.view();
    const offsets = new Uint32Array(termCount + 1);
    const lengths = new Uint32Array(passages);
    for (let row = 0; row < term.length; row++) {
      const rank = rankOf[term[row]!]!;
      if (!keep(rank)) continue;
      offsets[rank + 1]!++;
      lengths[passage[row]!]!++;
    }
    for (let rank = 0; rank < termCount; rank++) offsets[rank + 1]! += offsets[rank]!;
    const next = offsets.slice(0, termCount);
    const ids = new Uint32Array(offsets[termCount]!);
    const counts = new Uint16Array(ids.length);
    for (let row = 0; row < term.length; row++) {
      const rank = rankOf[term[row]!]!;
      if (!keep(rank)) continue;
      const at = next[rank]!++;
      ids[at] = passage[row]!;
      counts[at] = Math.min(count[row]!, 0xffff);
    }
    return { offsets, ids, counts, lengths };
  }
}

/** Per term, the passages that list it in any of the fields, ascending and each once. */
function unionLists(passages: number, termCount: number, rankOf: Uint32Array, fields: readonly FieldRows[]): CorpusTerms['any'] {
  // A term in both fields of a passage (a lone character) is one posting: the rows of a passage
  // are contiguous in each field, and a stamp per term remembers the last passage counted.
  const last = new Int32Array(termCount).fill(-1);
  const offsets = new Uint32Array(termCount + 1);
  const walk = (visit: (rank: number, passage: number) => void) => {
    last.fill(-1);
    const cursors = fields.map(() => 0);
    for (let passage = 0; passage < passages; passage++) {
      fields.forEach((field, f) => {
        const term = field.term.view();
        const rows = field.passage.view();
        let row = cursors[f]!;
        for (; row < rows.length && rows[row] === passage; row++) {
          const rank = rankOf[term[row]!]!;
          if (last[rank] === passage) continue;
          last[rank] = passage;
          visit(rank, passage);
        }
        cursors[f] = row;
      });
    }
  };
  walk((rank) => offsets[rank + 1]!++);
  for (let rank = 0; rank < termCount; rank++) offsets[rank + 1]! += offsets[rank]!;
  const next = offsets.slice(0, termCount);
  const ids = new Uint32Array(offsets[termCount]!);
  walk((rank, passage) => (ids[next[rank]!++] = passage));
  return { offsets, ids };
}

/** Whether ascending `ids[start]` up to `ids[end]` hold `id`, by binary search. */
export function includesSorted(ids: Uint32Array, start: number, end: number, id: number): boolean {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = ids[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** A Uint32Array that doubles as it fills: millions of rows without millions of boxed numbers. */
class GrowableUint32 {
  private values = new Uint32Array(1024);
  private length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  view(): Uint32Array {
    return this.values.subarray(0, this.length);
  }
}
