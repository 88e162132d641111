import { describe, expect, it } from 'vitest';
import { segmentWords, type WordModel } from '../../src/core/segment.js';

const counts = new Map([
  ['高铁', 1653],
  ['新高', 188],
  ['新', 50_000],
  ['站', 20_000],
  ['城市', 64_463],
  ['九', 8582],
]);
const model: WordModel = { frequency: (word) => counts.get(word) ?? 0, total: 10_000_000, maxWordLength: 4 };

describe('segmentWords', () => {
  it.each([
    ['新高铁站', ['新', '高铁', '站']],
    ['九城市', ['九', '城市']],
    ['未知字', ['未', '知', '字']],
  ])('cuts %s into the likeliest words', (run, words) => {
    expect(segmentWords(run, model)).toEqual(words);
  });
});
