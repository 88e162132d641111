import { describe, expect, it } from 'vitest';
import { buildPostings } from '../../src/core/postings.js';
import { ordinalSpellings, spelledPlace } from '../../src/core/spellings.js';
import { openVocabulary } from '../../src/core/vocabulary.js';
import { buildVocabularyData } from '../../src/core/vocabulary-build.js';
import { shareFor } from '../../src/core/dictionary-data.js';
import { loadDictionary } from '../../src/corpus/dictionary.js';

const texts = ['太湖水质持续改善', '浙江与江苏共治太浦河', '金华婺剧团演出1500余场'];
const vocabulary = openVocabulary(
  buildVocabularyData({ postings: buildPostings(texts), dictionary: shareFor(loadDictionary(), (word) => texts.some((text) => text.includes(word))), gazetteer: { groups: [], cities: [] }, people: [] }),
  texts,
);

describe('ordinalSpellings', () => {
  it.each([
    ['第4次', ['第4次', '第四次']],
    ['第十二届', ['第十二届', '第12届']],
    ['第一', ['第一', '第1', '首位', '榜首', '第一位', '第一名']],
    ['第几', ['第几']],
  ])('writes %s also as %j', (ordinal, spellings) => {
    expect(ordinalSpellings(ordinal)).toEqual(spellings);
  });
});

describe('spelledPlace', () => {
  it.each([
    ['zhejiang', ['zhejiang'], '浙江'],
    ['taipu', ['taipu', 'river'], '太浦'],
    ['tai', ['lake', 'tai'], '太湖'],
    ['wu', ['wu', 'opera'], '婺剧'],
  ])('reads %s (in %j) as %s', (word, words, text) => {
    expect(spelledPlace(word, words, vocabulary).map((form) => form.text)).toEqual([text]);
  });

  it('finds nothing for a word that spells no corpus bigram', () => {
    expect(spelledPlace('price', ['price'], vocabulary)).toEqual([]);
  });
});
