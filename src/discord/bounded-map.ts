/**
 * A map that forgets: at most `capacity` entries (least recently used go first), each for at most
 * `ttlMs`. Holds the little per-process state the bot keeps (long questions behind buttons, the
 * last topic per user and channel), so that memory stays bounded however many users come.
 */
export type BoundedMap<V> = {
  readonly get: (key: string) => V | undefined;
  readonly set: (key: string, value: V) => void;
  readonly size: () => number;
};

export function createBoundedMap<V>(capacity: number, ttlMs: number, now: () => number = Date.now): BoundedMap<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlMs });
      while (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    size: () => entries.size,
  };
}
