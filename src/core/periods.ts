/**
 * Stretches of months a Chinese news text gives figures for (上半年, 前三季度, 1至10月, 三季度),
 * each as the months it spans, so that 上半年 and 1至6月 are one period and 前三季度 is not 1至10月.
 * A figure for January to October does not answer a question about the first half.
 */

/** First and last month, 1–12. */
export type MonthSpan = { readonly from: number; readonly to: number };

const NUMERAL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const COUNT = String.raw`(1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])`;

const PATTERNS: readonly (readonly [RegExp, (match: RegExpMatchArray) => MonthSpan | null])[] = [
  [/上半年/gu, () => ({ from: 1, to: 6 })],
  [/下半年/gu, () => ({ from: 7, to: 12 })],
  [new RegExp(String.raw`前${COUNT}(?:个)?季度`, 'gu'), (match) => months(1, 3 * number(match[1]!))],
  // 三季度 and 第三季度, but not the 三 of 前三季度 (taken above).
  [new RegExp(String.raw`(?<!前)(?:第)?([一二三四1-4])季度`, 'gu'), (match) => months(3 * number(match[1]!) - 2, 3 * number(match[1]!))],
  [new RegExp(String.raw`(?<!\d)${COUNT}(?:月份?)?(?:至|到|-|~|—|－)${COUNT}月(?!\d*[日号])`, 'gu'), (match) => months(number(match[1]!), number(match[2]!))],
  [new RegExp(String.raw`前${COUNT}个月`, 'gu'), (match) => months(1, number(match[1]!))],
];

/** The spans of months a normalized text names, each once. */
export function monthSpans(text: string): MonthSpan[] {
  const spans: MonthSpan[] = [];
  let rest = text;
  for (const [pattern, span] of PATTERNS) {
    for (const match of rest.matchAll(pattern)) {
      const found = span(match);
      if (found !== null && !spans.some((known) => sameSpan(known, found))) spans.push(found);
    }
    // A span read once is not read again inside another (the 三季度 of 前三季度).
    rest = rest.replace(pattern, ' ');
  }
  return spans;
}

/**
 * The months a figure is given for: those its own sentence names, else those named before it in
 * the full sentence it ends (今年1至10月，芜湖港…；芜湖综合保税区同期进出口约310亿元: 同期 is 1至10月).
 * `sentence` is the figure's, as it is written in `text`.
 */
export function spansOfFigure(text: string, sentence: string): MonthSpan[] {
  const own = monthSpans(sentence);
  if (own.length > 0) return own;
  const at = text.indexOf(sentence);
  if (at <= 0) return [];
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('！', at - 1), text.lastIndexOf('？', at - 1)) + 1;
  return monthSpans(text.slice(start, at));
}

export function sameSpan(a: MonthSpan, b: MonthSpan): boolean {
  return a.from === b.from && a.to === b.to;
}

function number(numeral: string): number {
  return NUMERAL[numeral] ?? Number.parseInt(numeral, 10);
}

function months(from: number, to: number): MonthSpan | null {
  return from >= 1 && from <= to && to <= 12 ? { from, to } : null;
}
