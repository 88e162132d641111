import { loadConfig, readEnv, modeOf } from './config.js';
import { openEngine } from './corpus/open-engine.js';
import { assertNever } from './core/assert-never.js';
import type { Engine } from './core/engine-types.js';
import type { Log } from './discord/log.js';
import { progressLine } from './terminal/progress.js';
import { endQuietlyOnClosedPipe } from './closed-pipe.js';

/**
 * The composition root: `npm start`. With no DISCORD_TOKEN it opens the terminal chat over the
 * corpus; with one it runs the Discord bot, in this process or, with SHARD_COUNT, as a manager of
 * shard processes (src/discord/sharding.ts). Every failure ends in one readable line and a non-zero
 * exit, never a stack trace, and never the token. Each mode's modules are loaded only when chosen:
 * the chat starts without loading discord.js.
 */
function exit(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function openCorpus(corpusDir: string, cacheDir: string | null): Promise<Engine> {
  const progress = progressLine(process.stderr);
  const opened = await openEngine(corpusDir, { cacheDir, onProgress: progress.update });
  progress.done();
  if (opened.kind === 'error') exit(`Cannot load the corpus: ${opened.message}`);
  if (opened.origin.kind === 'built' && opened.origin.saveError !== null) {
    process.stderr.write(`Could not save the prebuilt engine (${opened.origin.saveError}); the next start builds it again.\n`);
  }
  return opened.engine;
}

/** Runs until SIGINT/SIGTERM, then `stop()` and exit 0; a failed start exits 1 with its one line. */
async function serve(log: Log, start: () => Promise<{ readonly stop: () => Promise<void> }>): Promise<void> {
  const { StartBotError } = await import('./discord/bot.js');
  try {
    const running = await start();
    const shutdown = (signal: string) => {
      log.info('shutting down', { signal });
      void running.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    exit(error instanceof StartBotError ? error.message : 'The bot could not start; see the log above.');
  }
}

const config = loadConfig(modeOf(readEnv()));
if (!config.ok) exit(config.message);

switch (config.config.kind) {
  case 'terminal': {
    const engine = await openCorpus(config.config.corpusDir, config.config.cacheDir);
    const { runChat } = await import('./terminal/chat.js');
    endQuietlyOnClosedPipe(process.stdout);
    await runChat(engine, process.stdin, process.stdout);
    break;
  }
  case 'bot': {
    const botConfig = config.config;
    const [{ startBot }, { createLog }, { startSharding }] = await Promise.all([
      import('./discord/bot.js'),
      import('./discord/log.js'),
      import('./discord/sharding.js'),
    ]);
    const log = createLog({ level: botConfig.logLevel, secrets: [botConfig.token] });
    const { shardCount } = botConfig;
    await serve(
      log,
      shardCount === null
        ? async () => startBot({ config: botConfig, engine: await openCorpus(botConfig.corpusDir, botConfig.cacheDir), log })
        : // This process only manages the shards; each shard process opens its own engine (from the cache).
          () => startSharding({ config: botConfig, shardCount, log }),
    );
    break;
  }
  default:
    assertNever(config.config);
}
