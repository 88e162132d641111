import { ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { renderAbout } from '../../render/discord.js';
import { replyLocale } from '../../render/discord-words.js';
import type { BotContext, CommandInput } from '../context.js';
import type { Outcome } from '../outcome.js';

export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'about',
  name_localizations: { 'en-US': 'about', 'zh-CN': '关于' },
  description: 'The source article, what this bot can do, and how much it knows',
  description_localizations: { 'en-US': 'The source article, what this bot can do, and how much it knows', 'zh-CN': '来源文章、机器人能做什么、收录了多少内容' },
  // Global registration makes the command work in DMs too; guild registration ignores these.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, ctx: BotContext): Outcome {
  return { kind: 'reply', payload: renderAbout(ctx.engine.stats, replyLocale(input.locale)), ephemeral: false };
}
