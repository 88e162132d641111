import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize.js';
import { askedUnit, writesUnit } from '../../src/core/units.js';

describe('the unit a question asks its answer in', () => {
  it.each([
    ['tonnes', '长丰草莓网上卖了多少吨', '吨'],
    ['ten thousand tonnes', '冷库总库容有多少万吨', '吨'],
    ['hours, with 个', '坐高铁要几个小时', '小时'],
    ['square kilometres, not kilometres', '示范区面积多少平方公里', '平方公里'],
    ['kilometres', '线路全长多少公里', '公里'],
    ['Traditional characters', '冷庫總庫容有多少萬噸', '吨'],
    ['tonnes in English', 'How many tonnes of vegetables does Ningbo send to Shanghai?', '吨'],
    ['minutes in English', 'How many minutes do patients wait for a remote consultation?', '分钟'],
    ['square kilometres in English', 'How many square kilometres does the zone cover?', '平方公里'],
  ])('reads %s: %s → %s', (_what, question, unit) => {
    expect(askedUnit(normalize(question))?.unit).toBe(unit);
  });

  it.each([
    ['a counter', '湖州有多少家高新技术企业'],
    ['money', '杭州跨境电商进出口额有多少亿'],
    ['a unit named, not asked', '8.6万吨草莓卖到了哪里'],
    ['English, counting things', 'How many companies moved to Hefei?'],
  ])('reads none in %s: %s', (_what, question) => {
    expect(askedUnit(normalize(question))).toBeNull();
  });
});

describe('a number written in the unit', () => {
  it.each([
    ['多少吨', '通过电商卖出的草莓约8.6万吨', true],
    ['多少吨', '冷库总库容超过3200万吨', true],
    ['多少吨', '年产300余吨', true],
    ['几个小时', '缩短到3个多小时', true],
    ['几个小时', '两小时通勤圈', true],
    ['多少吨', '销售额约146亿元', false],
    ['多少吨', '吨位更大的船舶', false],
    ['几个小时', '全天候小时服务', false],
  ])('asked with %s, %s → %s', (asked, text, written) => {
    expect(writesUnit(normalize(text), askedUnit(asked)!)).toBe(written);
  });
});
