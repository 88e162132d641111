import { PERSON_COUNTERS } from './figures/units.js';
import { memoize } from './memo.js';
import type { AnalyzedQuestion } from './query.js';
import { escapeRegExp } from './text-match.js';

/** How a passage writes a count: a number, then the counter a question asks with. */

const NUMERAL = '[0-9一二两三四五六七八九十百千万亿]+(?:\\.[0-9]+)?[余多]?';

// A question's patterns are tried on every candidate passage; made once each. The noun comes from
// the question or the dictionary, so it is matched literally.
const compiled = memoize((source: string) => new RegExp(source, 'u'), 10_000);

// Counters that say what is counted (辆 cars, 家 companies, 名 people): "how many cars" is not
// answered by a passage that counts nothing in cars, however well it matches the rest (8万吨 for
// 金华生产了多少辆). 个 fits any thing, a person is counted in 名, 人 or 位 alike, and a number may
// stand right before the noun (九城市 for how many cities). Counters of time, money and ratio (年,
// 次, 元, 万, 倍, 成) are left out: their answers are written in too many ways; so is 条, whose
// roads and lines are as often measured in 公里 as counted.
const SPECIFIC_COUNTERS = '家项件届座所只台批辆款笔张套';
const PEOPLE_COUNTED = PERSON_COUNTERS.join('');
/**
 * The count a passage must write to answer a question asked with a counter that says what is
 * counted (多少家, 几名), or with its noun after a number (九城市); null for any other counter.
 */
export function countedWith(counter: AnalyzedQuestion['counter']): RegExp | null {
  if (counter === null) return null;
  const { word, noun } = counter;
  const accepted = PERSON_COUNTERS.includes(word) ? PEOPLE_COUNTED : SPECIFIC_COUNTERS.includes(word) ? `${word}个` : null;
  if (accepted === null) return null;
  const before = noun === null ? '' : `|${NUMERAL}${escapeRegExp(noun.slice(0, 2))}`;
  return compiled(`${NUMERAL}[${accepted}]${before}`);
}

/** A number with `counter`; with `noun` after it, the counter may be left out (9个城市, 9城市). */
export function countPattern(counter: string, noun: string | null): RegExp {
  return compiled(`${NUMERAL}${escapeRegExp(counter)}${noun === null ? '' : `?${escapeRegExp(noun)}`}`);
}
