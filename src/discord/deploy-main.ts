/**
 * `npm run deploy`: registers the commands without starting the bot (to DISCORD_GUILD_ID when set,
 * else globally). The bot also does this on every start-up; this is for changing them by hand.
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { deployCommands } from './deploy.js';
import { createLog, errorMessage } from './log.js';

const Application = z.object({ id: z.string() });

async function main(): Promise<number> {
  const loaded = loadConfig('bot');
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  const { config } = loaded;
  const log = createLog({ level: config.logLevel, secrets: [config.token] });
  const rest = new REST(config.apiUrl === null ? {} : { api: config.apiUrl }).setToken(config.token);
  try {
    const application = Application.parse(await rest.get(Routes.currentApplication()));
    const result = await deployCommands(rest, application.id, config.guildId);
    log.info('commands registered', { scope: result.scope.kind, count: result.count, guild: config.guildId });
    return 0;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      log.error('Discord rejected DISCORD_TOKEN: the token is invalid or was reset');
    } else {
      log.error('command registration failed', { error: errorMessage(error) });
    }
    return 1;
  }
}

process.exitCode = await main();
