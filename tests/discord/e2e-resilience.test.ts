/**
 * How the real bot copes with what goes wrong: rate limits and errors from Discord, a dropped
 * gateway, a handler that throws, a flood from one user, a bad token, and shutdown signals.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-types.js';
import { StartBotError, startBot } from '../../src/discord/bot.js';
import { createLog } from '../../src/discord/log.js';
import { startFakeDiscord } from '../support/fake-discord.js';
import type { FakeUser } from '../support/fake-discord.js';
import { TOKEN, botConfigFor, loadTestEngine, startHarness } from './harness.js';
import type { Harness } from './harness.js';

const STRING = 3;
const EPHEMERAL = 64;
const HUZHOU = '湖州有多少家国家高新技术企业？';
const WRONG_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.WrOnG1.a-token-discord-does-not-know';

type Json = Record<string, unknown>;

let engine: Engine;
let h: Harness;
let users = 0;
/** A fresh user per test, so that the per-user rate limit only bites where it is tested. */
const freshUser = (): FakeUser => ({ id: `3100000000000000${String((users += 1)).padStart(2, '0')}`, username: `user${users}` });
const ask = (question: string, user: FakeUser = freshUser()) =>
  h.fake.command('ask', [{ name: 'question', type: STRING, value: question }], { locale: 'zh-CN', user });
const callbacks = (path: string) => h.fake.requests.filter((request) => request.path === path);

beforeAll(async () => {
  const real = await loadTestEngine();
  engine = {
    ...real,
    ask: (question, previous) => {
      if (question === 'boom') throw new Error('the engine exploded');
      return real.ask(question, previous);
    },
  };
  h = await startHarness({ engine });
});

afterAll(async () => {
  await h?.stop();
});

