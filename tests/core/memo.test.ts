import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/core/memo.js';

describe('memoize', () => {
  it('computes a key once while it is remembered', () => {
    const seen: string[] = [];
    const length = memoize((text: string) => (seen.push(text), text.length), 10);
    expect([length('湖州'), length('湖州'), length('G60')]).toEqual([2, 2, 3]);
    expect(seen).toEqual(['湖州', 'G60']);
  });

  it('forgets everything once full, and computes again', () => {
    const seen: number[] = [];
    const double = memoize((n: number) => (seen.push(n), 2 * n), 2);
    for (const n of [1, 2, 3, 1]) double(n);
    expect(seen).toEqual([1, 2, 3, 1]);
  });
});
