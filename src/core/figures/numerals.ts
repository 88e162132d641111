/**
 * Numerals as Chinese news writes them: Arabic (1611, 54.5, 1,250), Chinese (两千, 一百二十三,
 * 百亿, 二〇二三), and their mixes (3.8万亿, 1328亿, 36万). Matching runs on a folded copy of the
 * text whose characters sit at the same offsets as the original's, so spans stay verbatim.
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Regex source of an Arabic numeral: digits, optional thousands separators, optional decimals. */
export const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/**
 * Regex source of a Chinese numeral. It must start with a digit or 十/百/千, never with 万/亿 (a
 * lone 万 is a word: 万物, 千万 as "by all means" is ruled out later by its context).
 */
export const CHINESE = '[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*';
/** Any numeral: Arabic with optional 万/亿 multipliers, or Chinese. */
export const NUMERAL = `(?:${ARABIC}[万亿]*|${CHINESE})`;

/**
 * Maps full-width ASCII (０-９, ％, ．, ，inside numbers is left alone) to half-width one character
 * for one, so that offsets into the folded text are offsets into the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (char) => {
    const folded = String.fromCharCode(char.charCodeAt(0) - 0xfee0);
    // The full-width comma and colon are sentence punctuation in Chinese, not number syntax.
    return folded === ',' || folded === ':' || folded === ';' || folded === '(' || folded === ')' ? char : folded;
  });
}

/** Parses any numeral NUMERAL matches; null when it is not one (an empty or malformed string). */
export function parseNumeral(text: string): number | null {
  const arabic = new RegExp(`^(${ARABIC})([万亿]*)$`, 'u').exec(text);
  if (arabic) {
    const mantissa = Number((arabic[1] ?? '').replace(/,/gu, ''));
    return tidy(mantissa * multiplier(arabic[2] ?? ''));
  }
  if (!new RegExp(`^${CHINESE}$`, 'u').test(text)) return null;
  return parseChinese(text);
}

function multiplier(units: string): number {
  let product = 1;
  for (const char of units) product *= LARGE_UNIT[char] ?? 1;
  return product;
}

// Floating point makes 3.8 × 10¹² into 3800000000000.0005; figures never need more than 15 digits.
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

function parseChinese(text: string): number | null {
  const chars = [...text];
  // 二〇二三 (a year read digit by digit): only digits, more than one of them.
  if (chars.length > 1 && chars.every((char) => DIGIT[char] !== undefined) && !chars.includes('两')) {
    return Number(chars.map((char) => DIGIT[char]).join(''));
  }
  let total = 0; // completed 亿 and 万 groups
  let section = 0; // the group under construction, below 万
  let digit: number | null = null;
  for (const char of chars) {
    const d = DIGIT[char];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[char];
    if (small !== undefined) {
      // 十二 and 百亿: a unit without a digit before it counts once.
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const large = LARGE_UNIT[char];
    if (large === undefined) return null;
    const group = section + (digit ?? 0);
    // 百亿 scales its group; 三万亿 scales everything so far; a bare 亿 or 万 means one of it.
    if (large === 1e8) total = (total + group === 0 ? 1 : total + group) * large;
    else total += (group === 0 ? 1 : group) * large;
    section = 0;
    digit = null;
  }
  return tidy(total + section + (digit ?? 0));
}
