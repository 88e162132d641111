import { describe, expect, it } from 'vitest';
import { StartBotError, startFailure } from '../../src/discord/bot.js';
import { createBoundedMap } from '../../src/discord/bounded-map.js';
import { clientOptions } from '../../src/discord/client.js';
import { createLog } from '../../src/discord/log.js';
import { createRateLimiter } from '../../src/discord/rate-limit.js';

describe('createRateLimiter', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('allows a burst, then refuses politely once, then stays quiet', () => {
    const time = clock();
    const limiter = createRateLimiter({ capacity: 2, refillMs: 1000, maxUsers: 10 }, time.now);
    expect([limiter.take('u'), limiter.take('u')].map((decision) => decision.kind)).toEqual(['allowed', 'allowed']);
    expect(limiter.take('u')).toEqual({ kind: 'limited', retryAfterMs: 1000, notify: true });
    expect(limiter.take('u')).toEqual({ kind: 'limited', retryAfterMs: 1000, notify: false });
  });

  it('earns a question back after refillMs', () => {
    const time = clock();
    const limiter = createRateLimiter({ capacity: 1, refillMs: 1000, maxUsers: 10 }, time.now);
    limiter.take('u');
    time.advance(400);
    expect(limiter.take('u')).toEqual({ kind: 'limited', retryAfterMs: 600, notify: true });
    time.advance(600);
    expect(limiter.take('u').kind).toBe('allowed');
  });

  it('keeps users apart', () => {
    const limiter = createRateLimiter({ capacity: 1, refillMs: 1000, maxUsers: 10 }, () => 0);
    expect([limiter.take('a'), limiter.take('b')].map((decision) => decision.kind)).toEqual(['allowed', 'allowed']);
  });
});

describe('createBoundedMap', () => {
  it('forgets the least recently used beyond its capacity', () => {
    const map = createBoundedMap<number>(2, 1000, () => 0);
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([1, undefined, 3]);
  });

  it('forgets entries after their time', () => {
    let now = 0;
    const map = createBoundedMap<number>(2, 1000, () => now);
    map.set('a', 1);
    now = 1000;
    expect(map.get('a')).toBeUndefined();
  });
});

describe('clientOptions', () => {
  it.each([
    [[], 37376 - 32768 + 1],
    [['400000000000000001'], 37377],
  ])('asks for MessageContent only with ask channels (%j)', (askChannelIds, bits) => {
    const options = clientOptions({ apiUrl: null, askChannelIds });
    const intents = (options.intents as readonly number[]).reduce((sum, bit) => sum | bit, 0);
    expect(intents).toBe(bits);
  });

  it('pings nobody, takes DMs, and points REST elsewhere when asked', () => {
    const options = clientOptions({ apiUrl: 'http://127.0.0.1:1/api', askChannelIds: [] });
    expect(options.allowedMentions).toEqual({ parse: [] });
    expect(options.partials).toEqual([1]);
    expect(options.rest).toEqual({ api: 'http://127.0.0.1:1/api' });
  });
});

describe('startFailure', () => {
  it.each([
    [Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), 'invalid-token'],
    [new Error('Authentication failed'), 'invalid-token'],
    [new Error('Used disallowed intents'), 'disallowed-intents'],
    [Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }), 'unreachable'],
    [new Error('something else'), 'other'],
  ])('classifies %s', (error, reason) => {
    const failure = startFailure(error);
    expect(failure).toBeInstanceOf(StartBotError);
    expect(failure.reason).toBe(reason);
  });
});

describe('createLog', () => {
  it('writes one line with fields, and never a secret', () => {
    const lines: string[] = [];
    const log = createLog({ level: 'info', secrets: ['MTAw.secret.token'], write: (line) => lines.push(line), now: () => new Date(0) });
    log.debug('hidden');
    log.error('failed', { error: 'bad token MTAw.secret.token', interaction: '1' });
    expect(lines).toEqual(['1970-01-01T00:00:00.000Z ERROR failed error="bad token [redacted]" interaction="1"']);
  });
});
