import { parseNumeral } from './figures/numerals.js';
import type { Form } from './query.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * How a question's words may be written in the corpus other than as typed: an ordinal in either
 * numeral (第4次, 第四次) or as first place (首位), a place the gazetteer does not hold by its pinyin
 * (Zhejiang → 浙江, Lake Tai → 太湖).
 */

// Lake Tai is 太湖, the Taipu River 太浦河, Wu opera 婺剧: one syllable beside the kind of place or
// thing it names, which Chinese writes as the name's second character.
const PLACE_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  lake: ['hu'],
  river: ['he', 'jiang'],
  mountain: ['shan'],
  mountains: ['shan'],
  port: ['gang'],
  island: ['dao'],
  bay: ['wan'],
  county: ['xian'],
  district: ['qu'],
  town: ['zhen'],
  village: ['cun'],
  bridge: ['qiao'],
  temple: ['si'],
  opera: ['ju', 'xi'],
};
const SPELLED_PLACE_STRENGTH = 0.9;

/**
 * A corpus word a Latin word spells in pinyin, alone or with the kind of place beside it; a
 * surname before a given name it spells (Wang Xiaowen: 晓雯) stands for that name too.
 */
export function spelledPlace(word: string, words: readonly string[], vocabulary: Vocabulary): Form[] {
  const at = words.indexOf(word);
  const beside = [words[at - 1], words[at + 1]].flatMap((neighbour) => PLACE_SUFFIXES[neighbour ?? ''] ?? []);
  for (const spelling of [word, ...beside.map((syllable) => `${word}${syllable}`)]) {
    const text = vocabulary.bigramSpelled(spelling);
    if (text !== null) return [{ text, strength: SPELLED_PLACE_STRENGTH }];
  }
  const given = words[at + 1] === undefined || !SURNAME.test(word) ? null : vocabulary.bigramSpelled(words[at + 1]!);
  return given === null ? [] : [{ text: given, strength: SURNAME_STRENGTH }];
}

// A short word with no rendering of its own right before a given name the corpus spells (Wang
// before Xiaowen) is read as the surname; the given name says who is meant.
const SURNAME = /^[a-z]{2,6}$/u;
const SURNAME_STRENGTH = 0.6;

/**
 * The ways news writes an ordinal: 第4次 and 第四次 alike, and first place also as 首位 or 榜首
 * (芜湖港居安徽省港口首位 answers 排第一).
 */
export function ordinalSpellings(ordinal: string): string[] {
  const match = /^第(.+?)([届次期批轮位名]?)$/u.exec(ordinal);
  const n = match ? parseNumeral(match[1]!) : null;
  if (match === null || n === null || !Number.isInteger(n) || n < 1 || n > 99) return [ordinal];
  const suffix = match[2]!;
  const spellings = [ordinal, `第${n}${suffix}`, `第${chineseNumber(n)}${suffix}`];
  if (n === 1 && (suffix === '' || suffix === '位' || suffix === '名')) spellings.push('首位', '榜首', '第一位', '第一名');
  return [...new Set(spellings)];
}

const DIGITS = '零一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}
