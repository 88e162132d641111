/**
 * Clicks on the buttons under an answer. Everything needed to serve a click is in its custom_id (or,
 * for a long question, in a small cache by key), so any process can serve it by asking again.
 */
import { decodeAction } from '../render/button-actions.js';
import { renderExpired } from '../render/discord.js';
import { replyLocale } from '../render/discord-words.js';
import { askQuestion, resolveQuestion } from './ask.js';
import type { BotContext } from './context.js';
import { assertNever } from '../core/assert-never.js';
import type { Outcome } from './outcome.js';

export type ButtonInput = {
  readonly customId: string;
  readonly locale: string;
  readonly userId: string;
  /** Whether the message the button sits on is ephemeral: a suggestion's answer stays as private. */
  readonly ephemeral: boolean;
};

export function handleButton(input: ButtonInput, ctx: BotContext): Outcome {
  const locale = replyLocale(input.locale);
  const action = decodeAction(input.customId);
  if (action === null) return { kind: 'reply', payload: renderExpired(locale), ephemeral: true };
  switch (action.kind) {
    case 'page': {
      const question = resolveQuestion(ctx, action.question);
      if (question === null) return { kind: 'reply', payload: renderExpired(locale), ephemeral: true };
      const { payload } = askQuestion(ctx, { question, locale, conversation: null, mention: null, page: action.page, view: action.view });
      return { kind: 'update', payload };
    }
    case 'suggest': {
      const { payload } = askQuestion(ctx, { question: action.question, locale, conversation: null, mention: null, page: 0, view: 'excerpt' });
      return { kind: 'reply', payload, ephemeral: input.ephemeral };
    }
    default:
      return assertNever(action);
  }
}
