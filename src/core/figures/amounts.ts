/**
 * Amounts: a numeral with what follows it. Money (3.8万亿美元), percentages (54.5%, 百分之二十,
 * 三成), percentage points, multiples (翻了两番, 3倍), counts with their counter (56家, 两个),
 * people (36万 after 年轻人), person-trips (2500万人次), physical units (公里, 吨, 标箱) and
 * durations (5周年, 5年间). Ranges (20至30家) and approximation markers (10余个, 80%以上) are kept.
 * Whether an amount is a figure at all is decided later (not-figures.ts).
 */
import { hasLeadingApprox, INNER_APPROX, TRAILING_APPROX } from './approx.js';
import { NUMERAL, parseNumeral } from './numerals.js';
import type { Quantity, QuantityKind } from './quantity.js';
import {
  alternation,
  COUNTERS,
  CURRENCIES,
  MEASURES,
  PERSON_COUNTERS,
  PERSON_NOUNS,
  TRIP_COUNTERS,
  unitOf,
} from './units.js';
import type { FigureUnit } from '../types.js';

const DURATIONS: readonly (readonly [string, FigureUnit])[] = [
  ['周年', 'year'],
  ['年间', 'year'],
  ['年来', 'year'],
  ['年内', 'year'],
  ['年', 'year'],
  ['个多月', 'month'],
  ['个月内', 'month'],
  ['个月', 'month'],
  ['天内', 'day'],
  ['个工作日', 'day'],
  ['工作日', 'day'],
  ['天', 'day'],
  ['个多小时', 'hour'],
  ['个小时', 'hour'],
  ['小时', 'hour'],
  ['分钟', 'minute'],
  ['毫秒', 'millisecond'],
  ['秒', 'second'],
  // An age is years of a life (平均年龄超过60岁).
  ['周岁', 'year'],
  ['岁', 'year'],
];
// 半年, 半天: half of a unit of time (上半年 and 下半年 are periods, dates.ts).
const HALF_DURATION = /(?<![上下前后大多])半(?<unit>年|天|个月|小时)/gu;

const TAIL = [
  `(?<currency>${alternation(CURRENCIES.map(([form]) => form))})`,
  '(?<percent>%)',
  '(?<points>个百分点)',
  `(?<measure>${alternation(MEASURES.map(([form]) => form))})`,
  `(?<trips>${alternation(TRIP_COUNTERS)})`,
  `(?<duration>${alternation(DURATIONS.map(([form]) => form))})`,
  `(?<counter>${alternation([...COUNTERS, ...PERSON_COUNTERS])})`,
  '(?<times>倍)',
].join('|');

const AMOUNT = new RegExp(
  `(?<n1>${NUMERAL})(?:(?<sep>[-—–~～至到])(?<n2>${NUMERAL}))?(?<inner>${INNER_APPROX.join('|')})?` +
    `(?:${TAIL})?(?<trailing>${TRAILING_APPROX.join('|')})?`,
  'gu',
);
const DOUBLING = new RegExp(`翻了?(?:(?<n>${NUMERAL})番|(?<bare>番))`, 'gu');
const PERCENT_WORDS = new RegExp(`百分之(?<n>${NUMERAL})(?<trailing>${TRAILING_APPROX.join('|')})?`, 'gu');
// 三成 is 30%; a following 为/立/功 ... makes 成 a verb or part of a word (三成为, 一成不变).
// 四分之一 is 25%, 一半 50% (百分之 is PERCENT_WORDS).
const FRACTION = new RegExp(`(?<![百千])(?<d>${NUMERAL})分之(?<n>${NUMERAL})(?<trailing>${TRAILING_APPROX.join('|')})?`, 'gu');
const ONE_HALF = new RegExp(`一半(?<trailing>${TRAILING_APPROX.join('|')})?`, 'gu');
const TENTHS = new RegExp(`(?<n>[一二两三四五六七八九十])成(?![为立功员本果就交长熟])(?<trailing>${TRAILING_APPROX.join('|')})?`, 'gu');

/** Finds every amount in a (width-folded) sentence, overlapping candidates included. */
export function findAmounts(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const amount = readAmount(text, match);
    if (amount) found.push(amount);
  }
  found.push(...unitRanges(text, found));
  for (const match of text.matchAll(DOUBLING)) {
    const written = match.groups?.['n'];
    const doublings = written === undefined ? 1 : parseNumeral(written);
    if (doublings === null) continue;
    // 翻了两番: the figure as written is 两番; 翻番 alone has no numeral, so it is the whole word.
    const start = written === undefined ? match.index : match.index + match[0].indexOf(written);
    found.push(quantity('multiple', start, match.index + match[0].length, 2 ** doublings, 'multiple', '番', false));
  }
  for (const match of text.matchAll(PERCENT_WORDS)) {
    const value = parseNumeral(match.groups?.['n'] ?? '');
    if (value === null) continue;
    const approx = match.groups?.['trailing'] !== undefined || leading(text, match.index);
    found.push(quantity('percent', match.index, match.index + match[0].length, value, 'percent', null, approx));
  }
  for (const match of text.matchAll(FRACTION)) {
    const denominator = parseNumeral(match.groups?.['d'] ?? '');
    const numerator = parseNumeral(match.groups?.['n'] ?? '');
    if (denominator === null || numerator === null || denominator === 0 || numerator > denominator) continue;
    const approx = match.groups?.['trailing'] !== undefined || leading(text, match.index);
    const value = Math.round((numerator / denominator) * 10_000) / 100;
    found.push(quantity('percent', match.index, match.index + match[0].length, value, 'percent', null, approx));
  }
  for (const match of text.matchAll(ONE_HALF)) {
    const approx = match.groups?.['trailing'] !== undefined || leading(text, match.index);
    found.push(quantity('percent', match.index, match.index + match[0].length, 50, 'percent', null, approx));
  }
  for (const match of text.matchAll(HALF_DURATION)) {
    const unit = match.groups?.['unit'] ?? '年';
    const figureUnit = unitOf(DURATIONS, unit) ?? 'year';
    found.push(quantity('duration', match.index, match.index + match[0].length, 0.5, figureUnit, unit.replace(/^个/u, ''), leading(text, match.index)));
  }
  for (const match of text.matchAll(TENTHS)) {
    const value = parseNumeral(match.groups?.['n'] ?? '');
    if (value === null) continue;
    const approx = match.groups?.['trailing'] !== undefined || leading(text, match.index);
    found.push(quantity('percent', match.index, match.index + match[0].length, value * 10, 'percent', null, approx));
  }
  return found;
}

