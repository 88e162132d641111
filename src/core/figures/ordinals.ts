/**
 * Ranks and ordinals, both written 第N: a rank is a place in a league table (居上海第二位,
 * 排名全国第一), an ordinal is an edition or a session (第六届, 第四次). 第N位 and 第N名 are ranks;
 * a bare 第N is a rank only after a verb of ranking, since 第一 alone also enumerates points.
 */
import { NUMERAL, parseNumeral } from './numerals.js';
import type { Quantity } from './quantity.js';
import { alternation, ORDINAL_COUNTERS, RANK_COUNTERS } from './units.js';

const ORDINAL = new RegExp(
  `第(?<n>${NUMERAL})(?:(?<rank>${alternation([...RANK_COUNTERS, '大'])})|(?<ordinal>${alternation(ORDINAL_COUNTERS)}))?`,
  'gu',
);
const RANKING_VERB = /(?:居|列|排名|排|位居|位列|名列|跃居|稳居|升至|上升至|保持|全国|全省|全市|全区|全球|世界)[^，。；]{0,8}$/u;

// 居安徽省港口首位: first place, written without 第.
const FIRST_PLACE = /首位/gu;

/** Finds the ranks and ordinals in a (width-folded) sentence. */
export function findOrdinals(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(FIRST_PLACE)) {
    if (!RANKING_VERB.test(text.slice(0, match.index))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value: 1, approx: false, kind: 'rank', unit: 'rank', counter: '位' });
  }
  for (const match of text.matchAll(ORDINAL)) {
    const groups = match.groups ?? {};
    const value = parseNumeral(groups['n'] ?? '');
    if (value === null || !Number.isInteger(value) || value < 1) continue;
    const start = match.index;
    const end = start + match[0].length;
    const base = { start, end, value, approx: false } as const;
    if (groups['rank'] !== undefined) {
      found.push({ ...base, kind: 'rank', unit: 'rank', counter: groups['rank'] });
    } else if (groups['ordinal'] !== undefined) {
      found.push({ ...base, kind: 'ordinal', unit: 'ordinal', counter: groups['ordinal'] });
    } else if (RANKING_VERB.test(text.slice(0, start))) {
      found.push({ ...base, kind: 'rank', unit: 'rank', counter: null });
    }
  }
  return found;
}
