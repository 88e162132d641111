import { describe, expect, it } from 'vitest';
import { escapeRegExp, matchStrength, partialMatch } from '../../src/core/text-match.js';

describe('escapeRegExp', () => {
  it.each([
    ['C++(', 'C++( and more'],
    ['3.8万亿', '贸易额3.8万亿美元'],
    ['[a|b]', 'x[a|b]y'],
  ])('matches %j literally', (text, haystack) => {
    expect(new RegExp(escapeRegExp(text), 'u').test(haystack)).toBe(true);
  });

  it('does not let a dot match any character', () => {
    expect(new RegExp(escapeRegExp('3.8'), 'u').test('308')).toBe(false);
  });
});

describe('matching a word in a passage', () => {
  it.each([
    ['the word itself', '高新技术企业', '湖州1611家国家高新技术企业', 1],
    ['an abbreviation of the full name', '进博会', '中国国际进口博览会', 0.9],
    ['two characters that are not there', '外贸', '贸易进出口额', 0],
  ])('scores %s', (_what, word, passage, strength) => {
    expect(matchStrength(word, passage)).toBe(strength);
  });

  it.each([
    ['a missing character, as the full name abbreviated', '高新技企业', 0.9],
    ['a wrong character, by the share of bigrams kept (3 of 5)', '高新技木企业', 0.36],
  ])('gives %s part of its strength', (_what, word, strength) => {
    expect(partialMatch(word, '国家高新技术企业')).toBeCloseTo(strength);
  });
});

describe('a two-character word written by its first character in a series of names', () => {
  it.each([
    ['a series of loans', '贷款', '科创贷、园区贷、质量贷等产品矩阵已经形成', 0.9],
    ['quoted names in a series', '港口', '货物经“宁波港”、“上海港”出海', 0.9],
    ['the second of two series in one passage, closed by 等', '港口', '推出科创贷、园区贷，货物经宁波港、上海港等出海', 0.9],
    ['one name alone, as in another word', '贷款', '推出了科创贷', 0],
    ['a series whose last name runs on into another word', '港口', '宁波港、上海港口岸', 0],
  ])('scores %s', (_what, word, passage, strength) => {
    expect(partialMatch(word, passage)).toBe(strength);
  });
});
