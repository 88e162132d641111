import { stripInvisible } from './normalize.js';
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
  return { kind: 'ok', text };
}
