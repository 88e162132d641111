import type { Choice, FigureMatch } from './engine-types.js';
import { normalize } from './normalize.js';
import type { PassageStore } from './passage-store.js';
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
   * normalized values, each column one string joined by SEPARATOR: a cached start restores four
   * strings instead of four times a figure count of them, and a column is split on first use.
   */
  readonly entity: string;
  readonly label: string;
  readonly metric: string;
  readonly raw: string;
};

const SEPARATOR = '\u0001';

export function figureColumns(figures: readonly (readonly Figure[])[]): FigureColumns {
  const all = figures.flatMap((list, block) => list.map((figure, index) => ({ figure, block, index })));
  return {
    block: Uint32Array.from(all, ({ block }) => block),
    index: Uint32Array.from(all, ({ index }) => index),
    entity: all.map(({ figure }) => figure.entity ?? '').join(SEPARATOR),
    label: all.map(({ figure }) => figure.metric ?? '').join(SEPARATOR),
    metric: all.map(({ figure }) => normalize(figure.metric ?? '')).join(SEPARATOR),
    raw: all.map(({ figure }) => normalize(figure.raw)).join(SEPARATOR),
  };
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
  const split = (column: string): readonly string[] => (size === 0 ? [] : column.split(SEPARATOR));
  let entity: readonly string[] | undefined;
  let label: readonly string[] | undefined;
  let metric: readonly string[] | undefined;
  let raw: readonly string[] | undefined;
  const columns = {
    block: stored.block,
    index: stored.index,
    get entity() {
      return (entity ??= split(stored.entity));
    },
    get label() {
      return (label ??= split(stored.label));
    },
    get metric() {
      return (metric ??= split(stored.metric));
    },
    get raw() {
      return (raw ??= split(stored.raw));
    },
  };
  const figureAt = (i: number): Figure => passages.figures(columns.block[i]!)[columns.index[i]!]!;
  // Made on first use: a start that is never asked for a city or a suggestion does not pay for it.
  let byPlace: Map<string, number[]> | undefined;
  const positionsOf = (place: string): readonly number[] => {
    if (!byPlace) {
      byPlace = new Map();
      for (let i = 0; i < size; i++) {
        for (const key of columns.entity[i] ? columns.entity[i]!.split('、') : []) {
          const list = byPlace.get(key);
          if (list) list.push(i);
          else byPlace.set(key, [i]);
        }
      }
    }
    return byPlace.get(place) ?? [];
  };
  let firstOfBlock: Uint32Array | undefined;
  const positionsIn = (block: number): number[] => {
    if (!firstOfBlock) {
      firstOfBlock = new Uint32Array(normalized.length + 1).fill(size);
      for (let i = size - 1; i >= 0; i--) firstOfBlock[columns.block[i]!] = i;
      for (let b = normalized.length - 1; b >= 0; b--) firstOfBlock[b] = Math.min(firstOfBlock[b]!, firstOfBlock[b + 1]!);
    }
    const positions: number[] = [];
    for (let i = firstOfBlock[block]!; i < size && columns.block[i] === block; i++) positions.push(i);
    return positions;
  };
  let labels: { label: string; folded: string }[] | undefined;
  return {
    size,
    find(query, limit) {
      const folded = normalize(query);
      if (folded === '') return [];
      const tokens = wordTokens(folded);
      const scored: { i: number; score: number }[] = [];
      for (let i = 0; i < size; i++) {
        const score = figureScore(folded, tokens, columns.metric[i]!, columns.raw[i]!, normalized[columns.block[i]!]!);
        if (score > 0) scored.push({ i, score });
      }
      return scored
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, limit)
        .map(({ i, score }) => {
          const block = passages.block(columns.block[i]!);
          return { figure: figureAt(i), doc: block.doc, paragraph: block.paragraph, score };
        });
    },
    metricChoices(typed, limit) {
      labels ??= [...new Set(columns.label.filter((label) => label !== ''))].map((label) => ({ label, folded: normalize(label) }));
      const folded = normalize(typed);
      return labels
        .filter((label) => folded === '' || label.folded.includes(folded))
        .slice(0, limit)
        .map(({ label }) => ({ name: label, value: label }));
    },
    ofPlace(place) {
      const positions = positionsOf(place);
      return {
        own: positions.filter((i) => columns.entity[i] === place).map(figureAt),
        shared: positions.filter((i) => columns.entity[i] !== place).map(figureAt),
      };
    },
    closest(place, words, found, limit) {
      if (limit <= 0) return [];
      const content = words.filter((word) => word.length > 1);
      // The best `limit` kept as the figures are read: a city of a large corpus has tens of
      // thousands of figures, and an object (or a set entry) for each made a no-answer wait on the
      // garbage collector.
      const best: { readonly i: number; readonly score: number }[] = [];
      const consider = (i: number) => {
        const entity = columns.entity[i]!;
        if (columns.label[i] === '' || entity === '') return;
        let score = 0;
        if (place !== null && entity === place) score += 11;
        else if (place !== null && entity.includes(place) && entity.split('、').includes(place)) score += 10;
        const metric = columns.metric[i]!;
        for (const word of content) if (metric.includes(word)) score++;
        if (score === 0) return;
        const last = best[limit - 1];
        if (last !== undefined && !(score > last.score || (score === last.score && i < last.i))) return;
        const at = best.findIndex((other) => ranksBefore({ i, score }, other));
        best.splice(at < 0 ? best.length : at, 0, { i, score });
        if (best.length > limit) best.pop();
      };
      // The place's figures, then those of the passages found that are not among them.
      const ofPlace = (i: number) => place !== null && (columns.entity[i] ?? '').split('、').includes(place);
      if (place !== null) for (const i of positionsOf(place)) consider(i);
      for (const block of found) for (const i of positionsIn(block)) if (!ofPlace(i)) consider(i);
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
