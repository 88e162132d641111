import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args.js';

describe('parseBenchArgs', () => {
  it('measures the article, 1,000 and 10,000 articles with every engine by default', () => {
    expect(parseBenchArgs([])).toEqual({
      kind: 'ok',
      options: {
        sizes: [{ kind: 'article' }, { kind: 'generated', articles: 1000 }, { kind: 'generated', articles: 10000 }],
        seed: 1,
        contenders: ['ours', 'flexsearch', 'minisearch'],
        questions: 1000,
        timeoutSeconds: 600,
        heapMb: 8192,
        discord: 1000,
      },
    });
  });

  it.each([
    [['--sizes', 'article,1000'], { sizes: [{ kind: 'article' }, { kind: 'generated', articles: 1000 }] }],
    [['--seed', '42'], { seed: 42 }],
    [['--engines', 'ours,minisearch'], { contenders: ['ours', 'minisearch'] }],
    [['--timeout', '90'], { timeoutSeconds: 90 }],
    [['--discord', '0'], { discord: 0 }],
  ])('reads %j', (argv, expected) => {
    expect(parseBenchArgs(argv)).toMatchObject({ kind: 'ok', options: expected });
  });

  it.each([
    [['--sizes', 'all']],
    [['--sizes', '']],
    [['--engines', 'lucene']],
    [['--questions', '10']],
    [['--seed', '-1']],
    [['--unknown']],
  ])('refuses %j', (argv) => {
    expect(parseBenchArgs(argv).kind).toBe('error');
  });
});
