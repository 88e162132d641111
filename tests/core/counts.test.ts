import { describe, expect, it } from 'vitest';
import { countedWith, countPattern } from '../../src/core/counts.js';

describe('the count a question asked with a counter needs', () => {
  it.each([
    ['多少家 is answered by a count in 家', { word: '家', noun: null }, '国家高新技术企业1611家', true],
    ['多少家 is answered by a count in 个 too', { word: '家', noun: null }, '落地项目120个', true],
    ['多少家 is not answered by a count in 项', { word: '家', noun: null }, '联合攻关40项', false],
    ['几个城市 is answered by a number before the noun', { word: '座', noun: '城市' }, '九城市共建走廊', true],
    ['多少名 is answered by a count of people in 人', { word: '名', noun: null }, '引进人才3.5万人', true],
  ] as const)('%s', (_what, counter, passage, answers) => {
    expect(countedWith(counter)?.test(passage)).toBe(answers);
  });

  it.each([
    ['个, which fits any thing', '个'],
    ['年, a counter of time written in too many ways', '年'],
  ])('asks nothing of a question counted in %s', (_what, word) => {
    expect(countedWith({ word, noun: null })).toBeNull();
  });

  it('asks nothing of a question with no counter', () => {
    expect(countedWith(null)).toBeNull();
  });
});

describe('a number with a counter', () => {
  it.each([
    ['个', '城市', '9个城市', true],
    ['个', '城市', '九城市', true],
    ['个', null, '600余个', true],
    ['个', '城市', '9个园区', false],
  ] as const)('%s with noun %s finds %s: %s', (counter, noun, text, found) => {
    expect(countPattern(counter, noun).test(text)).toBe(found);
  });
});
