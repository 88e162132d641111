/**
 * Starts the bot: the client, the router, the commands registration. The caller (src/main.ts) owns
 * the process: it wires SIGINT/SIGTERM to `stop()` and turns a `StartBotError` into an exit code.
 */
import { Events, RESTEvents } from 'discord.js';
import type { Client } from 'discord.js';
import type { BotConfig } from '../config.js';
import type { Engine, Topic } from '../core/engine-types.js';
import { createBoundedMap } from './bounded-map.js';
import { createClient } from './client.js';
import { commands } from './commands/index.js';
import type { BotContext } from './context.js';
import { deployCommands } from './deploy.js';
import { errorMessage } from './log.js';
import type { Log } from './log.js';
import { DEFAULT_RATE_LIMIT, createRateLimiter, unlimited } from './rate-limit.js';
import type { RateLimitOptions } from './rate-limit.js';
import { createRouter } from './router.js';

export type StartBotOptions = {
  readonly config: BotConfig;
  readonly engine: Engine;
  readonly log: Log;
  /** Per-user limit; `'off'` for benchmarks. Default `DEFAULT_RATE_LIMIT`. */
  readonly rateLimit?: RateLimitOptions | 'off';
  /** Register the commands on start-up. Default true. */
  readonly deploy?: boolean;
};

export type BotHandle = {
  readonly client: Client<true>;
  /** Stops taking events, lets running handlers finish (up to `STOP_GRACE_MS`), and disconnects. */
  readonly stop: () => Promise<void>;
};

export type StartFailure = 'invalid-token' | 'disallowed-intents' | 'unreachable' | 'other';

/** Why the bot could not start, in words fit for a person; never carries the token. */
export class StartBotError extends Error {
  readonly reason: StartFailure;
  constructor(reason: StartFailure, message: string) {
    super(message);
    this.name = 'StartBotError';
    this.reason = reason;
  }
}

/** Handlers still running at shutdown get this long to send their replies. */
export const STOP_GRACE_MS = 5000;
/** Long questions behind buttons are remembered this long: about as long as anyone pages. */
const QUESTION_TTL_MS = 60 * 60 * 1000;
/** A conversation's topic lapses after this: a follow-up is a follow-up only for a while. */
const TOPIC_TTL_MS = 10 * 60 * 1000;

export async function startBot(options: StartBotOptions): Promise<BotHandle> {
  const { config, engine, log } = options;
  const client = createClient(config);
  const ctx: BotContext = {
    engine,
    log,
    limiter: options.rateLimit === 'off' ? unlimited : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    questions: createBoundedMap<string>(5000, QUESTION_TTL_MS),
    topics: createBoundedMap<Topic>(10_000, TOPIC_TTL_MS),
  };
  const router = createRouter({
    ctx,
    commands,
    botId: () => client.user?.id ?? '',
    askChannelIds: new Set(config.askChannelIds),
  });

  const running = new Set<Promise<void>>();
  let accepting = true;
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) track(router.handleInteraction(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (accepting) track(router.handleMessage(message));
  });
  client.on(Events.Error, (error) => log.error('client error', { error: errorMessage(error) }));
  client.on(Events.Warn, (message) => log.warn('client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn('gateway closed for good', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
  // discord.js waits out rate limits and retries 5xx by itself; these lines say that it happened.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn('waiting for a Discord rate limit', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }),
  );
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) log.warn('rate limited by Discord', { method: request.method, route: request.route, retries: request.retries });
    else if (response.status >= 500) log.warn('Discord server error', { method: request.method, route: request.route, status: response.status, retries: request.retries });
  });

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy().catch(() => {});
    throw startFailure(error);
  }
  const readyClient = await ready;
  log.info('connected to Discord', { user: readyClient.user.tag, guilds: readyClient.guilds.cache.size });

  if (options.deploy ?? true) {
    try {
      const result = await deployCommands(readyClient.rest, readyClient.application.id, config.guildId);
      log.info('commands registered', { scope: result.scope.kind, count: result.count, guild: config.guildId });
    } catch (error) {
      // Commands registered earlier keep working; a failed refresh is worth a line, not an outage.
      log.error('command registration failed', { error: errorMessage(error) });
    }
  }

  let stopping: Promise<void> | null = null;
  return {
    client: readyClient,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        let grace: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...running]),
          new Promise((resolve) => {
            grace = setTimeout(resolve, STOP_GRACE_MS);
          }),
        ]).finally(() => clearTimeout(grace));
        // Destroying the client reports its shard as "reconnecting"; that would be a false alarm.
        client.removeAllListeners(Events.ShardReconnecting);
        await client.destroy();
        log.info('disconnected from Discord');
      })();
      return stopping;
    },
  };
}

/** A login error as a `StartBotError`; the message is what main prints, with no stack trace. */
export function startFailure(error: unknown): StartBotError {
  if (error instanceof StartBotError) return error;
  const code = errorCode(error) ?? (error instanceof Error ? errorCode(error.cause) : null) ?? '';
  const message = error instanceof Error ? error.message : String(error);
  // 401 on GET /gateway/bot (discord.js: TokenInvalid), or gateway close 4004 ("Authentication failed").
  if (code === 'TokenInvalid' || message === 'Authentication failed') {
    return new StartBotError('invalid-token', 'Discord rejected DISCORD_TOKEN: the token is invalid or was reset. Copy a fresh one from the Developer Portal (Bot → Reset Token) into .env.');
  }
  if (message === 'Used disallowed intents') {
    return new StartBotError('disallowed-intents', 'Discord refused the Message Content intent, which ASK_CHANNEL_IDS needs. Enable it in the Developer Portal (Bot → Privileged Gateway Intents) or unset ASK_CHANNEL_IDS.');
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'].includes(code) || code.startsWith('UND_ERR')) {
    return new StartBotError('unreachable', `Could not reach Discord (${code}). Check the network and DISCORD_API_URL.`);
  }
  return new StartBotError('other', `The bot could not start: ${message}`);
}

function errorCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : null;
}
