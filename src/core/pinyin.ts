import { pinyin } from 'pinyin-pro';

/**
 * Toneless pinyin, used for two things a user gets wrong or writes in Latin letters: homophone
 * typos (松将 for 松江, 芜胡 for 芜湖, 科创代 for 科创贷) and names typed in English (Wu Zhaohui,
 * Huzhou, even Hangzou).
 */

/** One toneless syllable per character of `text` (non-Han characters come back as themselves). */
export function syllablesOf(text: string): string[] {
  return pinyin(text, { type: 'array', toneType: 'none', v: true });
}

/** The pinyin of a Han string as one Latin key without spaces: 吴朝晖 → "wuzhaohui". */
export function pinyinKey(text: string): string {
  return syllablesOf(text).join('');
}

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
