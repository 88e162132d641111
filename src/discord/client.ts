import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { ClientOptions } from 'discord.js';
import type { BotConfig } from '../config.js';

/**
 * The client options the bot runs with. Only the intents it needs: MessageContent is privileged
 * (Discord reviews it for larger bots), and mentions and DMs carry their content without it, so it
 * is asked for only when ask channels are configured.
 */
export function clientOptions(config: Pick<BotConfig, 'apiUrl' | 'askChannelIds'>): ClientOptions {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return {
    intents,
    // DM channels are never cached up front; without this partial, DMs never reach messageCreate.
    partials: [Partials.Channel],
    // Nothing a user types (or an article quotes) may ping @everyone, a role or a user.
    allowedMentions: { parse: [] },
    ...(config.apiUrl === null ? {} : { rest: { api: config.apiUrl } }),
  };
}

export function createClient(config: Pick<BotConfig, 'apiUrl' | 'askChannelIds'>): Client {
  return new Client(clientOptions(config));
}
