/**
 * Sharding: `npm start` with SHARD_COUNT runs discord.js's real ShardingManager, which forks real
 * shard processes (each with the real engine over the real corpus) against the fake Discord on
 * 127.0.0.1. The fake opens one session per IDENTIFY's `shard` and routes each guild's events to
 * (guild_id >> 22) % count, as Discord does.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartBotError } from '../../src/discord/bot.js';
import { planShards, shardEntry } from '../../src/discord/sharding.js';
import { guildIdOnShard, shardOf, startFakeDiscord } from '../support/fake-discord.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord.js';
import { TOKEN } from './harness.js';

const STRING = 3;
const HUZHOU = '湖州有多少家国家高新技术企业？';
const WRONG_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.WrOnG1.a-token-discord-does-not-know';
const TSX = 'node_modules/tsx/dist/cli.mjs';
/** Each shard builds the engine before it connects, one after the other, 5.5 s apart: be generous. */
const START_TIMEOUT_MS = 180_000;

type Json = Record<string, unknown>;

/** `npm start` as a child process, with only the settings given (no .env, no inherited settings). */
function startMain(env: Readonly<Record<string, string>>) {
  const child = spawn(process.execPath, [TSX, 'src/main.ts'], { env: { CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const waiter of waiters) waiter();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const lines = () => stderr.split('\n').filter((line) => line !== '');
  /** The first line matching `pattern` from the `since`-th on, waiting for it if need be. */
  const waitForLine = (pattern: RegExp, since = 0, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines().slice(since).find((candidate) => pattern.test(candidate));
        if (line === undefined) return;
        cleanup();
        resolve(line);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out waiting for ${String(pattern)}; stderr so far:\n${stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  /** Every shard process the manager started, as [shard id, pid]. */
  const shardProcesses = () =>
    lines().flatMap((line) => {
      const match = /INFO shard process started shard=(\d+) pid=(\d+)/.exec(line);
      return match === null ? [] : [[Number(match[1]), Number(match[2])] as const];
    });
  return { child, exited, stderr: () => stderr, lines, waitForLine, shardProcesses };
}

/** Whether the process still runs; a zombie (ended, not yet reaped by whoever adopted it) has ended. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

const askOn = (fake: FakeDiscord, shard: number) =>
  fake.command('ask', [{ name: 'question', type: STRING, value: HUZHOU }], { locale: 'zh-CN', guildId: guildIdOnShard(shard, 2) });

const embedOf = (request: RecordedRequest) => (((request.body as Json)['data'] as Json)['embeds'] as { title?: string; description?: string }[])[0];

describe('npm start with SHARD_COUNT=2', () => {
  let fake: FakeDiscord;
  let main: ReturnType<typeof startMain>;

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    main = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '2' });
    await main.waitForLine(/INFO all shards ready/, 0, START_TIMEOUT_MS);
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    // Whatever happened above, leave no process behind.
    if (main !== undefined && main.child.exitCode === null && main.child.signalCode === null) {
      main.child.kill('SIGTERM');
      await main.exited;
    }
    for (const [, pid] of main?.shardProcesses() ?? []) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await fake?.close();
  }, 30_000);

  it('identifies as shard [0, 2] and shard [1, 2], one gateway connection each', () => {
    expect([...fake.identifiedShards()].sort(([a], [b]) => a - b)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.connections()).toBe(2);
  });

  it('runs each shard in its own process', () => {
    const processes = main.shardProcesses();
    expect(processes.map(([shard]) => shard)).toEqual([0, 1]);
    expect(new Set(processes.map(([, pid]) => pid)).size).toBe(2);
  });

  it.each([0, 1])('shard %i answers a /ask sent from one of its guilds, on its own connection', async (shard) => {
    const sent = askOn(fake, shard);
    expect(sent.shard).toBe(shard);
    const reply = await fake.waitForRequest((request) => request.path === sent.callbackPath, 0, 30_000);
    expect((reply.body as Json)['type']).toBe(4);
    expect(embedOf(reply)?.title).toBe(`问：${HUZHOU}`);
    expect(embedOf(reply)?.description).toContain('1611家');
  });

  it('registers the commands once, from the manager, not once per shard', () => {
    expect(fake.requests.filter((request) => request.method === 'PUT').map((request) => request.path)).toEqual([
      `/api/v10/applications/${fake.applicationId}/commands`,
    ]);
  });

  it('reports a shard process that dies in one line, and starts it again', async () => {
    const [, pid] = main.shardProcesses().find(([shard]) => shard === 1) ?? [];
    if (pid === undefined) throw new Error('no process for shard 1');
    const since = main.lines().length;
    process.kill(pid, 'SIGKILL');
    const reported = await main.waitForLine(/ERROR shard process exited/, since);
    expect(reported).toMatch(new RegExp(`shard=1 pid=${pid} code=null signal="SIGKILL" respawning=true$`));
    await main.waitForLine(/INFO shard ready shard=1/, since, 90_000);
    expect(fake.identifiedShards().at(-1)).toEqual([1, 2]);
    const sent = askOn(fake, 1);
    const reply = await fake.waitForRequest((request) => request.path === sent.callbackPath, 0, 30_000);
    expect(embedOf(reply)?.title).toBe(`问：${HUZHOU}`);
  }, 120_000);

  it('stops every shard process on SIGTERM and exits 0, leaving none behind', async () => {
    // Shard 0's, shard 1's first (killed above) and shard 1's second.
    const pids = main.shardProcesses().map(([, pid]) => pid);
    expect(pids).toHaveLength(3);
    main.child.kill('SIGTERM');
    const [code] = await main.exited;
    expect(code).toBe(0);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(main.lines().filter((line) => line.includes('disconnected from Discord'))).toHaveLength(2);
    expect(main.stderr()).not.toContain(TOKEN);
  }, 30_000);
});

describe('a shard whose manager is killed', () => {
  it('stops by itself instead of running on as an orphan', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    const main = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '1' });
    try {
      const manager = Number(/ pid=(\d+)$/.exec(await main.waitForLine(/INFO starting shards /))?.[1]);
      await main.waitForLine(/INFO all shards ready/, 0, START_TIMEOUT_MS);
      const [[, shard] = []] = main.shardProcesses();
      if (shard === undefined) throw new Error('no shard process');
      process.kill(manager, 'SIGKILL');
      // The shard writes to the same stderr: it closes once the shard has ended too.
      await once(main.child, 'close');
      expect(main.lines().filter((line) => line.includes(`pid=${shard}`)).slice(-2)).toEqual([
        expect.stringMatching(/INFO shutting down pid=\d+ why="the manager went away"$/),
        expect.stringMatching(/INFO disconnected from Discord pid=\d+$/),
      ]);
      expect(isAlive(shard)).toBe(false);
    } finally {
      for (const [, pid] of main.shardProcesses()) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      await fake.close();
    }
  }, START_TIMEOUT_MS);
});

describe('npm start with SHARD_COUNT when start-up fails', () => {
  it.each([
    ['Discord rejects the token (the manager checks it before any shard starts)', { DISCORD_TOKEN: WRONG_TOKEN }, /^Discord rejected DISCORD_TOKEN: the token is invalid/, []],
    ['a shard cannot load the corpus (it tells the manager why)', { CORPUS_DIR: 'no-such-folder' }, /^Cannot load the corpus: no-such-folder/, [0]],
  ] as const)('exits 1 with one readable line last when %s', async (_when, env, lastLine, shards) => {
    const fake = await startFakeDiscord({ token: TOKEN });
    try {
      const main = startMain({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: '2', ...env });
      const [code] = await main.exited;
      expect(code).toBe(1);
      expect(main.lines().at(-1)).toMatch(lastLine);
      expect(main.shardProcesses().map(([shard]) => shard)).toEqual(shards);
      expect(main.shardProcesses().filter(([, pid]) => isAlive(pid))).toEqual([]);
      expect(main.stderr()).not.toMatch(/\n\s+at /);
      expect(main.stderr()).not.toContain(TOKEN);
      expect(main.stderr()).not.toContain(WRONG_TOKEN);
    } finally {
      await fake.close();
    }
  }, 30_000);
});

describe('planShards', () => {
  let fake: FakeDiscord;
  const rest = (token = TOKEN) => new REST({ api: fake.apiUrl, retries: 0 }).setToken(token);

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, recommendedShards: 3 });
  });

  afterAll(async () => {
    await fake.close();
  });

  it.each([
    ['auto', null, { totalShards: 3, shardIds: [0, 1, 2], recommended: 3 }],
    [2, null, { totalShards: 2, shardIds: [0, 1], recommended: 3 }],
    [8, [4, 5, 6, 7], { totalShards: 8, shardIds: [4, 5, 6, 7], recommended: 3 }],
  ] as const)('plans SHARD_COUNT=%j, SHARD_LIST=%j as %j', async (count, list, plan) => {
    expect(await planShards(rest(), count, list)).toEqual(plan);
  });

  it('asks GET /gateway/bot through DISCORD_API_URL, with the token', async () => {
    const since = fake.requests.length;
    await planShards(rest(), 'auto', null);
    expect(fake.requests.slice(since).map((request) => [request.method, request.path, request.authorization])).toEqual([['GET', '/api/v10/gateway/bot', `Bot ${TOKEN}`]]);
  });

  it('turns a 401 into the invalid-token start failure', async () => {
    const failure = await planShards(rest(WRONG_TOKEN), 'auto', null).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StartBotError);
    expect(failure).toMatchObject({ reason: 'invalid-token' });
  });
});

describe('shardEntry', () => {
  it.each([
    ['file:///app/src/discord/sharding.ts', '/app/src/discord/shard-main.ts', true],
    ['file:///app/dist/discord/sharding.js', '/app/dist/discord/shard-main.js', false],
  ])('runs the shard-main beside %s (%s), through tsx: %s', (moduleUrl, file, throughTsx) => {
    const entry = shardEntry(moduleUrl);
    expect(entry.file).toBe(file);
    expect(entry.execArgv).toEqual(throughTsx ? ['--import', expect.stringMatching(/^file:\/\/.*\/node_modules\/tsx\/dist\/loader\.mjs$/)] : []);
  });
});

describe('the fake Discord’s routing', () => {
  it.each([
    [0, 2],
    [1, 2],
    [3, 4],
  ])('guildIdOnShard(%i, %i) routes back to that shard', (shard, count) => {
    expect(shardOf(guildIdOnShard(shard, count), count)).toBe(shard);
  });
});
