/**
 * Questions asked in messages: a mention of the bot, a DM, or anything in an ask channel. They get
 * the same answer as /ask, as a reply to the message.
 */
import { assertNever } from '../core/assert-never.js';
import type { Answer } from '../core/types.js';
import { askQuestion } from './ask.js';
import type { BotContext } from './context.js';
import type { Outcome } from './outcome.js';

/** A message reduced to what deciding and answering need. */
export type IncomingMessage = {
  readonly content: string;
  readonly authorId: string;
  readonly authorIsBot: boolean;
  readonly channelId: string;
  readonly isDirect: boolean;
  /** Whether Discord lists the bot among the message's user mentions. */
  readonly mentionsBot: boolean;
};

export type MessageRules = {
  readonly botId: string;
  readonly askChannelIds: ReadonlySet<string>;
};

/**
 * The question a message asks the bot, or null when the message is not for the bot: written by a
 * bot (including this one), or in a channel that is not a DM or an ask channel and not mentioning it.
 */
export function questionOf(message: IncomingMessage, rules: MessageRules): string | null {
  if (message.authorIsBot || message.authorId === rules.botId) return null;
  if (!isAddressed(message, rules) && !rules.askChannelIds.has(message.channelId)) return null;
  return message.content.replace(mentionPattern(rules.botId, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Whether the message speaks to the bot itself: a DM, or a mention of it. */
function isAddressed(message: IncomingMessage, rules: MessageRules): boolean {
  return message.isDirect || message.mentionsBot || mentionPattern(rules.botId).test(message.content);
}

function mentionPattern(botId: string, flags = ''): RegExp {
  return new RegExp(`<@!?${botId}>`, flags);
}

/**
 * The reply to a message's question, or null when replying would be noise (see `staysSilent`); the
 * locale follows the question, as messages carry none.
 */
export function answerMessage(question: string, message: IncomingMessage, ctx: BotContext, rules: MessageRules): Outcome | null {
  const { answer, payload } = askQuestion(ctx, {
    question,
    locale: null,
    conversation: `${message.channelId}:${message.authorId}`,
    mention: null,
    page: 0,
    view: 'excerpt',
  });
  if (staysSilent(answer, message, rules)) return null;
  return { kind: 'reply', payload, ephemeral: false };
}

/**
 * Whether a message the bot cannot read is better left unanswered: in an ask channel people also
 * chat (好的, 谢谢, 👍), and a reply to each would be the noise. A mention or a DM asked the bot, so it
 * answers them; a question too long or in another language was meant as one, so it hears why not.
 */
export function staysSilent(answer: Answer, message: IncomingMessage, rules: MessageRules): boolean {
  if (answer.kind !== 'invalid' || isAddressed(message, rules)) return false;
  switch (answer.problem) {
    case 'empty':
    case 'no-words':
    case 'small-talk':
      return true;
    case 'too-long':
    case 'unsupported-language':
      return false;
    default:
      return assertNever(answer.problem);
  }
}
