import { normalize, stripInvisible } from './normalize.js';
import type { InvalidQuestionProblem } from './types.js';

/** Longer than any real question; a pasted page gets a clear message instead of a slow search. */
export const MAX_QUESTION_LENGTH = 500;

export type QuestionCheck =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'invalid'; readonly problem: InvalidQuestionProblem };

const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORDS = /[\p{Script=Han}A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;

/** Reads raw user input: what is left after invisible characters, and whether it can be asked. */
export function checkQuestion(raw: string): QuestionCheck {
  const text = stripInvisible(raw)
    .replace(/```[a-z]*\n?|```/gu, ' ')
    .replace(/@(everyone|here)\b/gu, ' ')
    .trim();
  if (text === '') return { kind: 'invalid', problem: 'empty' };
  if ([...text].length > MAX_QUESTION_LENGTH) return { kind: 'invalid', problem: 'too-long' };
  if (KANA_OR_HANGUL.test(text)) return { kind: 'invalid', problem: 'unsupported-language' };
  if (!WORDS.test(text)) return { kind: 'invalid', problem: 'no-words' };
  if (isSmallTalk(text)) return { kind: 'invalid', problem: 'small-talk' };
  return { kind: 'ok', text };
}

// Greetings, thanks, goodbyes and questions to the bot itself (help, 你是谁), said to a bot as to
// a person. Searched, 你好 finds the 好 of 建好 and 基础好, "thanks" the 谢 of the byline and "help"
// the 协 of 协同; a message made only of them asks nothing about the article. In front of a question
// the greetings are stopwords (./question-words.ts, ./english.ts).
const SMALL_TALK_CHINESE =
  '(?:你|您|大家)好[啊呀吗]?|嗨|哈[喽啰罗]|(?:早上|上午|中午|下午|晚上)好|早安|晚安|谢谢(?:你|您|啦|了)?|多谢|感谢(?:你|您)?|辛苦了?|再见|拜拜|在吗|在不在|好的|好吧|嗯|哦|帮助|怎么用|如何使用|使用说明|你(?:能|会|可以)(?:做|干)?(?:什么|啥)|你是谁';
const SMALL_TALK_ENGLISH =
  "(?:hi|hello|hey|hiya|howdy|thanks|thank you|thx|ty|cheers|bye|goodbye|good (?:morning|afternoon|evening|night)|ok|okay|cool|nice|great|help|what can you do|who are you|how (?:do i|to|can i) use (?:you|this|this bot|the bot))(?: (?:there|bot|all|everyone|again|so much|a lot|very much|me|please))*";
const SMALL_TALK = new RegExp(`^(?:(?:${SMALL_TALK_CHINESE}|${SMALL_TALK_ENGLISH}) ?)+$`, 'u');

// Small talk is short; a longer message is a question whatever it opens with.
const MAX_SMALL_TALK = 40;

/** Whether a message is only small talk, in Simplified or Traditional Chinese or English. */
function isSmallTalk(text: string): boolean {
  if (text.length > MAX_SMALL_TALK) return false;
  const words = normalize(text)
    .replace(/<@[!&]?\d+>/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return SMALL_TALK.test(words);
}
