import type { QuestionLanguage } from './types.js';

/**
 * The office a "who" question asks about (苏州医保局局长是谁, Who is the mayor of Huzhou?), as the
 * Chinese a passage writes it in: an official is named by place, then body, then title
 * (湖州市生态环境局局长钱海峰), so a passage answers only when it writes the office after the
 * place asked about, not another city's bureau chief beside a mention of the city.
 */
export type OfficeQuestion = {
  readonly language: QuestionLanguage;
  /** The normalized question. */
  readonly normalized: string;
  /** A Chinese question's measure words, its title last (局长 of 医保局局长是谁; see query.ts). */
  readonly measure: readonly string[];
};

// English names of the offices and titles of Chinese public life, with the characters that end
// them in Chinese: Suzhou's … bureau is 苏州市…局, its mayor 苏州市市长 or 苏州市长. Compound
// titles first, so that a vice mayor is not any mayor.
const ENGLISH_OFFICES: readonly { readonly english: RegExp; readonly chinese: readonly string[] }[] = [
  { english: /\b(?:vice|deputy) mayor\b/u, chinese: ['副市长'] },
  { english: /\bmayor\b/u, chinese: ['市长', '区长', '县长'] },
  { english: /\b(?:vice|deputy) governor\b/u, chinese: ['副省长'] },
  { english: /\bgovernor\b/u, chinese: ['省长'] },
  { english: /\bparty (?:secretary|chief)\b|\bsecretary\b/u, chinese: ['书记'] },
  { english: /\bbureaus?\b/u, chinese: ['局'] },
  { english: /\bcommissions?\b/u, chinese: ['委'] },
  { english: /\bdepartments?\b/u, chinese: ['厅', '局', '部'] },
  { english: /\bministers?\b|\bministry\b/u, chinese: ['部'] },
  { english: /\boffices?\b/u, chinese: ['办'] },
  { english: /\bdirector\b/u, chinese: ['局长', '主任', '厅长', '处长', '馆长', '院长', '所长'] },
  { english: /\bchair(?:man|woman|person)?\b/u, chinese: ['董事长', '主席'] },
  { english: /\bpresident\b/u, chinese: ['院长', '校长', '总裁', '主席', '行长'] },
];

/** The Chinese spellings of the office a "who" question asks about; empty when it names none. */
export function askedOffice(question: OfficeQuestion): readonly string[] {
  if (question.language !== 'en') {
    const title = question.measure.at(-1);
    return title === undefined ? [] : [title];
  }
  return ENGLISH_OFFICES.find(({ english }) => english.test(question.normalized))?.chinese ?? [];
}
