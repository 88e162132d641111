/**
 * The only reader of the environment. One zod schema describes every setting; `parseConfig` is pure
 * so that it can be tested with plain objects, and `loadConfig` is the thin runner that reads `.env`
 * and `process.env`.
 *
 * The bot token is a secret: no message this module produces ever contains it, even when the value
 * itself is what is wrong.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { assertNever } from './core/assert-never.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** `terminal` needs nothing from the environment; `bot` needs at least DISCORD_TOKEN. */
export type ConfigMode = 'terminal' | 'bot';

export type TerminalConfig = {
  readonly kind: 'terminal';
  readonly corpusDir: string;
  /** Folder of the prebuilt engine (see src/corpus/engine-cache.ts); null builds at every start. */
  readonly cacheDir: string | null;
  readonly logLevel: LogLevel;
};

export type BotConfig = {
  readonly kind: 'bot';
  readonly token: string;
  /** Register commands to this guild only (instant, for development); null registers globally. */
  readonly guildId: string | null;
  /** Base URL for discord.js REST (`rest.api`), without the `/v10` suffix; null means Discord itself. */
  readonly apiUrl: string | null;
  /** Channels where every message is a question; non-empty asks for the MessageContent intent. */
  readonly askChannelIds: readonly string[];
  /**
   * Total shards across every machine: null runs the bot in this process, as one shard; a number or
   * `'auto'` (Discord's recommendation from GET /gateway/bot) runs it under discord.js's
   * ShardingManager, one child process per shard.
   */
  readonly shardCount: 'auto' | number | null;
  /** The shards this machine runs, out of `shardCount`; null runs them all. Needs a numeric count. */
  readonly shardList: readonly number[] | null;
  readonly corpusDir: string;
  readonly cacheDir: string | null;
  readonly logLevel: LogLevel;
};

export type Config = TerminalConfig | BotConfig;

export type ConfigResult<C extends Config> =
  | { readonly ok: true; readonly config: C }
  | { readonly ok: false; readonly message: string };

type Env = Readonly<Record<string, string | undefined>>;

const SNOWFLAKE = /^\d{17,20}$/;
/** Three base64url segments: the shape of every Discord bot token. */
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** `.env` files often hold `KEY=` for "unset"; treat blank as absent so defaults apply. */
const blankAsUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUndefined, schema.optional());

const commaList = (list: string): string[] =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** At most 999,999: far beyond any bot (one shard per 1,000 servers), short of a typo's millions of processes. */
const SHARD_COUNT_RULE = "SHARD_COUNT must be 'auto' or a positive whole number (at most 999999)";

/**
 * A machine's share of the shards only makes sense against a total every machine agrees on: `auto`
 * could resolve differently on each (and discord.js replaces the list when the count is `auto`).
 */
function shardListProblems(list: readonly number[] | null, count: 'auto' | number | null): string[] {
  if (list === null) return [];
  if (typeof count !== 'number') return ['SHARD_LIST needs SHARD_COUNT set to the total number of shards across all machines'];
  const problems: string[] = [];
  const outside = list.filter((id) => id >= count);
  if (outside.length > 0) problems.push(`SHARD_LIST ids must be below SHARD_COUNT (${count}); got ${outside.join(', ')}`);
  const repeated = list.filter((id, index) => list.indexOf(id) !== index);
  if (repeated.length > 0) problems.push(`SHARD_LIST names shard ${repeated.join(', ')} more than once`);
  return problems;
}

const snowflake = (name: string) => z.string().trim().regex(SNOWFLAKE, `${name} must be a Discord id (17-20 digits)`);

const shared = {
  CORPUS_DIR: optional(z.string().trim()).transform((dir) => dir ?? 'corpus'),
  ENGINE_CACHE_DIR: optional(z.string().trim()).transform((dir) => (dir === 'off' ? null : (dir ?? '.cache'))),
  LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error', 'silent'])).transform(
    (level): LogLevel => level ?? 'info',
  ),
};

