import type { Concept } from './query.js';

/**
 * Years a question names and the ways a passage writes them: as the number, or relative to its
 * document's date as 今年, 去年 or 明年 (2023 is 去年 in an article of 2024).
 */

const YEAR = /^(?:19|20)\d{2}$/u;
// Years a news text writes relative to its date.
const RELATIVE_YEARS: readonly (readonly [offset: number, words: RegExp])[] = [
  [0, /今年|本年|年内/u],
  [-1, /去年|上年|上一年/u],
  [1, /明年/u],
  [-2, /前年/u],
];

/** Whether a concept is a year the question names (2023, not 2860). */
export function isYear(concept: Concept): boolean {
  return concept.role === 'number' && YEAR.test(concept.source);
}

/** The years documents of these dates write as 今年, 去年 and 明年. */
export function relativeYearsOf(dates: readonly (string | null)[]): Set<number> {
  const years = dates.flatMap((date) => (date === null ? [] : [Number(date.slice(0, 4))]));
  return new Set(years.flatMap((year) => RELATIVE_YEARS.map(([offset]) => year + offset)));
}

/** Whether a (normalized) text writes a year, as a number or relative to its document's year. */
export function writesYear(text: string, documentYear: number | null, year: number): boolean {
  if (text.includes(String(year))) return true;
  return documentYear !== null && RELATIVE_YEARS.some(([offset, words]) => documentYear + offset === year && words.test(text));
}
