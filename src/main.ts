import { loadConfig, readEnv, modeOf } from './config.js';
import { openEngine } from './corpus/open-engine.js';
import { startBot, StartBotError } from './discord/bot.js';
import { createLog } from './discord/log.js';
import { runChat } from './terminal/chat.js';

/**
 * The composition root: `npm start`. With no DISCORD_TOKEN it opens the terminal chat over the
 * corpus; with one it runs the Discord bot. Every failure ends in one readable line and a
 * non-zero exit, never a stack trace, and never the token.
 */
function exit(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const config = loadConfig(modeOf(readEnv()));
if (!config.ok) exit(config.message);

const opened = await openEngine(config.config.corpusDir);
if (opened.kind === 'error') exit(`Cannot load the corpus: ${opened.message}`);

switch (config.config.kind) {
  case 'terminal':
    await runChat(opened.engine, process.stdin, process.stdout);
    break;
  case 'bot': {
    const botConfig = config.config;
    const log = createLog({ level: botConfig.logLevel, secrets: [botConfig.token] });
    try {
      const bot = await startBot({ config: botConfig, engine: opened.engine, log });
      const shutdown = (signal: string) => {
        log.info('shutting down', { signal });
        void bot.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    } catch (error) {
      exit(error instanceof StartBotError ? error.message : 'The bot could not start; see the log above.');
    }
    break;
  }
}
