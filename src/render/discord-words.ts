/**
 * The words of a Discord reply around its passages, in the reader's language: the locale from the
 * user's Discord locale, or from the question where there is none. Passages and figures stay
 * verbatim in any locale.
 */
import { assertNever } from '../core/assert-never.js';
import type { QuestionLanguage } from '../core/types.js';
import { SHARED_WORDS, type SharedWords } from './wording.js';

export type ReplyLocale = 'zh-CN' | 'en-US';

export type Words = {
  readonly answerTitle: (question: string) => string;
  readonly directLead: string;
  readonly paragraph: (paragraph: number) => string;
  readonly page: (page: number, total: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly whole: string;
  readonly excerpt: string;
  readonly noAnswerTitle: string;
  readonly noAnswer: SharedWords['noAnswer'];
  readonly suggestionsHeading: string;
  readonly invalid: SharedWords['invalid'];
  readonly cityFigures: string;
  readonly cityShared: string;
  readonly cityMentions: (count: number) => string;
  readonly cityNoFigures: string;
  readonly notACity: (name: string, cities: string) => string;
  readonly figureTitle: (query: string) => string;
  readonly noFigure: (query: string) => string;
  readonly aboutTitle: string;
  readonly aboutWhat: string;
  readonly aboutSources: string;
  readonly aboutPassages: string;
  readonly aboutFigures: string;
  readonly rateLimited: (seconds: number) => string;
  readonly apology: string;
  readonly expired: string;
};

export const WORDS = {
  'zh-CN': {
    answerTitle: (question) => `问：${question}`,
    directLead: '答',
    paragraph: SHARED_WORDS.zh.paragraph,
    page: (page, total) => `${page}/${total}`,
    previous: '上一段',
    next: '下一段',
    whole: '显示全段',
    excerpt: '只看摘要',
    noAnswerTitle: '没有找到答案',
    noAnswer: SHARED_WORDS.zh.noAnswer,
    suggestionsHeading: SHARED_WORDS.zh.suggestions,
    invalid: SHARED_WORDS.zh.invalid,
    cityFigures: SHARED_WORDS.zh.figures,
    cityShared: SHARED_WORDS.zh.shared,
    cityMentions: (count) => `文章有 ${count} 段提到这座城市。`,
    cityNoFigures: '文章没有给出这座城市的数字。',
    notACity: (name, cities) => `「${name}」不是G60科创走廊的九城市之一。九城市是：${cities}。`,
    figureTitle: (query) => `数字：${query}`,
    noFigure: (query) => `没有找到与「${query}」有关的数字。`,
    aboutTitle: '关于本机器人',
    aboutWhat:
      '我根据下面的文章回答问题，引用原文段落并列出其中的数字。\n' +
      '`/ask` 提问 · `/city` 查看一座城市的数字 · `/figure` 查找一个数字 · 也可以 @我 或私信提问。',
    aboutSources: '来源',
    aboutPassages: '段落',
    aboutFigures: '数字',
    rateLimited: (seconds) => `问得太快了，请 ${seconds} 秒后再试。`,
    apology: '抱歉，出了点问题，请稍后再试。',
    expired: '这个按钮已经过期，请重新提问。',
  },
  'en-US': {
    answerTitle: (question) => `Q: ${question}`,
    directLead: 'A',
    paragraph: SHARED_WORDS.en.paragraph,
    page: (page, total) => `${page}/${total}`,
    previous: 'Previous',
    next: 'Next',
    whole: 'Whole paragraph',
    excerpt: 'Excerpt',
    noAnswerTitle: 'No answer found',
    noAnswer: SHARED_WORDS.en.noAnswer,
    suggestionsHeading: SHARED_WORDS.en.suggestions,
    invalid: SHARED_WORDS.en.invalid,
    cityFigures: SHARED_WORDS.en.figures,
    cityShared: SHARED_WORDS.en.shared,
    cityMentions: (count) => `The article mentions this city in ${count} paragraph(s).`,
    cityNoFigures: 'The article gives no figures for this city.',
    notACity: (name, cities) => `"${name}" is not one of the nine cities of the G60 corridor. The nine are: ${cities}.`,
    figureTitle: (query) => `Figures: ${query}`,
    noFigure: (query) => `No figure found for "${query}".`,
    aboutTitle: 'About this bot',
    aboutWhat:
      'I answer questions about the article below, quoting its paragraphs and listing the figures in them.\n' +
      '`/ask` a question · `/city` one city’s figures · `/figure` find a figure · or @mention me or send a DM.',
    aboutSources: 'Source',
    aboutPassages: 'Passages',
    aboutFigures: 'Figures',
    rateLimited: (seconds) => `You are asking faster than I can answer; please try again in ${seconds} s.`,
    apology: 'Sorry, something went wrong. Please try again later.',
    expired: 'This button has expired; please ask again.',
  },
} as const satisfies Record<ReplyLocale, Words>;

/** The reply locale for a Discord locale (`zh-CN`, `zh-TW`, `en-GB`, ...): Chinese or else English. */
export function replyLocale(discordLocale: string | null | undefined): ReplyLocale {
  return discordLocale?.toLowerCase().startsWith('zh') === true ? 'zh-CN' : 'en-US';
}

/** The reply locale for a question's language, where there is no user locale (messages). */
export function localeOfLanguage(language: QuestionLanguage): ReplyLocale {
  switch (language) {
    case 'zh':
    case 'zh-Hant':
      return 'zh-CN';
    case 'en':
      return 'en-US';
    default:
      return assertNever(language);
  }
}

/** The reply locale for raw text: Chinese if it contains any Han character. */
export function localeOfText(text: string): ReplyLocale {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en-US';
}
