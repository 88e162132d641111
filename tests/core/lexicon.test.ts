import { describe, expect, it } from 'vitest';
import { classifiersOf, frequencyOf, packLexicon, parseCedict, parseFrequencies, sensesOf } from '../../src/core/lexicon.js';

const CEDICT = [
  '# a comment',
  '外貿 外贸 [wai4 mao4] /foreign trade/',
  '高鐵 高铁 [gao1 tie3] /high-speed rail/CL:列[lie4]/',
  '咖啡 咖啡 [ka1 fei1] /coffee/café/',
  '企業 企业 [qi3 ye4] /company/enterprise/CL:家[jia1]/',
  '項目 项目 [xiang4 mu4] /item/project/CL:個|个[ge4],項|项[xiang4]/',
  '公寓 公寓 [gong1 yu4] /apartment building; block of flats (CL:套[tao4])/',
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

  it.each([
    ['one classifier', '企业', ['家']],
    ['several, traditional|simplified', '项目', ['个', '项']],
    ['a word with a classifier among its senses', '高铁', ['列']],
    ['a classifier written inside a sense', '公寓', ['套']],
    ['a word with none', '外贸', []],
    ['a string the dictionary lacks', '松江', []],
  ])('keeps the measure words of %s apart from its senses', (_what, word, classifiers) => {
    expect(classifiersOf(lexicon, word)).toEqual(classifiers);
    expect(sensesOf(lexicon, word).some((sense) => sense.startsWith('CL:'))).toBe(false);
  });

  it('sums the counts for the segmenter', () => {
    expect(lexicon.total).toBe(9120);
  });
});
