import type { Choice, FigureMatch } from './engine-types.js';
import { memoize } from './memo.js';
import { normalize } from './normalize.js';
import type { PassageStore } from './passage-store.js';
import { listedUnder, type Postings } from './postings.js';
import { keyAt, keysOf, packInOrder, type StringTable } from './string-table.js';
import { wordTokens } from './tokenize.js';
import type { Figure } from './types.js';

/**
 * Every figure of the corpus, for the lookups that search figures rather than passages: /figure,
 * its autocomplete, a city's report and the suggestions of a no-answer reply. What they compare
 * (labels and values, normalized; places) is kept in columns made at build time, so a lookup reads
 * strings, and only the figures it returns become objects (see passage-store.ts).
 */
export type FigureColumns = {
  /** Figure `i` is `figures(block[i])[index[i]]`; figures are in block order. */
  readonly block: Uint32Array;
  readonly index: Uint32Array;
  /**
   * The figures' entities ('' for none), metric labels ('' for none), normalized labels and
   * normalized values, each column a table read by position: a cached start restores a string and
   * an array instead of a string per figure.
   */
  readonly entity: StringTable;
  readonly label: StringTable;
  readonly metric: StringTable;
  readonly raw: StringTable;
  /** Each place's figures, in corpus order: under the place's key those it owns alone, under key + SHARED those it shares. */
  readonly places: Postings;
  /**
   * Under a place's key, LABEL_CHARACTER and a character: the place's labelled figures whose
   * normalized label writes that character. A no-answer about a city of a large corpus finds the
   * labels that hold a word of the question here instead of reading all of the city's thousands.
   */
  readonly labelCharacters: Postings;
};

const SHARED = '、';
const LABEL_CHARACTER = '\u0001';

