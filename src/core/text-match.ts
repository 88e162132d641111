/**
 * How well a word of a question is found in a text when it is not found as it is: a longer word
 * with one character wrong or missing (高新技企业) still shares most bigrams, and an abbreviation
 * (进博会) is its full name's characters in order (进口博览会).
 */

/** Strength in [0, 1) of a near match; 0 when there is none. */
export function partialMatch(text: string, passage: string): number {
  // Most words are two characters: answered before splitting anything (length ≥ code points).
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
