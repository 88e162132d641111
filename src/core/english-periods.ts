/**
 * Periods an English question names, spelled as Chinese news writes them: September is 9月,
 * Jan-Oct 1至10月, the first three quarters 前三季度. No dictionary gives these, and the words
 * alone render badly ("quarters" as 四分之一, "first" as 首位).
 */

export type PeriodSpelling = { readonly text: string; readonly strength: number };
export type EnglishPeriod = { readonly source: string; readonly spellings: readonly PeriodSpelling[] };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)(?!\w)`;
// "May" is also a verb ("may I ask"): only after a preposition (since May, by the end of May) or
// another month (Jan-May) is it the month.
const MONTH = new RegExp(String.raw`${MONTH_NAME}|(?<=\b(?:in|of|since|by|until|from|end of)\s)may\b`, 'giu');
const MONTH_SPAN = new RegExp(String.raw`(${MONTH_NAME})\s*(?:-|–|—|~|to|through|thru|until)\s*(${MONTH_NAME}|may\b)`, 'giu');
const ORDINAL = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th)`;
const FIRST_QUARTERS = new RegExp(String.raw`\b(?:the\s+)?first\s+(two|three|2|3)\s+quarters\b|\bq1\s*[-–~]\s*q([23])\b`, 'giu');
const QUARTER = new RegExp(String.raw`\b(?:the\s+)?${ORDINAL}\s+quarter\b|\bq([1-4])\b`, 'giu');
// H1 and H2, as business news abbreviates the halves.
const HALF = new RegExp(String.raw`\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+(?:the\s+|this\s+|last\s+)?year)?\b|\bh([12])\b`, 'giu');

const CHINESE_DIGITS = ['', '一', '二', '三', '四'];
// A span of months is also dated by its last month (截至10月底, 1至10月累计).
const LAST_MONTH = 0.5;

/** The periods the text names, each once, spans before the months inside them. */
export function findEnglishPeriods(text: string): EnglishPeriod[] {
  const found: EnglishPeriod[] = [];
  let rest = text;
  const take = (pattern: RegExp, spell: (match: RegExpMatchArray) => readonly PeriodSpelling[]) => {
    for (const match of rest.matchAll(pattern)) found.push({ source: match[0], spellings: spell(match) });
    rest = rest.replace(pattern, ' ');
  };
  take(FIRST_QUARTERS, (match) => {
    const count = quarterNumber(match[1] ?? match[2]!);
    return count === 2 ? [spelled('上半年'), spelled('前两季度')] : [spelled(`前${CHINESE_DIGITS[count]}季度`)];
  });
  take(QUARTER, (match) => {
    const digit = CHINESE_DIGITS[quarterNumber(match[1] ?? match[2]!)];
    return [spelled(`第${digit}季度`), spelled(`${digit}季度`)];
  });
  take(HALF, (match) => [spelled(match[1]?.toLowerCase() === 'first' || match[2] === '1' ? '上半年' : '下半年')]);
  take(MONTH_SPAN, (match) => {
    const [from, to] = [monthNumber(match[1]!), monthNumber(match[2]!)];
    return [...['至', '—', '-', '到', '~', '－'].map((dash) => spelled(`${from}${dash}${to}月`)), { text: `${to}月`, strength: LAST_MONTH }];
  });
  take(MONTH, (match) => [spelled(`${monthNumber(match[0])}月`)]);
  return found;
}

/** The text with every period `findEnglishPeriods` finds cut out, for the dictionary to read the rest. */
export function withoutEnglishPeriods(text: string): string {
  return [FIRST_QUARTERS, QUARTER, HALF, MONTH_SPAN, MONTH].reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

function spelled(text: string): PeriodSpelling {
  return { text, strength: 1 };
}

function monthNumber(month: string): number {
  const lower = month.toLowerCase().replace(/\.$/u, '');
  // Abbreviations are the name's first letters (sept as well as sep).
  return MONTHS.findIndex((name) => name.startsWith(lower)) + 1;
}

const QUARTER_WORDS: Readonly<Record<string, number>> = { first: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4 };

/** first, 2nd, three, 4 → 1, 2, 3, 4. */
function quarterNumber(word: string): number {
  const lower = word.toLowerCase();
  return QUARTER_WORDS[lower] ?? Number.parseInt(lower, 10);
}
