/**
 * A per-user token bucket: a burst of `capacity` questions, then one more every `refillMs`.
 *
 * State is per process. With sharding a user active in guilds on two shards gets two buckets, which
 * only makes the limit more lenient; nothing breaks.
 */
export type RateLimitOptions = {
  /** Questions a user may ask at once. Default 5: a short exchange never waits. */
  readonly capacity: number;
  /** Milliseconds to earn one question back. Default 3000: a sustained 20 questions a minute. */
  readonly refillMs: number;
  /** Users remembered at most; the least recently seen is forgotten first. Default 10,000. */
  readonly maxUsers: number;
};

export const DEFAULT_RATE_LIMIT = { capacity: 5, refillMs: 3000, maxUsers: 10_000 } as const satisfies RateLimitOptions;

export type RateDecision =
  | { readonly kind: 'allowed' }
  /** `notify` is true only for the first refusal in a flood, so the bot does not flood back. */
  | { readonly kind: 'limited'; readonly retryAfterMs: number; readonly notify: boolean };

export type RateLimiter = { readonly take: (userId: string) => RateDecision };

type Bucket = { tokens: number; updatedAt: number; notified: boolean };

export function createRateLimiter(options: RateLimitOptions = DEFAULT_RATE_LIMIT, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return {
    take(userId) {
      const time = now();
      const bucket = buckets.get(userId) ?? { tokens: options.capacity, updatedAt: time, notified: false };
      buckets.delete(userId);
      bucket.tokens = Math.min(options.capacity, bucket.tokens + (time - bucket.updatedAt) / options.refillMs);
      bucket.updatedAt = time;
      buckets.set(userId, bucket);
      if (buckets.size > options.maxUsers) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.notified = false;
        return { kind: 'allowed' };
      }
      const notify = !bucket.notified;
      bucket.notified = true;
      return { kind: 'limited', retryAfterMs: Math.ceil((1 - bucket.tokens) * options.refillMs), notify };
    },
  };
}

/** A limiter that allows everything: benchmarks that send thousands of interactions. */
export const unlimited: RateLimiter = { take: () => ({ kind: 'allowed' }) };
