import { describe, expect, it } from 'vitest';
import { looksTraditional, normalize } from '../../src/core/normalize.js';

describe('normalize', () => {
  it.each([
    ['full-width digits and percent', '增长５．２％', '增长5.2%'],
    ['full-width Latin', 'Ｇ６０科创走廊', 'g60科创走廊'],
    ['Traditional to Simplified', '國家高新技術企業', '国家高新技术企业'],
    ['Taiwan’s words to the mainland’s (軟體, 計程車)', '智慧駕駛軟體、計程車', '智能驾驶软件、出租车'],
    ['Latin case', 'HuZhou', 'huzhou'],
    ['zero-width and control characters', '湖\u200b州\u0007', '湖州'],
    ['runs of white space', '  湖州   高新 ', '湖州 高新'],
  ])('folds %s', (_what, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('looksTraditional', () => {
  it.each([
    ['蕪湖技術合同成交額', true],
    ['芜湖技术合同成交额', false],
    // Simplified, though the phrase tables rewrite 智慧 as 智能.
    ['智慧链产业合作示范园区', false],
    ['How much trade?', false],
  ])('reads %s as Traditional: %s', (text, expected) => {
    expect(looksTraditional(text)).toBe(expected);
  });
});
