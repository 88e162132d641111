/**
 * Starts the fake Discord and the real bot against it, for the end-to-end tests and the benchmark.
 */
import { parseConfig } from '../../src/config.js';
import type { BotConfig, LogLevel } from '../../src/config.js';
import type { Engine } from '../../src/core/engine-types.js';
import { realEngine } from '../support/real-engine.js';
import { startBot } from '../../src/discord/bot.js';
import type { BotHandle, StartBotOptions } from '../../src/discord/bot.js';
import { createLog } from '../../src/discord/log.js';
import { startFakeDiscord } from '../support/fake-discord.js';
import type { FakeDiscord, FakeDiscordOptions } from '../support/fake-discord.js';
import { limitViolations, pingTargets } from '../support/fake-discord-limits.js';

/** Shaped like a real token (three dot-separated parts) so that config validation accepts it. */
export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkE1.test-token-that-must-never-be-logged';

/**
 * The engine the end-to-end tests run on: the real engine over the real corpus. To isolate the bot
 * from the engine, swap in `async () => createFakeEngine()` from ../support/fake-engine.js.
 */
export const loadTestEngine = (): Promise<Engine> => realEngine();

export type HarnessOptions = {
  readonly engine: Engine;
  readonly env?: Readonly<Record<string, string>>;
  readonly fake?: Partial<FakeDiscordOptions>;
  readonly rateLimit?: StartBotOptions['rateLimit'];
  /** What the bot logs into `logs`; debug by default, so tests can read everything. */
  readonly logLevel?: LogLevel;
};

export type Harness = {
  readonly fake: FakeDiscord;
  readonly bot: BotHandle;
  readonly config: BotConfig;
  readonly logs: readonly string[];
  /** Every limit broken and every possible ping, over all requests so far. */
  readonly audit: () => { readonly violations: readonly string[]; readonly pings: readonly string[] };
  readonly stop: () => Promise<void>;
};

export function botConfigFor(fake: FakeDiscord, env: Readonly<Record<string, string>> = {}): BotConfig {
  const parsed = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', ...env }, 'bot');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.config;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN, ...options.fake });
  const config = botConfigFor(fake, options.env);
  const logs: string[] = [];
  const log = createLog({ level: options.logLevel ?? 'debug', secrets: [TOKEN], write: (line) => logs.push(line) });
  let bot: BotHandle;
  try {
    bot = await startBot({ config, engine: options.engine, log, ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }) });
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    bot,
    config,
    logs,
    audit: () => ({
      violations: fake.requests.flatMap((request) => limitViolations(request).map((problem) => `${request.method} ${request.path}: ${problem}`)),
      pings: fake.requests.flatMap((request) => pingTargets(request).map((target) => `${request.method} ${request.path}: ${target}`)),
    }),
    stop: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}
