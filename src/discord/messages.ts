/**
 * Questions asked in messages: a mention of the bot, a DM, or anything in an ask channel. They get
 * the same answer as /ask, as a reply to the message.
 */
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
  const mentioned = message.mentionsBot || mentionPattern(rules.botId).test(message.content);
  if (!mentioned && !message.isDirect && !rules.askChannelIds.has(message.channelId)) return null;
  return message.content.replace(mentionPattern(rules.botId, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

function mentionPattern(botId: string, flags = ''): RegExp {
  return new RegExp(`<@!?${botId}>`, flags);
}

/** The reply to a message's question; the locale follows the question, as messages carry none. */
export function answerMessage(question: string, message: IncomingMessage, ctx: BotContext): Outcome {
  const { payload } = askQuestion(ctx, {
    question,
    locale: null,
    conversation: `${message.channelId}:${message.authorId}`,
    mention: null,
    page: 0,
    view: 'excerpt',
  });
  return { kind: 'reply', payload, ephemeral: false };
}
