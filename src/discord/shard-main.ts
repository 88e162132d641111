/**
 * What each shard's child process runs (forked by the ShardingManager in ./sharding.ts). discord.js
 * hands the process its shard through the SHARDS and SHARD_COUNT environment variables, which the
 * Client reads by itself; everything else comes from the same settings as `npm start`.
 *
 * The manager registers the commands once, so shards do not. A shard that cannot start tells the
 * manager why over the IPC channel, and the manager prints that one line.
 */
import { loadConfig } from '../config.js';
import { openEngine } from '../corpus/open-engine.js';
import { startBot, startFailure } from './bot.js';
import type { BotHandle } from './bot.js';
import { createLog, withFields } from './log.js';
import type { StartFailureReport } from './sharding.js';

/** Ends the process with `message`: sent to the manager, which prints it; printed here when run alone. */
function fail(message: string): Promise<never> {
  const report: StartFailureReport = { kind: 'start-failure', message };
  return new Promise<never>(() => {
    if (process.send !== undefined && process.connected) {
      process.send(report, () => process.exit(1));
      return;
    }
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const loaded = loadConfig('bot');
  if (!loaded.ok) return fail(loaded.message);
  const { config } = loaded;
  // Every line of this process carries its pid, which the manager logs beside the shard id.
  const log = withFields(createLog({ level: config.logLevel, secrets: [config.token] }), { pid: process.pid });

  // Listening from the start: a manager that goes away while this shard still builds its engine
  // must not leave it to connect later and answer beside its successor.
  let bot: BotHandle | null = null;
  let stopping = false;
  const shutdown = (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { why });
    // Still starting: nothing to finish, no session worth closing politely.
    if (bot === null) process.exit(0);
    void bot.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('disconnect', () => shutdown('the manager went away'));
  // It may have gone while this process was still loading, before anyone listened.
  if (process.send !== undefined && !process.connected) shutdown('the manager went away');

  const opened = await openEngine(config.corpusDir, { cacheDir: config.cacheDir });
  if (opened.kind === 'error') return fail(`Cannot load the corpus: ${opened.message}`);
  try {
    bot = await startBot({ config, engine: opened.engine, log, deploy: false });
  } catch (error) {
    return fail(startFailure(error).message);
  }
}

await main();
