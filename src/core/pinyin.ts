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

/** Every toneless reading of one character (行: xing, hang), most common first. */
export function allSyllablesOf(char: string): string[] {
  return pinyin(char, { type: 'array', toneType: 'none', v: true, multiple: true });
}