/** 300元至500元: two amounts of one unit joined by 至 are one range, as 300至500元 is. */
function unitRanges(text: string, amounts: readonly Quantity[]): Quantity[] {
  const ranges: Quantity[] = [];
  for (const low of amounts) {
    const high = amounts.find((other) => other.start > low.end && /^[至到~～—-]$/u.test(text.slice(low.end, other.start)));
    if (high === undefined || high.unit !== low.unit || high.counter !== low.counter) continue;
    if (typeof low.value !== 'number' || typeof high.value !== 'number' || low.value >= high.value) continue;
    ranges.push(quantity(low.kind, low.start, high.end, [low.value, high.value], low.unit, low.counter, low.approx || high.approx));
  }
  return ranges;
}

function readAmount(text: string, match: RegExpMatchArray): Quantity | null {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const low = parseNumeral(groups['n1'] ?? '');
  if (low === null) return null;
  const highText = groups['n2'];
  const high = highText === undefined ? null : parseNumeral(highText);
  if (highText !== undefined && high === null) return null;
  const value = high === null ? low : range(groups['n1'] ?? '', low, highText ?? '', high);
  // 3个多小时: 多 inside the unit is as approximate as 余 after the number.
  const approx = groups['inner'] !== undefined || groups['trailing'] !== undefined || leading(text, start) || /多/u.test(groups['duration'] ?? '');
  const [kind, unit, counter] = classify(groups, text.slice(0, start));
  return quantity(kind, start, end, value, unit, counter, approx);
}

// 20至30万元: the multiplier written once applies to both ends.
function range(lowText: string, low: number, highText: string, high: number): readonly [number, number] {
  const lowScaled = /[万亿]$/u.test(lowText) ? low : (parseNumeral(lowText + (/[万亿]+$/u.exec(highText)?.[0] ?? '')) ?? low);
  return [lowScaled, high];
}

// A ratio or index named before its value: 收入比, 比值, 系数, 指数 (not 比 as "than": 比去年), or
// an acronym (平均PUE由2022年的1.41降至1.25).
const RATIO_NAME = /(?:比值|比率|系数|指数|\p{Script=Han}比(?=由|从|为|是|达|降|缩|扩|升|的|\d|$)|(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z\d]))/u;

/** The clause a numeral is written in, up to the numeral. */
function clauseOf(before: string): string {
  return before.slice(before.search(/[^，。；！？]*$/u));
}

function classify(
  groups: Readonly<Record<string, string | undefined>>,
  before: string,
): readonly [QuantityKind, FigureUnit, string | null] {
  const { currency, percent, points, measure, trips, duration, counter, times } = groups;
  if (currency !== undefined) return ['money', unitOf(CURRENCIES, currency) ?? 'CNY', null];
  if (percent !== undefined) return ['percent', 'percent', null];
  if (points !== undefined) return ['points', 'percentage-point', null];
  if (measure !== undefined) return ['measure', unitOf(MEASURES, measure) ?? measure, null];
  if (trips !== undefined) return ['trips', 'person-trips', trips.replace(/^万/u, '')];
  if (duration !== undefined) return ['duration', unitOf(DURATIONS, duration) ?? 'year', duration.replace(/^个多?/u, '').replace(/[间来内]$/u, '')];
  if (times !== undefined) return ['multiple', 'multiple', '倍'];
  if (counter !== undefined) {
    return PERSON_COUNTERS.includes(counter) ? ['people', 'people', counter] : ['count', 'count', counter];
  }
  // A bare decimal after a ratio's name is the ratio: 城乡居民收入比由2020年的1.61缩小到1.53.
  if (/^\d+\.\d+$/u.test(groups['n1'] ?? '') && groups['n2'] === undefined && RATIO_NAME.test(clauseOf(before))) return ['ratio', 'ratio', null];
  // A bare number after a word for people counts people: 年轻人36万.
  const noun = before.replace(/(?:达到|达|为|约|超过|超|近|逾|突破|共|计|有|是)$/u, '');
  return PERSON_NOUNS.test(noun) ? ['people', 'people', null] : ['count', 'count', null];
}

function leading(text: string, start: number): boolean {
  // 约占全市出口的八成: the 约 of a share stands before what it is a share of.
  return hasLeadingApprox(text.slice(Math.max(0, start - 4), start)) || ROUGH_SHARE.test(text.slice(Math.max(0, start - 16), start));
}

const ROUGH_SHARE = /约占[^，。；、\d]{0,12}$/u;

function quantity(
  kind: QuantityKind,
  start: number,
  end: number,
  value: Quantity['value'],
  unit: FigureUnit,
  counter: string | null,
  approx: boolean,
): Quantity {
  return { kind, start, end, value, unit, counter, approx };
}