describe('errors from Discord', () => {
  it('registers globally when no guild is configured', async () => {
    const put = await h.fake.waitForRequest((request) => request.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${h.fake.applicationId}/commands`);
  });

  it('retries an interaction callback after a 429, as Retry-After says', async () => {
    h.fake.respondOnce((method, path) => method === 'POST' && path.endsWith('/callback'), {
      status: 429,
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
    });
    const sent = ask(HUZHOU);
    const second = await h.fake.waitForRequest((request) => request.path === sent.callbackPath && request.status === 204);
    const [first] = callbacks(sent.callbackPath);
    expect(callbacks(sent.callbackPath).map((request) => request.status)).toEqual([429, 204]);
    expect(second.at - (first?.at ?? 0)).toBeGreaterThanOrEqual(200);
    expect(second.body).toEqual(first?.body);
    expect(h.logs.some((line) => line.includes('WARN rate limited by Discord'))).toBe(true);
  });

  it('retries a message reply after a 500', async () => {
    h.fake.respondOnce((method, path) => method === 'POST' && /\/channels\/\d+\/messages$/.test(path), { status: 500, body: { message: 'oops', code: 0 } });
    const id = h.fake.message({ content: HUZHOU, dm: true, author: freshUser() });
    const replies = () => h.fake.requests.filter((request) => ((request.body as Json | null)?.['message_reference'] as Json | undefined)?.['message_id'] === id);
    await h.fake.waitForRequest((request) => replies().includes(request) && request.status === 200);
    expect(replies().map((request) => request.status)).toEqual([500, 200]);
    expect(h.logs.some((line) => line.includes('WARN Discord server error') && line.includes('status=500'))).toBe(true);
  });
});

describe('the gateway', () => {
  it('answers Discord’s request for a heartbeat, and stays connected', async () => {
    const since = h.fake.gatewayFrames.length;
    h.fake.requestHeartbeat();
    await h.fake.waitForGateway((frame) => frame.op === 1, since);
    expect(h.fake.connections()).toBe(1);
  });

  it.each([
    ['closed with 4000', 4000],
    ['cut without a close frame', undefined],
  ] as const)('resumes the session when the connection is %s, and gets the missed events', async (_how, code) => {
    const since = h.fake.gatewayFrames.length;
    const resumed = once(h.bot.client, Events.ShardResume);
    await h.fake.dropConnection(code);
    // Sent while the bot is away: Discord replays it after RESUME.
    const sent = ask(HUZHOU);
    const resume = await h.fake.waitForGateway((frame) => frame.op === 6, since);
    expect(resume.d).toMatchObject({ token: TOKEN, session_id: expect.stringMatching(/^session-/), seq: expect.any(Number) });
    await h.fake.waitForRequest((request) => request.path === sent.callbackPath);
    await resumed;
    expect(h.fake.gatewayFrames.slice(since).filter((frame) => frame.op === 2)).toEqual([]);
  });
});

describe('the error boundary', () => {
  it('turns a failing handler into an ephemeral apology and a log line with the interaction id', async () => {
    const sent = ask('boom');
    const apology = await h.fake.waitForRequest((request) => request.path === sent.callbackPath);
    expect(apology.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: '抱歉，出了点问题，请稍后再试。', flags: EPHEMERAL, allowed_mentions: { parse: [] } }),
    });
    expect(h.logs.find((line) => line.includes('ERROR interaction failed'))).toContain(`interaction="${sent.id}"`);
  });

  it('goes on answering after an error', async () => {
    const sent = ask(HUZHOU);
    const reply = await h.fake.waitForRequest((request) => request.path === sent.callbackPath);
    expect(((reply.body as Json)['data'] as Json)['embeds']).toHaveLength(1);
  });
});

describe('the per-user rate limit', () => {
  it('answers a flood politely and privately, and other users normally', async () => {
    const flooder = freshUser();
    const sent = Array.from({ length: 6 }, () => ask(HUZHOU, flooder));
    const other = ask(HUZHOU);
    const replies = await Promise.all([...sent, other].map((one) => h.fake.waitForRequest((request) => request.path === one.callbackPath)));
    const limited = replies.filter((reply) => (((reply.body as Json)['data'] as Json)['content'] as string | undefined)?.startsWith('问得太快了'));
    expect(limited).toHaveLength(1);
    expect(((limited[0]?.body as Json)['data'] as Json)['flags']).toBe(EPHEMERAL);
    expect(replies.at(-1)).not.toBe(limited[0]);
  });
});

describe('a bad token', () => {
  it.each([
    ['GET /gateway/bot answers 401', {}],
    ['the gateway closes with 4004', { gatewayToken: `${TOKEN}-rotated` }],
  ] as const)('stops start-up with a clear message when %s, never showing the token', async (_when, fakeOptions) => {
    const token = 'gatewayToken' in fakeOptions ? TOKEN : WRONG_TOKEN;
    const fake = await startFakeDiscord({ token: TOKEN, ...fakeOptions });
    const lines: string[] = [];
    try {
      const config = { ...botConfigFor(fake), token };
      const log = createLog({ level: 'debug', secrets: [token], write: (line) => lines.push(line) });
      const failure = await startBot({ config, engine, log }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(StartBotError);
      expect(failure).toMatchObject({ reason: 'invalid-token', message: expect.stringMatching(/^Discord rejected DISCORD_TOKEN/) });
      expect(String((failure as Error).message)).not.toContain(token);
      expect(lines.join('\n')).not.toContain(token);
    } finally {
      await fake.close();
    }
  });
});

describe('npm start', () => {
  const TSX = 'node_modules/tsx/dist/cli.mjs';
  const run = (env: Record<string, string>) => {
    // Only what the bot reads: no .env, no inherited settings.
    const child = spawn(process.execPath, [TSX, 'src/main.ts'], { env: { CORPUS_DIR: 'corpus', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    return { child, exited, stderr: () => stderr };
  };

  it('exits non-zero with one readable line for an invalid token, and no stack trace', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    try {
      const main = run({ DISCORD_TOKEN: WRONG_TOKEN, DISCORD_API_URL: fake.apiUrl });
      const [code] = await main.exited;
      expect(code).toBe(1);
      expect(main.stderr()).toContain('Discord rejected DISCORD_TOKEN');
      expect(main.stderr()).not.toMatch(/\n\s+at /);
      expect(main.stderr()).not.toContain(WRONG_TOKEN);
    } finally {
      await fake.close();
    }
  }, 30_000);

  it('shuts down cleanly on SIGTERM', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    try {
      const main = run({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
      await fake.waitForRequest((request) => request.method === 'PUT', 0, 25_000);
      main.child.kill('SIGTERM');
      const [code] = await main.exited;
      expect(code).toBe(0);
      expect(main.stderr()).toContain('disconnected from Discord');
      expect(main.stderr()).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  }, 30_000);
});
