/**
 * How well a word of a question is found in a text when it is not found as it is: a longer word
 * with one character wrong or missing (高新技企业) still shares most bigrams, and an abbreviation
 * (进博会) is its full name's characters in order (进口博览会), and a two-character word is written
 * by its first character in a series of names made with it (贷款 in 科创贷、园区贷、人才贷).
 */

/** Strength in [0, 1) of a near match; 0 when there is none. */
export function partialMatch(text: string, passage: string): number {
  const chars = [...text];
  if (chars.length === 2) return isSeriesHeadIn(chars[0]!, passage) ? SERIES_STRENGTH : 0;
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
// Below a synonym's strength: the character alone also ends words of other meanings.
const SERIES_STRENGTH = 0.9;

/**
 * Whether a passage lists two or more names that end in `head` (科创贷、园区贷): Chinese shortens a
 * kind of thing to its first character in the names of a series of them (科创贷款 → 科创贷, 港口 →
 * 宁波港、上海港). One such name alone is too often another word's ending (平台 is no 台风).
 */
function isSeriesHeadIn(head: string, passage: string): boolean {
  // Most passages write the character once or not at all: answered without an expression.
  if (!/\p{Script=Han}/u.test(head) || passage.indexOf(head) === passage.lastIndexOf(head) || !passage.includes('、')) return false;
  let series = SERIES.get(head);
  if (series === undefined) SERIES.set(head, (series = new RegExp(`\\p{Script=Han}{1,4}${head}[”’」』]?、[“‘「『]?\\p{Script=Han}{1,4}${head}(?!\\p{Script=Han})`, 'u')));
  return series.test(passage);
}

// One expression per head character: the question's few words ask for few of them.
const SERIES = new Map<string, RegExp>();
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
