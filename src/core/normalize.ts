import { Converter } from 'opencc-js/t2cn';

/**
 * The one normalization applied to corpus text at index time and to questions at query time, so
 * that both meet in the same spelling:
 * - NFKC folds full-width forms (５．２％ → 5.2%, Ｇ６０ → G60) and compatibility characters;
 * - Traditional becomes Simplified with OpenCC's Taiwan-phrase tables, so that Taiwan's words
 *   become the mainland's too (軟體 → 软件, 資訊 → 信息, 網路 → 网络), not only their characters;
 * - Latin letters are lower-cased;
 * - zero-width and control characters are dropped, runs of white space become one space.
 */
const toSimplified = Converter({ from: 'twp', to: 'cn' });
// Whether a text is Traditional is a matter of characters: 智慧 is Simplified too, though the
// phrase tables write it 智能. Made on first need: most questions never get that far.
let toSimplifiedCharacters: ((text: string) => string) | undefined;

// Zero-width characters, BOM, bidi controls and C0/C1 controls except tab and newline.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

export function normalize(text: string): string {
  const folded = text.normalize('NFKC').replace(INVISIBLE, '');
  return toSimplified(folded).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Removes only what can never be meant: invisible characters and surrounding white space. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Whether a text is Traditional Chinese: it has Han characters and converting it changes some.
 * Good enough to label a question's language; the normalized form is what is searched.
 */
export function looksTraditional(text: string): boolean {
  const han = [...text].filter(isHan).join('');
  if (han.length === 0 || toSimplified(han) === han) return false;
  const characters = (toSimplifiedCharacters ??= Converter({ from: 'tw', to: 'cn' }));
  return characters(han) !== han;
}
