import { describe, expect, it } from 'vitest';
import { modeOf, parseConfig, redact } from '../src/config.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkE1.a-secret-token-value-xyz';

describe('parseConfig', () => {
  describe('terminal mode', () => {
    it('needs nothing from the environment', () => {
      expect(parseConfig({}, 'terminal')).toEqual({ ok: true, config: { kind: 'terminal', corpusDir: 'corpus', cacheDir: '.cache', logLevel: 'info' } });
    });

    it('reads CORPUS_DIR, ENGINE_CACHE_DIR and LOG_LEVEL', () => {
      expect(parseConfig({ CORPUS_DIR: 'other', ENGINE_CACHE_DIR: '/var/cache/g60', LOG_LEVEL: 'debug' }, 'terminal')).toEqual({
        ok: true,
        config: { kind: 'terminal', corpusDir: 'other', cacheDir: '/var/cache/g60', logLevel: 'debug' },
      });
    });

    it.each([
      ['off', null],
      ['', '.cache'],
      [' .cache-2 ', '.cache-2'],
    ])('reads ENGINE_CACHE_DIR=%j as %j', (value, expected) => {
      const result = parseConfig({ ENGINE_CACHE_DIR: value }, 'terminal');
      expect(result.ok && result.config.cacheDir).toBe(expected);
    });
  });

  describe('bot mode', () => {
    it('fills defaults around a token', () => {
      expect(parseConfig({ DISCORD_TOKEN: TOKEN }, 'bot')).toEqual({
        ok: true,
        config: {
          kind: 'bot',
          token: TOKEN,
          guildId: null,
          apiUrl: null,
          askChannelIds: [],
          shardCount: null,
          shardList: null,
          corpusDir: 'corpus',
          cacheDir: '.cache',
          logLevel: 'info',
        },
      });
    });

    it('reads every setting', () => {
      const result = parseConfig(
        {
          DISCORD_TOKEN: TOKEN,
          DISCORD_GUILD_ID: '200000000000000001',
          DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
          ASK_CHANNEL_IDS: ' 400000000000000001, 400000000000000002 ,',
          SHARD_COUNT: '4',
          SHARD_LIST: '2, 3',
          CORPUS_DIR: 'corpus',
          ENGINE_CACHE_DIR: 'off',
          LOG_LEVEL: 'warn',
        },
        'bot',
      );
      expect(result).toEqual({
        ok: true,
        config: {
          kind: 'bot',
          token: TOKEN,
          guildId: '200000000000000001',
          apiUrl: 'http://127.0.0.1:8080/api',
          askChannelIds: ['400000000000000001', '400000000000000002'],
          shardCount: 4,
          shardList: [2, 3],
          corpusDir: 'corpus',
          cacheDir: null,
          logLevel: 'warn',
        },
      });
    });

    it.each([
      ['SHARD_COUNT', 'auto', 'auto'],
      ['SHARD_COUNT', ' AUTO ', 'auto'],
      ['SHARD_COUNT', '1', 1],
      ['SHARD_COUNT', '999999', 999999],
      ['SHARD_COUNT', '', null],
      ['DISCORD_GUILD_ID', '', null],
    ] as const)('reads %s=%j as %j', (key, value, expected) => {
      const result = parseConfig({ DISCORD_TOKEN: TOKEN, [key]: value }, 'bot');
      if (!result.ok) throw new Error(result.message);
      expect(key === 'SHARD_COUNT' ? result.config.shardCount : result.config.guildId).toBe(expected);
    });

    it.each([
      ['4', '0,1', [0, 1]],
      ['4', ' 3 , 1 ,', [3, 1]],
      ['4', ' , ', null],
      [undefined, '', null],
    ] as const)('reads SHARD_LIST=%j with SHARD_COUNT=%j as %j', (count, list, expected) => {
      const result = parseConfig({ DISCORD_TOKEN: TOKEN, SHARD_LIST: list, ...(count === undefined ? {} : { SHARD_COUNT: count }) }, 'bot');
      if (!result.ok) throw new Error(result.message);
      expect(result.config.shardList).toEqual(expected);
    });

    it.each([
      [{}, 'DISCORD_TOKEN is required'],
      [{ DISCORD_TOKEN: 'not-a-token' }, 'DISCORD_TOKEN does not look like a bot token'],
      [{ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'my-guild' }, 'DISCORD_GUILD_ID must be a Discord id'],
      [{ DISCORD_TOKEN: TOKEN, ASK_CHANNEL_IDS: '400000000000000001,general' }, 'ASK_CHANNEL_IDS entries must be a Discord id'],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: 'many' }, "SHARD_COUNT must be 'auto' or a positive whole number"],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '0' }, "SHARD_COUNT must be 'auto' or a positive whole number"],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '-2' }, "SHARD_COUNT must be 'auto' or a positive whole number"],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '1.5' }, "SHARD_COUNT must be 'auto' or a positive whole number"],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '1e3' }, "SHARD_COUNT must be 'auto' or a positive whole number"],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '1000000' }, 'at most 999999'],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '4', SHARD_LIST: '0,one' }, 'SHARD_LIST must list shard ids (0, 1, 2, ...) separated by commas'],
      [{ DISCORD_TOKEN: TOKEN, SHARD_LIST: '0,1' }, 'SHARD_LIST needs SHARD_COUNT set to the total number of shards across all machines'],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: 'auto', SHARD_LIST: '0,1' }, 'SHARD_LIST needs SHARD_COUNT set to the total number of shards'],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '4', SHARD_LIST: '3,4,7' }, 'SHARD_LIST ids must be below SHARD_COUNT (4); got 4, 7'],
      [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '4', SHARD_LIST: '1,2,1' }, 'SHARD_LIST names shard 1 more than once'],
      [{ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'ftp://proxy' }, 'DISCORD_API_URL must be an http(s) URL'],
      [{ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://proxy/api/v10' }, 'must not end with the API version'],
      [{ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ])('rejects %j with one line naming the problem', (env, expected) => {
      const result = parseConfig(env, 'bot');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toContain(expected);
      expect(result.message).toMatch(/^Invalid configuration: /);
      expect(result.message).not.toContain('\n');
    });

    it.each([
      ['a malformed token', { DISCORD_TOKEN: `${TOKEN} with spaces` }],
      ['a valid token beside a malformed setting', { DISCORD_TOKEN: TOKEN, SHARD_COUNT: TOKEN }],
      ['a token pasted into SHARD_LIST', { DISCORD_TOKEN: TOKEN, SHARD_COUNT: '2', SHARD_LIST: TOKEN }],
      ['a token pasted into another setting', { DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: TOKEN }],
    ])('never shows the token in the message for %s', (_name, env) => {
      const result = parseConfig(env, 'bot');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).not.toContain(TOKEN);
      expect(result.message).not.toContain('a-secret-token-value-xyz');
    });
  });
});

