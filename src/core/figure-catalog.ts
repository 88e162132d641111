import type { Choice, FigureMatch } from './engine-types.js';
import { normalize } from './normalize.js';
import { wordTokens } from './tokenize.js';
import type { Block, Figure } from './types.js';

/**
 * Every figure of the corpus, for the lookups that search figures rather than passages: /figure,
 * its autocomplete, and the suggestions of a no-answer reply. Labels are normalized once, when
 * the corpus is built (`figureKeys`), not at every keystroke.
 */

/** A figure's label and value as the catalog compares them (normalized). */
export type FigureKey = { readonly metric: string; readonly raw: string };

export type FigureCatalog = {
  readonly size: number;
  find(query: string, limit: number): FigureMatch[];
  metricChoices(typed: string, limit: number): Choice[];
  /** Figures with a metric and a place, best first for a question about `place` with `words`. */
  closest(place: string | null, words: readonly string[]): Figure[];
};

export function figureKeys(figures: readonly (readonly Figure[])[]): FigureKey[] {
  return figures.flat().map((figure) => ({ metric: normalize(figure.metric ?? ''), raw: normalize(figure.raw) }));
}

export function createFigureCatalog(
  figures: readonly (readonly Figure[])[],
  keys: readonly FigureKey[],
  blocks: readonly Block[],
  normalized: readonly string[],
): FigureCatalog {
  const all = figures.flatMap((list, id) => list.map((figure) => ({ figure, id })));
  let labels: { label: string; folded: string }[] | undefined;
  return {
    size: all.length,
    find(query, limit) {
      const folded = normalize(query);
      if (folded === '') return [];
      const tokens = wordTokens(folded);
      return all
        .map(({ figure, id }, i) => ({
          figure,
          doc: blocks[id]!.doc,
          paragraph: blocks[id]!.paragraph,
          score: figureScore(folded, tokens, keys[i]!, normalized[id]!),
        }))
        .filter((match) => match.score > 0)
        .sort((a, b) => b.score - a.score || a.doc.localeCompare(b.doc) || a.paragraph - b.paragraph)
        .slice(0, limit);
    },
    metricChoices(typed, limit) {
      labels ??= [...new Set(all.map(({ figure }) => figure.metric).filter((metric) => metric !== null))].map((label) => ({
        label,
        folded: normalize(label),
      }));
      const folded = normalize(typed);
      return labels
        .filter((label) => folded === '' || label.folded.includes(folded))
        .slice(0, limit)
        .map(({ label }) => ({ name: label, value: label }));
    },
    closest(place, words) {
      const content = words.filter((word) => word.length > 1);
      return all
        .map(({ figure }, i) => ({ figure, i }))
        .filter(({ figure }) => figure.metric !== null && figure.entity !== null)
        .map(({ figure, i }) => ({
          figure,
          i,
          score:
            (place !== null && figure.entity === place ? 11 : 0) +
            (place !== null && figure.entity !== place && figure.entity!.split('、').includes(place) ? 10 : 0) +
            content.filter((word) => keys[i]!.metric.includes(word)).length,
        }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .map(({ figure }) => figure);
    },
  };
}

/** 3: the value itself; 2: the label contains the query or the other way round; else shared bigrams. */
function figureScore(query: string, tokens: readonly string[], key: FigureKey, passage: string): number {
  if (key.raw === query || key.raw.startsWith(query)) return 3;
  if (key.metric !== '' && (key.metric.includes(query) || query.includes(key.metric))) return 2;
  // The passage stands in for the figure's sentence, which it contains.
  const shared = tokens.filter((token) => key.metric.includes(token) || passage.includes(token));
  return shared.length > 0 ? shared.length / tokens.length : 0;
}
