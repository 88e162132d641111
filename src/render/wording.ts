import type { Answer } from '../core/types.js';

/**
 * What every front end says alike, in the two reply languages: why there is no answer, why a
 * question was refused, and the few labels around passages and figures. The terminal and Discord
 * add their own wording around these; one text per meaning keeps them from drifting apart.
 */
export type WordingLanguage = 'zh' | 'en';

export type SharedWords = {
  readonly noAnswer: Readonly<Record<Extract<Answer, { kind: 'no-answer' }>['reason'], string>>;
  readonly invalid: Readonly<Record<Extract<Answer, { kind: 'invalid' }>['problem'], string>>;
  readonly suggestions: string;
  readonly paragraph: (paragraph: number) => string;
  readonly figures: string;
  readonly shared: string;
};

export const SHARED_WORDS = {
  zh: {
    noAnswer: {
      'not-in-corpus': '文章里没有谈到这个问题。',
      'unknown-place': '文章里没有提到这个地方。',
      'figure-not-given': '文章没有给出这个数字。',
    },
    invalid: {
      empty: '请输入一个问题。',
      'too-long': '问题太长了，请缩短后再问。',
      'no-words': '没有看懂这个问题，请用文字提问。',
      'unsupported-language': '目前只能回答中文或英文的问题。',
      'small-talk': '我在这里回答关于文章的问题，直接提问就好。',
    },
    suggestions: '可以这样问：',
    paragraph: (paragraph) => `第${paragraph}段`,
    figures: '数字',
    shared: '与其他城市共有',
  },
  en: {
    noAnswer: {
      'not-in-corpus': 'The article does not cover this.',
      'unknown-place': 'The article does not mention this place.',
      'figure-not-given': 'The article does not give this figure.',
    },
    invalid: {
      empty: 'Please type a question.',
      'too-long': 'That question is too long; please shorten it.',
      'no-words': 'I could not read a question there; please ask in words.',
      'unsupported-language': 'I can only answer questions in Chinese or English.',
      'small-talk': 'I am here to answer questions about the article; just ask.',
    },
    suggestions: 'You could ask:',
    paragraph: (paragraph) => `paragraph ${paragraph}`,
    figures: 'Figures',
    shared: 'Shared with other cities',
  },
} as const satisfies Record<WordingLanguage, SharedWords>;
