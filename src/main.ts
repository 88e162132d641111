import { loadConfig, readEnv, modeOf } from './config.js';
import { openEngine } from './corpus/open-engine.js';
import { progressLine } from './terminal/progress.js';

/**
 * The composition root: `npm start`. With no DISCORD_TOKEN it opens the terminal chat over the
 * corpus; with one it runs the Discord bot. Every failure ends in one readable line and a
 * non-zero exit, never a stack trace, and never the token. Each mode's modules are loaded only
 * when chosen: the chat starts without loading discord.js.
 */
function exit(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const config = loadConfig(modeOf(readEnv()));
if (!config.ok) exit(config.message);

const progress = progressLine(process.stderr);
const opened = await openEngine(config.config.corpusDir, { cacheDir: config.config.cacheDir, onProgress: progress.update });
progress.done();
if (opened.kind === 'error') exit(`Cannot load the corpus: ${opened.message}`);

switch (config.config.kind) {
  case 'terminal': {
    const { runChat } = await import('./terminal/chat.js');
    await runChat(opened.engine, process.stdin, process.stdout);
    break;
  }
  case 'bot': {
    const [{ startBot, StartBotError }, { createLog }] = await Promise.all([import('./discord/bot.js'), import('./discord/log.js')]);
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