const botSchema = z.object({
  // Custom messages only: zod's default messages never quote the input, and these must not either.
  DISCORD_TOKEN: z.preprocess(
    blankAsUndefined,
    z
      .string({ error: 'DISCORD_TOKEN is required to run the bot (see .env.example)' })
      .trim()
      .regex(TOKEN_SHAPE, 'DISCORD_TOKEN does not look like a bot token (three parts separated by dots)'),
  ),
  DISCORD_GUILD_ID: optional(snowflake('DISCORD_GUILD_ID')),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'DISCORD_API_URL must be an http(s) URL' })
      .transform((url) => url.replace(/\/+$/, ''))
      // discord.js appends `/v10` itself; a second one would send every request to a 404.
      .refine((url) => !/\/v\d+$/.test(url), 'DISCORD_API_URL must not end with the API version (/v10)'),
  ),
  ASK_CHANNEL_IDS: optional(z.string())
    .transform((list) => commaList(list ?? ''))
    .pipe(z.array(snowflake('ASK_CHANNEL_IDS entries'))),
  SHARD_COUNT: optional(z.string().trim().toLowerCase().regex(/^(auto|[1-9]\d{0,5})$/, SHARD_COUNT_RULE)).transform(
    (count): 'auto' | number | null => (count === undefined ? null : count === 'auto' ? 'auto' : Number(count)),
  ),
  SHARD_LIST: optional(z.string())
    .transform((list) => commaList(list ?? ''))
    .pipe(z.array(z.string().regex(/^\d{1,6}$/, 'SHARD_LIST must list shard ids (0, 1, 2, ...) separated by commas')))
    .transform((ids) => (ids.length === 0 ? null : ids.map(Number))),
  ...shared,
}).superRefine(
  (settings, ctx) => {
    for (const message of shardListProblems(settings.SHARD_LIST, settings.SHARD_COUNT)) {
      ctx.addIssue({ code: 'custom', path: ['SHARD_LIST'], message });
    }
  },
  // Only over valid settings: a broken SHARD_COUNT is reported once, by itself, not again as SHARD_LIST's.
  { when: (payload) => payload.issues.length === 0 },
);

const terminalSchema = z.object(shared);

/** Which mode the environment asks for: a token means the bot. */
export function modeOf(env: Env): ConfigMode {
  return (env['DISCORD_TOKEN'] ?? '').trim() === '' ? 'terminal' : 'bot';
}

/**
 * Validates the environment for one mode. Never throws: a bad value comes back as one line a person
 * can act on, e.g. `Invalid configuration: ✖ SHARD_COUNT must be 'auto' or a positive whole number (at most 999999) → at SHARD_COUNT`.
 */
export function parseConfig(env: Env, mode: 'bot'): ConfigResult<BotConfig>;
export function parseConfig(env: Env, mode: 'terminal'): ConfigResult<TerminalConfig>;
export function parseConfig(env: Env, mode: ConfigMode): ConfigResult<Config>;
export function parseConfig(env: Env, mode: ConfigMode): ConfigResult<Config> {
  switch (mode) {
    case 'terminal': {
      const parsed = terminalSchema.safeParse(env);
      if (!parsed.success) return failure(parsed.error, env);
      return {
        ok: true,
        config: {
          kind: 'terminal',
          corpusDir: parsed.data.CORPUS_DIR,
          cacheDir: parsed.data.ENGINE_CACHE_DIR,
          logLevel: parsed.data.LOG_LEVEL,
        },
      };
    }
    case 'bot': {
      const parsed = botSchema.safeParse(env);
      if (!parsed.success) return failure(parsed.error, env);
      const data = parsed.data;
      return {
        ok: true,
        config: {
          kind: 'bot',
          token: data.DISCORD_TOKEN,
          guildId: data.DISCORD_GUILD_ID ?? null,
          apiUrl: data.DISCORD_API_URL ?? null,
          askChannelIds: data.ASK_CHANNEL_IDS,
          shardCount: data.SHARD_COUNT,
          shardList: data.SHARD_LIST,
          corpusDir: data.CORPUS_DIR,
          cacheDir: data.ENGINE_CACHE_DIR,
          logLevel: data.LOG_LEVEL,
        },
      };
    }
    default:
      return assertNever(mode);
  }
}

function failure(error: z.ZodError, env: Env): { readonly ok: false; readonly message: string } {
  const line = z
    .prettifyError(error)
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  return { ok: false, message: redact(`Invalid configuration: ${line}`, [env['DISCORD_TOKEN']]) };
}

/** Replaces every secret in `text` with `[redacted]`; used for config errors and every log line. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    const value = secret?.trim();
    // Very short values would redact ordinary words; a real token is ~70 characters.
    if (value !== undefined && value.length >= 8) out = out.split(value).join('[redacted]');
  }
  return out;
}

/**
 * Reads `.env` (if present; real environment variables win) and `process.env`, then validates for
 * `mode`. The runner around `parseConfig`: the one place that touches the process environment.
 */
export function loadConfig(mode: 'bot'): ConfigResult<BotConfig>;
export function loadConfig(mode: 'terminal'): ConfigResult<TerminalConfig>;
export function loadConfig(mode: ConfigMode | 'auto'): ConfigResult<Config>;
export function loadConfig(mode: ConfigMode | 'auto'): ConfigResult<Config> {
  const env = readEnv();
  return parseConfig(env, mode === 'auto' ? modeOf(env) : mode);
}

/** `.env` merged under `process.env`, without writing into `process.env`. */
export function readEnv(path = '.env'): Env {
  const fromFile: Record<string, string> = {};
  loadDotenv({ path, quiet: true, processEnv: fromFile });
  return { ...fromFile, ...process.env };
}
