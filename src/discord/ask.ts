/**
 * The one way a question becomes a reply, shared by /ask, mentions, DMs, ask channels and buttons.
 */
import { createHash } from 'node:crypto';
import type { Answer } from '../core/types.js';
import { MAX_QUESTION_IN_CUSTOM_ID, type PassageView, type QuestionRef } from '../render/button-actions.js';
import { type MessagePayload, renderAnswer } from '../render/discord.js';
import { localeOfLanguage, localeOfText, type ReplyLocale } from '../render/discord-words.js';
import type { BotContext } from './context.js';
import { assertNever } from '../core/assert-never.js';

export type AskRequest = {
  readonly question: string;
  /** The reader's locale, or null to follow the question's language (messages carry no locale). */
  readonly locale: ReplyLocale | null;
  /** `channel:user`, to read the question against the conversation's last topic; null for none. */
  readonly conversation: string | null;
  readonly mention: string | null;
  readonly page: number;
  readonly view: PassageView;
};

export type AskResult = { readonly answer: Answer; readonly payload: MessagePayload };

export function askQuestion(ctx: BotContext, request: AskRequest): AskResult {
  const previous = request.conversation === null ? null : (ctx.topics.get(request.conversation) ?? null);
  const answer = ctx.engine.ask(request.question, previous);
  if (request.conversation !== null) {
    const topic = ctx.engine.topicOf(answer);
    if (topic !== null) ctx.topics.set(request.conversation, topic);
  }
  const locale = request.locale ?? localeOf(answer);
  // Buttons re-ask the question as it was understood, so a follow-up pages without its context.
  const asked = answer.kind === 'invalid' ? null : (answer.understood?.resolved ?? answer.question);
  const payload = renderAnswer(answer, {
    locale,
    documents: ctx.engine.stats.documents,
    page: request.page,
    view: request.view,
    question: asked === null ? null : questionRef(ctx, asked),
    mention: request.mention,
  });
  return { answer, payload };
}

export function localeOf(answer: Answer): ReplyLocale {
  return answer.kind === 'invalid' ? localeOfText(answer.question) : localeOfLanguage(answer.language);
}

/** The question itself when it fits in a custom_id; else a key remembered for a while. */
export function questionRef(ctx: BotContext, question: string): QuestionRef {
  if (question.length <= MAX_QUESTION_IN_CUSTOM_ID) return { kind: 'text', text: question };
  const key = createHash('sha256').update(question).digest('base64url').slice(0, 16);
  ctx.questions.set(key, question);
  return { kind: 'key', key };
}

/** The question behind a button, or null once a long question has been forgotten. */
export function resolveQuestion(ctx: BotContext, ref: QuestionRef): string | null {
  switch (ref.kind) {
    case 'text':
      return ref.text;
    case 'key':
      return ctx.questions.get(ref.key) ?? null;
    default:
      return assertNever(ref);
  }
}
