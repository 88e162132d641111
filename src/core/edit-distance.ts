/**
 * Typed names are matched with a small edit budget (Hangzou for Hangzhou); kept apart from pinyin.ts
 * so that answering a question never loads the pinyin converter.
 */

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether two strings are at most one edit apart (Levenshtein ≤ 1), in one pass: they are exactly
 * when their common prefix and common suffix together cover all but one character of the longer.
 * The same answer as `editDistance(a, b, 1) <= 1` without its table, for the many names a question's
 * words are compared with.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix + suffix >= Math.max(a.length, b.length) - 1;
}

/**
 * Words shorter than this are one typo from too many others (cost → cast, coat, most; wuhu, xian):
 * a typo is only guessed from five letters up, for names (Hefie → Hefei) and for English words.
 */
export const MIN_TYPO_LENGTH = 5;

/**
 * Whether `typed` is one typo away from `known`: one character added, dropped or changed, or two
 * neighbours swapped (Hefie for Hefei, Songjaing for Songjiang), the slips a keyboard makes.
 */
export function oneTypoApart(known: string, typed: string): boolean {
  if (withinOneEdit(known, typed)) return true;
  if (known.length !== typed.length) return false;
  let first = 0;
  while (first < known.length && known[first] === typed[first]) first++;
  return (
    first + 1 < known.length &&
    known[first] === typed[first + 1] &&
    known[first + 1] === typed[first] &&
    known.slice(first + 2) === typed.slice(first + 2)
  );
}
