/**
 * `compute`, remembered for up to `limit` keys and then forgotten all at once: a long-running bot
 * must not grow without end, and the keys that matter (the words, figures and patterns of the
 * questions people ask) come back soon enough to fill it again. `compute` must be pure and never
 * return undefined.
 */
export function memoize<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
