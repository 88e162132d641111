/**
 * Dates and periods: 2024年11月6日, 11月8日, 9月底, 2021年底, 上半年, 前三季度, 1-9月, 一季度,
 * 6月 (the whole month), 2024—2026年, 2022年以来 (until the document's date). A date without its
 * year takes it from 今年/去年/明年 before it, which is part of the figure as written (今年前三季度),
 * else from a year in the same sentence, else from the document's date, else from the nearest year
 * in the text. With none of these it stays partial, in ISO 8601's form for a date without a year:
 * "--11-08", "--01-01/--06-30".
 */
import { NUMERAL, parseNumeral } from './numerals.js';
import type { Quantity, YearContext } from './quantity.js';

const RELATIVE_YEAR: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };
const RELATIVE = `(?<rel>${Object.keys(RELATIVE_YEAR).join('|')})?`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2}|[一二〇零][〇零一二三四五六七八九]{3})年`;
const MONTH = `(?<month>${NUMERAL})月份?`;
const DAY = `(?<day>${NUMERAL})[日号]`;

const FULL_DATE = new RegExp(`${RELATIVE}(?:${YEAR})?${MONTH}(?:${DAY}|(?<end>底|末))?`, 'gu');
const YEAR_END = new RegExp(`${RELATIVE}${YEAR}[底末]`, 'gu');
const YEAR_RANGE = /(?<from>(?:19|20)\d{2})年?[-—–~～至到](?<to>(?:19|20)\d{2})年/gu;
const SINCE_YEAR = new RegExp(`${YEAR}以来`, 'gu');
const MONTH_RANGE = new RegExp(`${RELATIVE}(?:${YEAR})?(?<from>${NUMERAL})(?:月份?)?[-—–~～至到](?<to>${NUMERAL})月份?`, 'gu');
const HALF = new RegExp(`${RELATIVE}(?:${YEAR})?(?<half>[上下])半年`, 'gu');
const QUARTERS = new RegExp(`${RELATIVE}(?:${YEAR})?(?<lead>前|第)?(?<quarter>[一二三四1-4])(?:个)?季度`, 'gu');
const FIRST_MONTHS = new RegExp(`${RELATIVE}(?:${YEAR})?前(?<months>${NUMERAL})个月`, 'gu');
const CALENDAR_YEAR = new RegExp(String.raw`(?<![\dA-Za-z.])(?:${YEAR.replace('年', '(?<suffix>年(?:度)?)?')})(?![\d.%])`, 'gu');

/** Finds the dates and periods in a (width-folded) sentence. */
export function findDates(text: string, years: YearContext): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(FULL_DATE)) {
    const groups = match.groups ?? {};
    const month = parseNumeral(groups['month'] ?? '');
    const day = groups['day'] === undefined ? null : parseNumeral(groups['day']);
    if (month === null || !Number.isInteger(month) || month < 1 || month > 12) continue;
    if (day !== null && (!Number.isInteger(day) || day < 1 || day > 31)) continue;
    const year = resolveYear(groups, years);
    if (day !== null) found.push(dated(match, 'date', `${isoYear(year)}-${pad(month)}-${pad(day)}`));
    // 9月底 is the month's last day; 6月 alone is the whole month.
    else if (groups['end'] !== undefined) found.push(dated(match, 'date', `${isoYear(year)}-${pad(month)}-${pad(lastDay(year, month))}`));
    else found.push(dated(match, 'period', interval(year, month, month)));
  }
  for (const match of text.matchAll(YEAR_END)) {
    const year = resolveYear(match.groups ?? {}, years);
    found.push(dated(match, 'date', `${isoYear(year)}-12-31`));
  }
  for (const match of text.matchAll(YEAR_RANGE)) {
    const from = Number(match.groups?.['from']);
    const to = Number(match.groups?.['to']);
    if (from >= to) continue;
    found.push(dated(match, 'period', `${from}-01-01/${to}-12-31`));
  }
  for (const match of text.matchAll(SINCE_YEAR)) {
    const year = parseNumeral(match.groups?.['year'] ?? '');
    if (year === null || years.today === null || String(year) > years.today) continue;
    found.push(dated(match, 'period', `${year}-01-01/${years.today}`));
  }
  for (const match of text.matchAll(MONTH_RANGE)) {
    const groups = match.groups ?? {};
    const from = parseNumeral(groups['from'] ?? '');
    const to = parseNumeral(groups['to'] ?? '');
    if (from === null || to === null || from < 1 || to > 12 || from >= to) continue;
    found.push(dated(match, 'period', interval(resolveYear(groups, years), from, to)));
  }
  for (const match of text.matchAll(HALF)) {
    const groups = match.groups ?? {};
    const [from, to] = groups['half'] === '上' ? [1, 6] : [7, 12];
    found.push(dated(match, 'period', interval(resolveYear(groups, years), from, to)));
  }
  for (const match of text.matchAll(QUARTERS)) {
    const groups = match.groups ?? {};
    const quarter = parseNumeral(groups['quarter'] ?? '') ?? Number(groups['quarter']);
    const from = groups['lead'] === '前' ? 1 : quarter * 3 - 2;
    found.push(dated(match, 'period', interval(resolveYear(groups, years), from, quarter * 3)));
  }
  for (const match of text.matchAll(FIRST_MONTHS)) {
    const groups = match.groups ?? {};
    const months = parseNumeral(groups['months'] ?? '');
    if (months === null || months < 1 || months > 12) continue;
    found.push(dated(match, 'period', interval(resolveYear(groups, years), 1, months)));
  }
  for (const match of text.matchAll(CALENDAR_YEAR)) {
    const year = parseNumeral(match.groups?.['year'] ?? '');
    // A bare 2023 is a year only when nothing that makes it a quantity follows (2023家, 2023万).
    if (year === null || (match.groups?.['suffix'] === undefined && /^[万亿个家项条件人元吨]/u.test(text.slice(match.index + match[0].length)))) continue;
    found.push({ kind: 'year', start: match.index, end: match.index + match[0].length, value: year, unit: 'year', counter: null, approx: false });
  }
  return found;
}

/** The first calendar year written in a text (2023, 2024年), for dating other figures near it. */
export function firstYear(text: string): number | null {
  for (const match of text.matchAll(CALENDAR_YEAR)) {
    const year = parseNumeral(match.groups?.['year'] ?? '');
    // 是2020年底的2.3倍, 2020年以来: a year compared with or counted from dates nothing else.
    const before = text.charAt(match.index - 1);
    const after = text.slice(match.index + match[0].length);
    if (/[是比较由从]/u.test(before) || /^年?(?:以来|[底末]的)/u.test(after)) continue;
    if (year !== null) return year;
  }
  return null;
}

function dated(match: RegExpMatchArray, kind: 'date' | 'period', value: string): Quantity {
  const start = match.index ?? 0;
  return { kind, start, end: start + match[0].length, value, unit: kind, counter: null, approx: false };
}

function resolveYear(groups: Readonly<Record<string, string | undefined>>, years: YearContext): number | null {
  const written = groups['year'] === undefined ? null : parseNumeral(groups['year']);
  if (written !== null) return written;
  const base = years.sentence ?? years.document ?? years.nearby;
  const relative = groups['rel'] === undefined ? undefined : RELATIVE_YEAR[groups['rel']];
  if (relative !== undefined) {
    // 去年 is relative to the document's date, not to another year the sentence mentions.
    const anchor = years.document ?? years.nearby;
    return anchor === null ? null : anchor + relative;
  }
  return base;
}

function interval(year: number | null, fromMonth: number, toMonth: number): string {
  const y = isoYear(year);
  return `${y}-${pad(fromMonth)}-01/${y}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`;
}

// Without a year, February ends on the 28th: the common case, and the interval stays well formed.
function lastDay(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function isoYear(year: number | null): string {
  return year === null ? '-' : String(year);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