export function figureColumns(figures: readonly (readonly Figure[])[]): FigureColumns {
  const all = figures.flatMap((list, block) => list.map((figure, index) => ({ figure, block, index })));
  // Labels and raw figures repeat (同比增长, 今年前三季度) across a newsroom's worth of figures.
  const normalizeOnce = memoize(normalize, Number.POSITIVE_INFINITY);
  const metric = all.map(({ figure }) => normalizeOnce(figure.metric ?? ''));
  const places = new Map<string, number[]>();
  // Keyed by character code while counting: a string key made for each of millions of pairs cost more than the rest.
  const characters = new Map<string, Map<number, number[]>>();
  all.forEach(({ figure }, i) => {
    if (figure.entity === null || figure.entity === '') return;
    const keys = [...new Set(figure.entity.split(SHARED))];
    for (const key of keys) {
      const listKey = keys.length === 1 ? key : `${key}${SHARED}`;
      const list = places.get(listKey);
      if (list) list.push(i);
      else places.set(listKey, [i]);
      if (metric[i] === '') continue;
      let codes = characters.get(key);
      if (!codes) characters.set(key, (codes = new Map()));
      for (let at = 0; at < metric[i]!.length; at++) {
        const code = metric[i]!.charCodeAt(at);
        const list = codes.get(code);
        // A label writing a character twice lists its figure once.
        if (!list) codes.set(code, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  const labelCharacters = new Map<string, number[]>();
  for (const [key, codes] of characters) for (const [code, list] of codes) labelCharacters.set(`${key}${LABEL_CHARACTER}${String.fromCharCode(code)}`, list);
  return {
    block: Uint32Array.from(all, ({ block }) => block),
    index: Uint32Array.from(all, ({ index }) => index),
    entity: packInOrder(all.map(({ figure }) => figure.entity ?? '')),
    label: packInOrder(all.map(({ figure }) => figure.metric ?? '')),
    metric: packInOrder(metric),
    raw: packInOrder(all.map(({ figure }) => normalizeOnce(figure.raw))),
    places: packLists(places),
    labelCharacters: packLists(labelCharacters),
  };
}

/** Figure positions under string keys, packed as the corpus's postings are (postings.ts). */
function packLists(lists: ReadonlyMap<string, readonly number[]>): Postings {
  const keys = [...lists.keys()].sort();
  const offsets = new Uint32Array(keys.length + 1);
  keys.forEach((key, i) => (offsets[i + 1] = offsets[i]! + lists.get(key)!.length));
  const ids = new Uint32Array(offsets[keys.length]!);
  keys.forEach((key, i) => ids.set(lists.get(key)!, offsets[i]));
  return { terms: packInOrder(keys), offsets, ids };
}

export type FigureCatalog = {
  readonly size: number;
  find(query: string, limit: number): FigureMatch[];
  metricChoices(typed: string, limit: number): Choice[];
  /** The figures attributed to a place, alone (`own`) or with other places (`shared`), in corpus order. */
  ofPlace(place: string): { readonly own: Figure[]; readonly shared: Figure[] };
  /**
   * Up to `limit` figures with a metric and a place, best first for a question about `place` with
   * `words`: the place's own figures and those of the passages `found` for the question. Only
   * those returned are made into objects (a city of a large corpus has thousands).
   */
  closest(place: string | null, words: readonly string[], found: readonly number[], limit: number): Figure[];
};

export function createFigureCatalog(stored: FigureColumns, passages: PassageStore, normalized: readonly string[]): FigureCatalog {
  const size = stored.block.length;
  const { block: blockOf } = stored;
  const entity = (i: number) => keyAt(stored.entity, i);
  const label = (i: number) => keyAt(stored.label, i);
  const metric = (i: number) => keyAt(stored.metric, i);
  // /figure reads every figure's label and value; made into arrays on its first use.
  let everyMetric: readonly string[] | undefined;
  let everyRaw: readonly string[] | undefined;
  const figureAt = (i: number): Figure => passages.figures(blockOf[i]!)[stored.index[i]!]!;
  let firstOfBlock: Uint32Array | undefined;
  const positionsIn = (block: number): number[] => {
    if (!firstOfBlock) {
      firstOfBlock = new Uint32Array(normalized.length + 1).fill(size);
      for (let i = size - 1; i >= 0; i--) firstOfBlock[blockOf[i]!] = i;
      for (let b = normalized.length - 1; b >= 0; b--) firstOfBlock[b] = Math.min(firstOfBlock[b]!, firstOfBlock[b + 1]!);
    }
    const positions: number[] = [];
    for (let i = firstOfBlock[block]!; i < size && blockOf[i] === block; i++) positions.push(i);
    return positions;
  };
  let labels: { label: string; folded: string }[] | undefined;
  return {
    size,
    find(query, limit) {
      const folded = normalize(query);
      if (folded === '') return [];
      const tokens = wordTokens(folded);
      everyMetric ??= [...keysOf(stored.metric)];
      everyRaw ??= [...keysOf(stored.raw)];
      const scored: { i: number; score: number }[] = [];
      for (let i = 0; i < size; i++) {
        const score = figureScore(folded, tokens, everyMetric[i]!, everyRaw[i]!, normalized[blockOf[i]!]!);
        if (score > 0) scored.push({ i, score });
      }
      return scored
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, limit)
        .map(({ i, score }) => {
          const block = passages.block(blockOf[i]!);
          return { figure: figureAt(i), doc: block.doc, paragraph: block.paragraph, score };
        });
    },
    metricChoices(typed, limit) {
      labels ??= [...new Set(keysOf(stored.label))].filter((label) => label !== '').map((label) => ({ label, folded: normalize(label) }));
      const folded = normalize(typed);
      return labels
        .filter((label) => folded === '' || label.folded.includes(folded))
        .slice(0, limit)
        .map(({ label }) => ({ name: label, value: label }));
    },
    ofPlace(place) {
      return { own: [...listedUnder(stored.places, place)].map(figureAt), shared: [...listedUnder(stored.places, `${place}${SHARED}`)].map(figureAt) };
    },
    closest(place, words, found, limit) {
      if (limit <= 0) return [];
      const content = [...new Set(words)].filter((word) => word.length > 1);
      // The best `limit` kept as the figures are read: a city of a large corpus has tens of
      // thousands of figures, and an object (or a set entry) for each made a no-answer wait on the
      // garbage collector.
      const best: { readonly i: number; readonly score: number }[] = [];
      const consider = (i: number, matched: number, base: number) => {
        const score = base + matched;
        if (score === 0) return;
        const last = best[limit - 1];
        if (last !== undefined && !(score > last.score || (score === last.score && i < last.i))) return;
        const at = best.findIndex((other) => ranksBefore({ i, score }, other));
        best.splice(at < 0 ? best.length : at, 0, { i, score });
        if (best.length > limit) best.pop();
      };
      if (place !== null) {
        // A place's own figures score 11 and its shared ones 10, plus one for each word their
        // label contains. The labels that contain a word are found through the place's character
        // lists; of the rest, only the first `limit` own and shared ones can rank.
        const matched = new Map<number, number>();
        for (const word of content) {
          let rarest: Uint32Array | undefined;
          for (let at = 0; at < word.length; at++) {
            const list = listedUnder(stored.labelCharacters, `${place}${LABEL_CHARACTER}${word.charAt(at)}`);
            if (rarest === undefined || list.length < rarest.length) rarest = list;
            if (list.length === 0) break;
          }
          for (const i of rarest ?? []) if (metric(i).includes(word)) matched.set(i, (matched.get(i) ?? 0) + 1);
        }
        const firsts = (positions: Uint32Array, base: number) => {
          let taken = 0;
          for (let read = 0; read < positions.length && taken < limit; read++) {
            const i = positions[read]!;
            if (label(i) === '') continue;
            taken++;
            consider(i, matched.get(i) ?? 0, base);
            matched.delete(i);
          }
        };
        firsts(listedUnder(stored.places, place), 11);
        firsts(listedUnder(stored.places, `${place}${SHARED}`), 10);
        for (const [i, count] of matched) consider(i, count, entity(i) === place ? 11 : 10);
      }
      // Then the figures of the passages found that are not the place's.
      const ofPlace = (i: number) => place !== null && entity(i).split(SHARED).includes(place);
      for (const block of new Set(found)) {
        for (const i of positionsIn(block)) {
          if (label(i) === '' || entity(i) === '' || ofPlace(i)) continue;
          let count = 0;
          for (const word of content) if (metric(i).includes(word)) count++;
          consider(i, count, 0);
        }
      }
      return best.map(({ i }) => figureAt(i));
    },
  };
}

/** Higher scores first, then corpus order. */
function ranksBefore(a: { readonly i: number; readonly score: number }, b: { readonly i: number; readonly score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.i < b.i);
}

/** 3: the value itself; 2: the label contains the query or the other way round; else shared bigrams. */
function figureScore(query: string, tokens: readonly string[], metric: string, raw: string, passage: string): number {
  if (raw === query || raw.startsWith(query)) return 3;
  if (metric !== '' && (metric.includes(query) || query.includes(metric))) return 2;
  // The passage stands in for the figure's sentence, which it contains.
  const shared = tokens.filter((token) => metric.includes(token) || passage.includes(token));
  return shared.length > 0 ? shared.length / tokens.length : 0;
}
