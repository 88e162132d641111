import { describe, expect, it } from 'vitest';
import { dictionaryWords, EMPTY_LEXICON, prepareDictionary, shareFor } from '../../src/core/dictionary-data.js';
import { buildEnglishLexicon, countSenseStems, englishFromData, englishToData } from '../../src/core/english.js';
import { frequencyOf, parseCedict, parseFrequencies, sensesOf } from '../../src/core/lexicon.js';

const CEDICT = [
  '外貿 外贸 [wai4 mao4] /foreign trade/',
  '貿易 贸易 [mao4 yi4] /(commerce) trade/',
  '行 行 [xing2] /to walk/to go/',
  '行 行 [hang2] /row/line/profession/',
  '企業 企业 [qi3 ye4] /company/enterprise/CL:家[jia1]/',
].join('\n');
const lexicon = { entries: parseCedict(CEDICT), frequencies: parseFrequencies('贸易,300\n的,9000\n') };
const prepared = prepareDictionary(lexicon);

describe('prepareDictionary', () => {
  it.each([
    ['a dictionary word with a count', '贸易', 300, ['(commerce) trade']],
    ['a word only in the frequency list', '的', 9000, []],
    ['a word of two entries, their senses together', '行', 0, ['to walk', 'to go', 'row', 'line', 'profession']],
  ])('packs %s: %s', (_what, word, frequency, senses) => {
    expect(frequencyOf(prepared.lexicon, word)).toBe(frequency);
    expect(sensesOf(prepared.lexicon, word)).toEqual(senses);
  });

  it('reads every basic CJK character with its commonest pinyin', () => {
    const readings = prepared.readings.split(',');
    expect(readings[0x6c5f - 0x4e00]).toBe('jiang');
    expect(readings).toHaveLength(0x9fff - 0x4e00 + 1);
  });

  it('prepares an empty lexicon too: a build without English or synonyms', () => {
    expect(prepareDictionary(EMPTY_LEXICON).entries).toEqual([]);
  });
});

describe('dictionaryWords', () => {
  it('lists each entry word once, in entry order', () => {
    expect(dictionaryWords(prepared)).toEqual(['外贸', '贸易', '行', '企业']);
  });
});

describe('shareFor', () => {
  const renderings = (inCorpus: (word: string) => boolean, english: string) =>
    (englishFromData(shareFor(prepared, inCorpus).english).words.get(english) ?? []).map((form) => form.text);

  it.each([
    ['the words the corpus writes', (word: string) => word !== '外贸', ['贸易']],
    ['none when it writes none of them', () => false, []],
  ])('links the English of %s', (_what, inCorpus, expected) => {
    expect(renderings(inCorpus, 'trade')).toEqual(expected);
  });

  it('links as the English lexicon built in one step does', () => {
    const inCorpus = (word: string) => word !== '行';
    expect(shareFor(prepared, inCorpus).english).toEqual(englishToData(buildEnglishLexicon(lexicon.entries, inCorpus)));
  });

  it('weighs a stem by how many entries use it, whether the corpus writes them or not', () => {
    expect(countSenseStems(lexicon.entries).counts.get('trade')).toBe(2);
  });
});
