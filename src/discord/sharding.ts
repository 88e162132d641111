/**
 * Runs the bot sharded: discord.js's ShardingManager forks one child process per shard, each running
 * `shard-main` with its own client and its own engine. This process, the manager, holds no client and
 * no engine. It checks the token and works out the shard count (GET /gateway/bot, through
 * DISCORD_API_URL when set), registers the commands once for every shard, starts the shards one after
 * another, reports a shard that dies in one line, and lets discord.js start it again.
 *
 * Why the handlers need no shared state across shards: see "Sharding" in the README.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordAPIError, REST, Routes, ShardingManager } from 'discord.js';
import type { Shard } from 'discord.js';
import { z } from 'zod';
import type { BotConfig } from '../config.js';
import { STOP_GRACE_MS, StartBotError, startFailure } from './bot.js';
import { deployCommands } from './deploy.js';
import { errorMessage } from './log.js';
import type { Log } from './log.js';

/** How many shards in all, which of them this machine runs, and what Discord recommends. */
export type ShardPlan = {
  readonly totalShards: number;
  readonly shardIds: readonly number[];
  readonly recommended: number;
};

/** The script every shard runs, and the node flags it needs. */
export type ShardEntry = { readonly file: string; readonly execArgv: readonly string[] };

export type ShardingOptions = {
  readonly config: BotConfig;
  /** `config.shardCount`, known here not to be null. */
  readonly shardCount: 'auto' | number;
  readonly log: Log;
  /** Default: `shardEntry()`. */
  readonly entry?: ShardEntry;
};

export type ShardingHandle = {
  readonly plan: ShardPlan;
  /** Stops every shard (each finishes its running handlers first) and waits for their processes to end. */
  readonly stop: () => Promise<void>;
};

/** What a shard child sends the manager, over the IPC channel, when it cannot start. */
export const StartFailureReport = z.object({ kind: z.literal('start-failure'), message: z.string() });
export type StartFailureReport = z.infer<typeof StartFailureReport>;

/**
 * Between two shards' start-ups. Discord allows one IDENTIFY per 5 s for a bot (max_concurrency 1);
 * discord.js's own default, with a margin.
 */
export const SPAWN_DELAY_MS = 5500;
/** A shard builds its engine (seconds) before it connects; past this, start-up is abandoned. */
export const SHARD_READY_TIMEOUT_MS = 120_000;
/** A shard still running this long after SIGTERM is killed; its own grace for running handlers is shorter. */
const SHARD_KILL_AFTER_MS = STOP_GRACE_MS + 5000;

const GatewayBot = z.object({ shards: z.number().int().positive() });
const Application = z.object({ id: z.string() });

/**
 * `shard-main` beside this module: the .ts file under tsx (`npm start`), the .js file once built. A
 * child is a plain `node` process, so it runs TypeScript only through tsx's loader, given by path so
 * that it resolves whatever the working directory.
 */
export function shardEntry(moduleUrl: string = import.meta.url): ShardEntry {
  const extension = extname(fileURLToPath(moduleUrl));
  const file = fileURLToPath(new URL(`./shard-main${extension}`, moduleUrl));
  return { file, execArgv: extension === '.ts' ? ['--import', import.meta.resolve('tsx')] : [] };
}

/**
 * Asks Discord (GET /gateway/bot) for its recommended shard count. Asked even for a fixed count: it
 * proves the token before any shard starts, so a bad token is one line from the manager instead of
 * a failure in every child. discord.js's own `fetchRecommendedShardCount` always asks
 * discord.com, which would bypass DISCORD_API_URL.
 */
export async function planShards(rest: REST, shardCount: 'auto' | number, shardList: readonly number[] | null): Promise<ShardPlan> {
  let recommended: number;
  try {
    recommended = GatewayBot.parse(await rest.get(Routes.gatewayBot())).shards;
  } catch (error) {
    // The client's login reports this 401 as discord.js's TokenInvalid; say the same thing.
    throw startFailure(error instanceof DiscordAPIError && error.status === 401 ? { code: 'TokenInvalid' } : error);
  }
  const totalShards = shardCount === 'auto' ? recommended : shardCount;
  return { totalShards, shardIds: shardList ?? Array.from({ length: totalShards }, (_, id) => id), recommended };
}

