import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import type { Choice } from '../../core/engine-types.js';
import { LIMITS } from '../../render/limits.js';
import { renderFigures } from '../../render/discord.js';
import { replyLocale } from '../../render/discord-words.js';
import type { BotContext, CommandInput } from '../context.js';
import type { Outcome } from '../outcome.js';
import { readOptions } from './command.js';

/** Figures shown for one query: enough to compare, few enough to read. */
export const MAX_FIGURES = 10;

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'figure',
  name_localizations: { 'en-US': 'figure', 'zh-CN': '数字' },
  description: 'Find a figure by what it measures or by its value',
  description_localizations: { 'en-US': 'Find a figure by what it measures or by its value', 'zh-CN': '按指标或数值查找文章中的数字' },
  // Global registration makes the command work in DMs too; guild registration ignores these.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      name_localizations: { 'en-US': 'query', 'zh-CN': '查询' },
      description: 'What the figure measures (技术合同成交额) or its value (1611)',
      description_localizations: { 'en-US': 'What the figure measures (技术合同成交额) or its value (1611)', 'zh-CN': '指标（如 技术合同成交额）或数值（如 1611）' },
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const Options = z.object({ query: z.string() });

export function execute(input: CommandInput, ctx: BotContext): Outcome {
  const { query } = readOptions(Options, input.options);
  const matches = ctx.engine.findFigures(query, MAX_FIGURES);
  return {
    kind: 'reply',
    payload: renderFigures(query, matches, replyLocale(input.locale), ctx.engine.stats.documents),
    ephemeral: false,
  };
}

export function autocomplete(focused: { readonly value: string }, ctx: BotContext): readonly Choice[] {
  return ctx.engine.metricChoices(focused.value, LIMITS.autocompleteChoices);
}
