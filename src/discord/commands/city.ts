import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import type { Choice } from '../../core/engine-types.js';
import { LIMITS } from '../../render/limits.js';
import { renderCity } from '../../render/discord.js';
import { replyLocale } from '../../render/discord-words.js';
import type { BotContext, CommandInput } from '../context.js';
import type { Outcome } from '../outcome.js';
import { readOptions } from './command.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'city',
  name_localizations: { 'en-US': 'city', 'zh-CN': '城市' },
  description: "One of the nine cities: its figures in the article",
  description_localizations: { 'en-US': "One of the nine cities: its figures in the article", 'zh-CN': '九城市之一在文章中的数字' },
  // Global registration makes the command work in DMs too; guild registration ignores these.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      name_localizations: { 'en-US': 'name', 'zh-CN': '名称' },
      description: 'A city, in Chinese, pinyin or English',
      description_localizations: { 'en-US': 'A city, in Chinese, pinyin or English', 'zh-CN': '城市名（中文、拼音或英文）' },
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const Options = z.object({ name: z.string() });

export function execute(input: CommandInput, ctx: BotContext): Outcome {
  const { name } = readOptions(Options, input.options);
  const report = ctx.engine.city(name);
  // The nine are listed only when the name is not one of them.
  const cities = report.city === null ? ctx.engine.cityChoices('', LIMITS.autocompleteChoices) : [];
  const payload = renderCity(name, report, cities, replyLocale(input.locale), ctx.engine.stats.documents);
  return { kind: 'reply', payload, ephemeral: false };
}

export function autocomplete(focused: { readonly value: string }, ctx: BotContext): readonly Choice[] {
  return ctx.engine.cityChoices(focused.value, LIMITS.autocompleteChoices);
}