describe('modeOf', () => {
  it.each([
    [{}, 'terminal'],
    [{ DISCORD_TOKEN: '  ' }, 'terminal'],
    [{ DISCORD_TOKEN: TOKEN }, 'bot'],
  ] as const)('reads %j as %s', (env, mode) => {
    expect(modeOf(env)).toBe(mode);
  });
});

describe('redact', () => {
  it('replaces every occurrence of a secret', () => {
    expect(redact(`a ${TOKEN} b ${TOKEN}`, [TOKEN])).toBe('a [redacted] b [redacted]');
  });

  it('leaves short values alone, which would redact ordinary words', () => {
    expect(redact('info line', ['info'])).toBe('info line');
  });
});

describe('.env.example', () => {
  it('documents every setting, and its values are valid', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('dotenv');
    const example = parse(await readFile('.env.example', 'utf8'));
    expect(Object.keys(example).sort()).toEqual(
      ['ASK_CHANNEL_IDS', 'CORPUS_DIR', 'DISCORD_API_URL', 'DISCORD_GUILD_ID', 'DISCORD_TOKEN', 'ENGINE_CACHE_DIR', 'LOG_LEVEL', 'SHARD_COUNT', 'SHARD_LIST'].sort(),
    );
    expect(parseConfig(example, 'terminal').ok).toBe(true);
    expect(parseConfig({ ...example, DISCORD_TOKEN: TOKEN }, 'bot').ok).toBe(true);
  });
});
