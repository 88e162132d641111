/**
 * What looks like a number but is not a figure: names with digits (G60, S32, 5G, 1+7+N), words and
 * idioms with numerals (长三角, 一体化, 一批, 聚集一堂, 进一步, 零部件), the indefinite 一 (一条
 * 走廊, 一年来), and numerals inside a place or group name (九城市). General Chinese rules; the
 * only names it knows are the gazetteer's, passed in as spans.
 */
import type { Span } from '../types.js';
import type { Quantity } from './quantity.js';

/**
 * Words whose numeral is not a quantity. A candidate lying wholly inside one is dropped; one that
 * merely overlaps is kept (三千万元 holds 千万 "by all means" but is a figure).
 */
const NUMERAL_WORDS = [
  '一批', '一体化', '聚集一堂', '进一步', '一年间', '一年来', '过去一年', '首次', '零部件', '一带一路',
  '一系列', '一站式', '统一', '唯一', '之一', '第一时间', '万一', '千万', '十分', '三角', '一定', '一些',
  '一直', '一起', '一样', '一般', '一道', '一同', '一致', '一线', '一流', '一级', '一揽子', '一次性',
  '一把手', '一方面', '千方百计', '十四五', '十三五', '十五五', '一网通办', '一件事', '一张网', '一盘棋',
  '三农', '百姓', '万物', '一窗', '两岸', '两会', '四面八方', '五湖四海', '一心', '一手', '九州',
  // Idioms whose numerals mean "many" or "all", not a number of anything.
  '千家万户', '千军万马', '千辛万苦', '千差万别', '千丝万缕', '千变万化', '万众一心', '一举两得', '三番五次',
  '四通八达', '五花八门', '七嘴八舌', '十全十美', '百花齐放', '千载难逢', '一五一十', '三心二意', '万无一失',
  '两张皮', '两手抓', '一张蓝图',
];

const LONE_ONE = /^[一〇零]$/u;
const PHASE_OF = /^(?:工程|项目|建成|建设|扩建|开工|完工|投产|投运|已|正在|将|也)/u;
const TIME_OR_ORDER: ReadonlySet<Quantity['kind']> = new Set(['date', 'period', 'year', 'rank', 'ordinal']);
const HAS_MULTIPLIER = /[万亿]/u;
// Letters or + touching a numeral make it part of a name or a formula: G60, 5G, 4S, 1+7+N.
const NAME_CHAR = /[A-Za-z+＋]/u;

/** Spans of the numeral words in a text, to test candidates against. */
export function numeralWordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const word of NUMERAL_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      spans.push({ start: at, end: at + word.length });
    }
  }
  return spans;
}

/**
 * Whether a candidate quantity is not a figure.
 * @param text the (width-folded) sentence the candidate was found in
 * @param names spans of place and group names (九城市) and numeral words in the sentence
 */
export function isNotFigure(text: string, candidate: Quantity, names: readonly Span[]): boolean {
  const raw = text.slice(candidate.start, candidate.end);
  const numeral = /^[\d.,]+[万亿]*|^[零〇一二两三四五六七八九十百千万亿]+/u.exec(raw)?.[0] ?? '';
  if (names.some((span) => span.start <= candidate.start && candidate.end <= span.end)) return true;
  // Only a numeral's own edge counts: 第五届G60 is an edition followed by a name.
  if (/^\d/u.test(raw) && NAME_CHAR.test(text.charAt(candidate.start - 1))) return true;
  if (/[\dA-Za-z%]$/u.test(raw) && NAME_CHAR.test(text.charAt(candidate.end))) return true;
  // 二期建成后, 三期工程: a phase of a project, not a count of periods.
  if (candidate.counter === '期' && PHASE_OF.test(text.slice(candidate.end))) return true;
  // 千吨级船舶, 千亿元级产业集群: a class of size, not a quantity of anything.
  if (text.charAt(candidate.end) === '级' && !TIME_OR_ORDER.has(candidate.kind)) return true;
  switch (candidate.kind) {
    case 'date':
    case 'period':
    case 'year':
    case 'rank':
    case 'ordinal':
      return false;
    case 'multiple':
    case 'ratio':
    case 'percent':
    case 'points':
      // 翻一番 and 一成 are real figures; the lone 一 rule below is about counters.
      return false;
    case 'duration':
      // 2023年 is a calendar year (dates.ts), not a duration of two thousand years.
      return LONE_ONE.test(numeral) || (typeof candidate.value === 'number' && candidate.value >= 1000);
    case 'trips':
    case 'money':
    case 'measure':
      return LONE_ONE.test(numeral);
    case 'count':
    case 'people':
      if (LONE_ONE.test(numeral)) return true; // 一条走廊, 一批项目: an article, not a count
      // A bare numeral with no counter is a figure only at scale (36万) or approximated (两千余).
      return candidate.counter === null && !HAS_MULTIPLIER.test(raw) && !/[余多来]/u.test(raw);
  }
}