/** Starts the shards; resolves once every one is connected, or throws a `StartBotError` after stopping them all. */
export async function startSharding(options: ShardingOptions): Promise<ShardingHandle> {
  const { config, log } = options;
  const rest = new REST(config.apiUrl === null ? {} : { api: config.apiUrl }).setToken(config.token);
  const plan = await planShards(rest, options.shardCount, config.shardList);
  log.info('starting shards', { total: plan.totalShards, shards: plan.shardIds.join(','), recommended: plan.recommended, pid: process.pid });
  if (plan.totalShards < plan.recommended) {
    // Discord closes the gateway (4011) once a shard would hold more than 2,500 servers.
    log.warn('fewer shards than Discord recommends', { total: plan.totalShards, recommended: plan.recommended });
  }
  // Once here rather than in each shard: N shards would otherwise overwrite the same commands N times.
  await registerCommands(rest, config, log);

  const entry = options.entry ?? shardEntry();
  const manager = new ShardingManager(entry.file, {
    token: config.token,
    totalShards: plan.totalShards,
    shardList: [...plan.shardIds],
    execArgv: [...entry.execArgv],
    // A shard that fails at start-up would fail again; respawning is for shards that die later.
    respawn: false,
  });
  const running = new Set<ChildProcess>();
  const reported: string[] = [];
  let stopping = false;

  manager.on('shardCreate', (shard: Shard) => {
    shard.on('spawn', (child) => {
      if (!isChildProcess(child)) return;
      running.add(child);
      child.once('close', () => running.delete(child));
      log.info('shard process started', { shard: shard.id, pid: child.pid });
    });
    shard.on('ready', () => log.info('shard ready', { shard: shard.id }));
    shard.on('death', (child) => {
      if (stopping || !isChildProcess(child)) return;
      log.error('shard process exited', { shard: shard.id, pid: child.pid, code: child.exitCode, signal: child.signalCode, respawning: manager.respawn });
    });
    // A respawn that failed (the new process died before it connected); discord.js tries no more.
    shard.on('error', (error) => {
      if (!stopping) log.error('shard could not be restarted', { shard: shard.id, error: errorMessage(error) });
    });
    shard.on('message', (message: unknown) => {
      const report = StartFailureReport.safeParse(message);
      if (report.success) reported.push(report.data.message);
    });
  });

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      manager.respawn = false;
      const closing = [...running].map((child) => closed(child));
      for (const shard of manager.shards.values()) if (shard.process !== null) shard.kill();
      await Promise.all(closing);
    })();
    return stopped;
  };

  try {
    await manager.spawn({ amount: plan.totalShards, delay: SPAWN_DELAY_MS, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    // The shard that failed is on its way out and says why over IPC: a SIGTERM now could cut it short.
    const failing = manager.shards.filter((shard) => !shard.ready).map((shard) => shard.process);
    await Promise.all(failing.flatMap((child) => (child === null ? [] : [closed(child)])));
    await stop();
    // The child's own words (bad intents, a broken corpus) beat "exited before its Client became ready".
    throw reported[0] === undefined ? startFailure(error) : new StartBotError('other', reported[0]);
  }
  manager.respawn = true;
  log.info('all shards ready', { shards: plan.shardIds.join(',') });
  return { plan, stop };
}

async function registerCommands(rest: REST, config: BotConfig, log: Log): Promise<void> {
  try {
    const application = Application.parse(await rest.get(Routes.currentApplication()));
    const result = await deployCommands(rest, application.id, config.guildId);
    log.info('commands registered', { scope: result.scope.kind, count: result.count, guild: config.guildId });
  } catch (error) {
    // Commands registered earlier keep working; a failed refresh is worth a line, not an outage.
    log.error('command registration failed', { error: errorMessage(error) });
  }
}

/** Resolves once the process has ended and its IPC channel is drained; SIGKILL if it has not ended in time. */
async function closed(child: ChildProcess): Promise<void> {
  const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_KILL_AFTER_MS);
  await once(child, 'close').finally(() => clearTimeout(timer));
}

function isChildProcess(child: unknown): child is ChildProcess {
  return typeof child === 'object' && child !== null && 'pid' in child && 'kill' in child;
}
