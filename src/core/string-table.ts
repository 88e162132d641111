/**
 * A sorted set of strings packed into one string and an offsets array, looked up by binary
 * search. It exists for start-up time: a `Map` of half a million dictionary words takes about
 * 300 ms to rebuild from a cache file, while this form is two values that deserialize in a few
 * milliseconds and answers a lookup in about twenty string comparisons.
 */
export type StringTable = {
  /** Every key, sorted by UTF-16 code units, concatenated. */
  readonly text: string;
  /** `starts[i]` is where key `i` begins in `text`; one extra entry marks the end of the last. */
  readonly starts: Uint32Array;
};

/** Packs distinct keys; the position of each key in the result is its rank in sorted order. */
export function packStrings(keys: Iterable<string>): StringTable {
  // The default sort compares strings by UTF-16 code units, as `<` does, and is faster than a comparator.
  return packInOrder([...new Set(keys)].sort());
}

/**
 * Packs strings in the order given; `keyAt` reads them back by position. Keys already distinct
 * and sorted by UTF-16 code units make a table `indexOfKey` can search.
 */
export function packInOrder(strings: readonly string[]): StringTable {
  const starts = new Uint32Array(strings.length + 1);
  let offset = 0;
  strings.forEach((text, i) => {
    starts[i] = offset;
    offset += text.length;
  });
  starts[strings.length] = offset;
  return { text: strings.join(''), starts };
}

export function tableSize(table: StringTable): number {
  return table.starts.length - 1;
}

export function keyAt(table: StringTable, index: number): string {
  return table.text.slice(table.starts[index], table.starts[index + 1]);
}

/** Every key, in table order. */
export function* keysOf(table: StringTable): Generator<string> {
  for (let i = 0; i < tableSize(table); i++) yield keyAt(table, i);
}

/** The rank of `key` in the table, or -1 when it is not there. */
export function indexOfKey(table: StringTable, key: string): number {
  let low = 0;
  let high = tableSize(table) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareKeyAt(table, middle, key);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Key `index` against `key` in the order of `<`, read in place: a search that sliced each key it
 * passed made twenty strings a lookup, and lookups run for every word of every question.
 */
function compareKeyAt(table: StringTable, index: number, key: string): number {
  const start = table.starts[index]!;
  const length = table.starts[index + 1]! - start;
  const shared = Math.min(length, key.length);
  for (let i = 0; i < shared; i++) {
    const difference = table.text.charCodeAt(start + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - key.length;
}

/** Sorts by UTF-16 code units, the order `<` uses, not by locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A sorted table of keys and the value of each, for a map a start should not rebuild: looked up
 * by binary search, restored from a cache file as four values.
 */
export type StringMap = { readonly keys: StringTable; readonly values: StringTable };

export function packStringMap(entries: ReadonlyMap<string, string>): StringMap {
  const keys = packStrings(entries.keys());
  return { keys, values: packInOrder(Array.from({ length: tableSize(keys) }, (_, i) => entries.get(keyAt(keys, i))!)) };
}

export function valueOf(map: StringMap, key: string): string | undefined {
  const index = indexOfKey(map.keys, key);
  return index < 0 ? undefined : keyAt(map.values, index);
}
