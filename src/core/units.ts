/**
 * A unit of measure a quantity question asks its answer in (多少吨, 几个小时, how many tonnes): the
 * answer is a number written in that unit, so a passage that gives the thing only in others (亿元 of
 * sales for tonnes sold, 标箱 for 吨, 例 of consultations for minutes waited) does not say.
 * Counters (家, 个, 辆) are not units here: query.ts reads them, and a passage may count with another.
 */
export type AskedUnit = {
  /** The unit as the question names it, in Chinese: 吨, 分钟. */
  readonly unit: string;
  /** A number written in the unit: 8.6万吨, 约30分钟, 3个小时. */
  readonly written: RegExp;
};

type UnitSpelling = { readonly unit: string; readonly chinese: readonly string[]; readonly english: string };

// Longer spellings first: 平方公里 is not 公里, square kilometres are not kilometres.
const UNITS: readonly UnitSpelling[] = [
  { unit: '平方公里', chinese: ['平方公里', '平方千米'], english: String.raw`square (?:kilomet(?:re|er)s|km)|sq\.? ?km` },
  { unit: '平方米', chinese: ['平方米'], english: String.raw`square met(?:re|er)s` },
  { unit: '立方米', chinese: ['立方米'], english: String.raw`cubic met(?:re|er)s` },
  { unit: '公里', chinese: ['公里', '千米'], english: String.raw`kilomet(?:re|er)s|km` },
  { unit: '千克', chinese: ['千克', '公斤'], english: String.raw`kilograms|kg` },
  { unit: '吨', chinese: ['吨'], english: String.raw`(?:metric )?(?:tonnes|tons)` },
  { unit: '分钟', chinese: ['分钟'], english: String.raw`minutes` },
  { unit: '小时', chinese: ['小时'], english: String.raw`hours` },
  { unit: '千瓦', chinese: ['千瓦'], english: String.raw`kilowatts|kw` },
  { unit: '标箱', chinese: ['标箱'], english: String.raw`teus?|twenty-foot equivalent units` },
];

const NUMBER = String.raw`[\d一二两三四五六七八九十百千]`;
// 8.6万吨, 300余吨, 3个多小时: a number, its 万 or 亿, an approximation, a 个 before the unit.
const BETWEEN = String.raw`[\d.,]*(?:万|亿)?(?:余|多)?(?:个)?(?:多)?`;

const ASKED = UNITS.map((spelling) => ({
  spelling,
  chinese: new RegExp(String.raw`(?:多少|几)(?:个)?(?:万|亿|千|百)?(?:${spelling.chinese.join('|')})`, 'u'),
  english: new RegExp(String.raw`\bhow many (?:${spelling.english})\b`, 'iu'),
  written: new RegExp(`${NUMBER}${BETWEEN}(?:${spelling.chinese.join('|')})`, 'u'),
}));

/** The unit a normalized question asks its answer in, if it names one. */
export function askedUnit(question: string): AskedUnit | null {
  const asked = ASKED.find(({ chinese, english }) => chinese.test(question) || english.test(question));
  return asked === undefined ? null : { unit: asked.spelling.unit, written: asked.written };
}

/** Whether a normalized text writes a number in the unit. */
export function writesUnit(text: string, unit: AskedUnit): boolean {
  return unit.written.test(text);
}
