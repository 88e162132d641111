import { describe, expect, it } from 'vitest';
import { frequencyOf, packLexicon, parseCedict, parseFrequencies, sensesOf } from '../../src/core/lexicon.js';

const CEDICT = [
  '# a comment',
  '外貿 外贸 [wai4 mao4] /foreign trade/',
  '高鐵 高铁 [gao1 tie3] /high-speed rail/CL:列[lie4]/',
  '咖啡 咖啡 [ka1 fei1] /coffee/café/',
].join('\n');

describe('packLexicon', () => {
  const lexicon = packLexicon({ entries: parseCedict(CEDICT), frequencies: parseFrequencies('高铁,120\n的,9000\n') });

  it.each([
    ['a word in both lists', '高铁', 120, ['high-speed rail']],
    ['a word only in the frequency list', '的', 9000, []],
    ['a dictionary word without a count', '外贸', 0, ['foreign trade']],
    ['senses with accented letters', '咖啡', 0, ['coffee', 'café']],
    ['a string in neither', '松江', 0, []],
  ])('keeps %s', (_what, word, frequency, senses) => {
    expect(frequencyOf(lexicon, word)).toBe(frequency);
    expect(sensesOf(lexicon, word)).toEqual(senses);
  });

  it('sums the counts for the segmenter', () => {
    expect(lexicon.total).toBe(9120);
  });
});
