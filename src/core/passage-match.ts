import type { Concept } from './query.js';
import { partialMatch } from './text-match.js';
import type { Block, Figure } from './types.js';
import { isYear, writesYear } from './years.js';

/**
 * How strongly a passage writes each thing a question is about: the strongest of the concept's
 * forms it writes, in full or in part. Ranking sums these; the rules of what an answer must write
 * read them too.
 */

/** A passage as ranking sees it: its kind and document, its normalized text and what it holds. */
export type RankablePassage = {
  /** The block's kind and document; the block itself is made only for the passages shown. */
  readonly kind: Block['kind'];
  readonly doc: string;
  readonly normalized: string;
  readonly figures: readonly Figure[];
  /** Gazetteer keys of the places and bodies it names or attributes figures to. */
  readonly places: ReadonlySet<string>;
  /** The year of its document's date, which 今年 and 去年 count from; null when undated. */
  readonly year: number | null;
};

/** Below this, a rendering is a synonym of a synonym's sense: found alone, as good as absent. */
export const WEAK_LINK = 0.3;
// The word a question asks for must be written, not a loose synonym of it (驶出 for 出口, found
// inside 无人驾驶出租车): a near miss here answers another question.
export const MEASURE_LINK = 0.9;
// A year found only as 今年 or 去年 (see years.ts) is less sure than one written out.
const RELATIVE_YEAR = 0.5;

/** Whether a passage writes any form of the concept in full. */
export function matchesAnyForm(concept: Concept, passage: RankablePassage): boolean {
  return concept.forms.some((form) => passage.normalized.includes(form.text));
}

/**
 * How strongly a passage writes a concept (0..1): its strongest form written in full or in part, a
 * place the passage is about, a year written as 今年. `text`: the form written in full, to highlight.
 */
export function conceptMatch(concept: Concept, passage: RankablePassage): { strength: number; text: string | null } {
  let strength = 0;
  let text: string | null = null;
  for (const form of concept.forms) {
    if (form.strength < WEAK_LINK) continue;
    if (passage.normalized.includes(form.text)) {
      const found = onlyAsDeputy(form.text, passage.normalized) ? form.strength * DEPUTY : form.strength;
      if (found > strength) {
        strength = found;
        text = form.text;
      }
      continue;
    }
    const partial = partialMatch(form.text, passage.normalized) * form.strength;
    if (partial > strength) {
      strength = partial;
      text = null;
    }
  }
  if (concept.key !== null && passage.places.has(concept.key) && strength < 1) strength = 0.9;
  // 2023 in a question is 去年 in a passage of 2024, though less surely than 2023 written out.
  if (strength < RELATIVE_YEAR && isYear(concept) && writesYear(passage.normalized, passage.year, Number(concept.source))) strength = RELATIVE_YEAR;
  return { strength, text };
}

// 市长 asked about is found in 副市长 too, but a deputy is not the office itself: a passage that
// writes the word only after 副 matches it less.
const DEPUTY = 0.8;
function onlyAsDeputy(word: string, text: string): boolean {
  if (word.startsWith('副')) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (text[at - 1] !== '副') return false;
  }
  return true;
}
