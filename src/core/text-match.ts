import { memoize } from './memo.js';
import { isHan } from './normalize.js';

/**
 * How well a word of a question is found in a text when it is not found as it is: a longer word
 * with one character wrong or missing (高新技企业) still shares most bigrams, and an abbreviation
 * (进博会) is its full name's characters in order (进口博览会), and a two-character word is written
 * by its first character in a series of names made with it (贷款 in 科创贷、园区贷、人才贷).
 */

/** Strength in [0, 1) of a near match; 0 when there is none. */
export function partialMatch(text: string, passage: string): number {
  // Most words are two characters: answered before splitting anything (length ≥ code points).
  if (text.length === 2) return isSeriesHeadIn(text[0]!, passage) ? SERIES_STRENGTH : 0;
  if (text.length < 3) return 0;
  const chars = [...text];
  if (chars.length < 3) return 0;
  if (isAbbreviationIn(chars, passage)) return ABBREVIATION_STRENGTH;
  let hits = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (passage.includes(chars[i]! + chars[i + 1]!)) hits++;
  const share = hits / (chars.length - 1);
  return share >= 0.5 ? share * PARTIAL_STRENGTH : 0;
}

/** Exact (1), near (see `partialMatch`) or absent (0). */
export function matchStrength(text: string, passage: string): number {
  return passage.includes(text) ? 1 : partialMatch(text, passage);
}

const ABBREVIATION_STRENGTH = 0.9;
// As an abbreviation's: two names of a series say what kind of thing they are.
const SERIES_STRENGTH = 0.9;

/**
 * Whether a passage lists two or more names that end in `head` (科创贷、园区贷): Chinese shortens a
 * kind of thing to its first character in the names of a series of them (科创贷款 → 科创贷, 港口 →
 * 宁波港、上海港). One such name alone is too often another word's ending (平台 is no 台风).
 */
function isSeriesHeadIn(head: string, passage: string): boolean {
  return seriesHeads(passage).has(head);
}

// Asked of every two-character form of a question for every candidate passage, a search of the
// passage each time doubled the cost of an answer at 1,000 articles; a passage's heads are found
// once, at its first question, and remembered (bounded, as every memo of a long-running bot).
const SERIES_MEMO_LIMIT = 50_000;
const seriesHeads = memoize((passage: string): ReadonlySet<string> => {
  const heads = new Set<string>();
  for (let comma = passage.indexOf('、'); comma !== -1; comma = passage.indexOf('、', comma + 1)) {
    // A name ends before the 、 (past a closing quote): its head, with a character of it before.
    let end = comma - 1;
    if (CLOSING_QUOTES.has(passage[end] ?? '')) end--;
    const head = passage[end];
    if (head === undefined || !isHan(head) || !isHan(passage[end - 1] ?? '')) continue;
    // The next name: one to four characters, then the same head, where the name ends.
    let next = comma + 1;
    if (OPENING_QUOTES.has(passage[next] ?? '')) next++;
    for (let last = next; last < next + MAX_NAME_BEFORE_HEAD && isHan(passage[last] ?? ''); last++) {
      if (passage[last + 1] === head && endsName(passage[last + 2] ?? '')) {
        heads.add(head);
        break;
      }
    }
  }
  // Most passages list no series: they share one empty set rather than hold one each.
  return heads.size === 0 ? NO_HEADS : heads;
}, SERIES_MEMO_LIMIT);
const NO_HEADS: ReadonlySet<string> = new Set();

const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '’', '」', '』']);
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '‘', '「', '『']);
const MAX_NAME_BEFORE_HEAD = 4;

// A name of a series ends before punctuation or a word that closes or joins a list (宁波港、上海港等,
// 宁波港、上海港和天津港); before any other character it runs on into a word (上海港口岸).
function endsName(char: string): boolean {
  return !isHan(char) || LIST_WORDS.has(char);
}

const LIST_WORDS: ReadonlySet<string> = new Set(['等', '和', '及', '与']);

const PARTIAL_STRENGTH = 0.6;

function isAbbreviationIn(chars: readonly string[], passage: string): boolean {
  const maxSpan = chars.length * 3;
  let start = passage.indexOf(chars[0]!);
  while (start !== -1) {
    let at = start;
    let ok = true;
    for (const char of chars.slice(1)) {
      at = passage.indexOf(char, at + 1);
      if (at === -1 || at - start >= maxSpan) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
    start = passage.indexOf(chars[0]!, start + 1);
  }
  return false;
}

/** Text to match literally inside a regular expression built around it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
