import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import { checkQuestion } from '../../core/validate.js';
import { replyLocale } from '../../render/discord-words.js';
import { askQuestion } from '../ask.js';
import type { BotContext, CommandInput } from '../context.js';
import type { Outcome } from '../outcome.js';
import { readOptions, snowflake } from './command.js';

/** Discord lets a string option hold up to 6000 characters; the engine says when that is too long. */
const MAX_QUESTION_LENGTH = 6000;

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  name_localizations: { 'en-US': 'ask', 'zh-CN': '提问' },
  description: 'Ask a question about the article',
  description_localizations: { 'en-US': 'Ask a question about the article', 'zh-CN': '就文章提一个问题' },
  // Global registration makes the command work in DMs too; guild registration ignores these.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      name_localizations: { 'en-US': 'question', 'zh-CN': '问题' },
      description: 'What you want to know',
      description_localizations: { 'en-US': 'What you want to know', 'zh-CN': '你想知道什么' },
      required: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'hide',
      name_localizations: { 'en-US': 'hide', 'zh-CN': '隐藏' },
      description: 'Show the answer only to you',
      description_localizations: { 'en-US': 'Show the answer only to you', 'zh-CN': '只有你能看到答案' },
    },
    {
      type: ApplicationCommandOptionType.User,
      name: 'mention',
      name_localizations: { 'en-US': 'mention', 'zh-CN': '提醒' },
      description: 'Point the answer at this user (only they are pinged)',
      description_localizations: { 'en-US': 'Point the answer at this user (only they are pinged)', 'zh-CN': '把答案发给这位用户（只提醒这一位）' },
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const Options = z.object({
  question: z.string(),
  hide: z.boolean().optional(),
  mention: snowflake.optional(),
});

/**
 * Decided before the answer, for a deferral: hidden when asked, and for a question that cannot be
 * read (a deferred public reply could not become private afterwards).
 */
export function ephemeral(input: CommandInput): boolean {
  const question = input.options['question'];
  return input.options['hide'] === true || (typeof question === 'string' && checkQuestion(question).kind === 'invalid');
}

export function execute(input: CommandInput, ctx: BotContext): Outcome {
  const options = readOptions(Options, input.options);
  const { answer, payload } = askQuestion(ctx, {
    question: options.question,
    locale: replyLocale(input.locale),
    conversation: input.channelId === null ? null : `${input.channelId}:${input.userId}`,
    mention: options.mention ?? null,
    page: 0,
    view: 'excerpt',
  });
  // A question that could not be read is the asker's business only.
  return { kind: 'reply', payload, ephemeral: options.hide === true || answer.kind === 'invalid' };
}
