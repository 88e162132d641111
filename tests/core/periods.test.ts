import { describe, expect, it } from 'vitest';
import { monthSpans, spansOfFigure } from '../../src/core/periods.js';

describe('month spans', () => {
  it.each([
    ['the first half', '今年上半年进出口约370亿元', [[1, 6]]],
    ['the second half', '下半年增速回升', [[7, 12]]],
    ['the first three quarters', '前三季度增长8.7%', [[1, 9]]],
    ['the first two quarters in digits', '前2季度', [[1, 6]]],
    ['a quarter', '三季度环比增长', [[7, 9]]],
    ['a numbered quarter', '第一季度', [[1, 3]]],
    ['months from one to another', '1至10月，芜湖港完成外贸集装箱吞吐量', [[1, 10]]],
    ['months with a dash', '1-9月累计', [[1, 9]]],
    ['months in numerals', '一至九月', [[1, 9]]],
    ['the first months', '前10个月', [[1, 10]]],
    ['two periods', '上半年增长5%，1至10月增长6%', [[1, 6], [1, 10]]],
    ['the same period twice', '上半年……上半年', [[1, 6]]],
  ])('reads %s', (_what, text, spans) => {
    expect(monthSpans(text).map(({ from, to }) => [from, to])).toEqual(spans);
  });

  it.each([
    ['a date', '11月20日至22日'],
    ['a single month', '今年3月开通'],
    ['a year', '2025年'],
    ['a quarter of something', '四分之一'],
    ['no period', '杭州跨境电商进出口约1420亿元'],
  ])('reads no span in %s', (_what, text) => {
    expect(monthSpans(text)).toEqual([]);
  });
});

describe('the months of a figure', () => {
  const text = '今年1至10月，芜湖港完成外贸集装箱吞吐量约26.4万标箱；芜湖综合保税区同期进出口约310亿元。松江综合保税区今年上半年进出口约370亿元。开通以来已通关包裹约1.8亿件。';

  it.each([
    ['its own sentence’s', '松江综合保税区今年上半年进出口约370亿元。', [[1, 6]]],
    ['those named before it in its full sentence (同期)', '芜湖综合保税区同期进出口约310亿元。', [[1, 10]]],
    ['none from an earlier full sentence', '开通以来已通关包裹约1.8亿件。', []],
    ['none for a sentence the text does not write', '别处的句子。', []],
  ])('are %s', (_what, sentence, spans) => {
    expect(spansOfFigure(text, sentence).map(({ from, to }) => [from, to])).toEqual(spans);
  });
});
