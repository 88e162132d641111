import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/core/figures/extract.js';
import type { Figure } from '../../../src/core/types.js';
import { gazetteer } from './gazetteer-fixture.js';

const DATE = '2023-11-08';

function figuresOf(text: string, date: string | null = DATE): Figure[] {
  return extractFigures({ text, date, gazetteer });
}

function only(text: string, date: string | null = DATE): Figure {
  const figures = figuresOf(text, date);
  expect(figures.map((f) => f.raw)).toHaveLength(1);
  const [figure] = figures;
  if (figure === undefined) throw new Error('no figure');
  return figure;
}

describe('extractFigures: values and units', () => {
  it.each([
    ['贸易进出口额达到3.8万亿美元。', '3.8万亿美元', 3_800_000_000_000, 'USD', null, false],
    ['落地项目总投资达到1.29万亿元。', '1.29万亿元', 1_290_000_000_000, 'CNY', null, false],
    ['重大项目投资额达到1328亿元。', '1328亿元', 132_800_000_000, 'CNY', null, false],
    ['全年营收1,250亿元。', '1,250亿元', 125_000_000_000, 'CNY', null, false],
    ['出口额为20亿欧元。', '20亿欧元', 2_000_000_000, 'EUR', null, false],
    ['累计成交额首次突破百亿元。', '百亿元', 10_000_000_000, 'CNY', null, true],
    ['利用外资增长54.5%。', '54.5%', 54.5, 'percent', null, false],
    ['占比提高１．５个百分点。', '１．５个百分点', 1.5, 'percentage-point', null, false],
    ['出口占比接近百分之二十。', '百分之二十', 20, 'percent', null, true],
    ['销量增长近三成。', '三成', 30, 'percent', null, true],
    ['将通达80%以上的主要城市。', '80%以上', 80, 'percent', null, true],
    ['成交额较去年同期翻了两番。', '两番', 4, 'multiple', '番', false],
    ['产量还要翻一番。', '一番', 2, 'multiple', '番', false],
    ['数量已是去年的3倍。', '3倍', 3, 'multiple', '倍', false],
    ['引进了56家新型研发机构。', '56家', 56, 'count', '家', false],
    ['已参与共建两个产业联盟。', '两个', 2, 'count', '个', false],
    ['10余个项目已经落地。', '10余个', 10, 'count', '个', true],
    ['已建立600余个项目储备库。', '600余个', 600, 'count', '个', true],
    ['新签约项目20至30家。', '20至30家', [20, 30], 'count', '家', false],
    ['建成充电站一百二十三座。', '一百二十三座', 123, 'count', '座', false],
    ['促成采购订单1260笔。', '1260笔', 1260, 'count', '笔', false],
    ['带动就业两千余人。', '两千余人', 2000, 'people', '人', true],
    ['每年新增本科以上学历年轻人36万。', '36万', 360_000, 'people', null, false],
    ['年客流量预计达2500万人次。', '2500万人次', 25_000_000, 'person-trips', '人次', false],
    ['线路全长约210公里。', '210公里', 210, 'km', null, true],
    ['园区面积达12平方公里。', '12平方公里', 12, 'area-km2', null, false],
    ['每年运送货物500万吨。', '500万吨', 5_000_000, 'tonnes', null, false],
    ['约占全国的四分之一左右。', '四分之一左右', 25, 'percent', null, true],
    ['一半以上的企业参与。', '一半以上', 50, 'percent', null, true],
    ['约占全市出口的八成。', '八成', 80, 'percent', null, true],
    ['占全市出口的八成。', '八成', 80, 'percent', null, false],
    ['送检要排队半年。', '半年', 0.5, 'year', '年', false],
    ['每90秒下线一台。', '90秒', 90, 'second', '秒', false],
    ['力争3年内完成。', '3年内', 3, 'year', '年', false],
    ['开行中欧班列1580列。', '1580列', 1580, 'count', '列', false],
    ['每天往来货船1800艘次。', '1800艘次', 1800, 'count', '艘次', false],
    ['物流园占地约860亩。', '860亩', 860, 'area-mu', null, true],
    ['单程坐车就要3个多小时。', '3个多小时', 3, 'hour', '小时', true],
    ['办理时间过去要2个工作日。', '2个工作日', 2, 'day', '工作日', false],
    ['按每人每月300元至500元的标准发放补贴。', '300元至500元', [300, 500], 'CNY', null, false],
    ['研发人员全时当量达到52万人年。', '52万人年', 520_000, 'person-years', null, false],
    ['吞吐量达到320万标箱。', '320万标箱', 3_200_000, 'TEU', null, false],
    ['今年是走廊建设5周年。', '5周年', 5, 'year', '周年', false],
    ['全市粮食平均亩产达到468公斤。', '468公斤', 468, 'kg', null, false],
    ['他家水稻亩产超过1200斤。', '1200斤', 1200, 'jin', null, true],
    ['一场直播最多接到订单2.3万单。', '2.3万单', 23_000, 'count', '单', false],
    ['务农人员平均年龄超过60岁。', '60岁', 60, 'year', '岁', true],
    ['城乡居民收入比为1.53。', '1.53', 1.53, 'ratio', null, false],
    ['平均PUE降至1.25。', '1.25', 1.25, 'ratio', null, false],
    ['智能算力规模超过1.2万PFLOPS。', '1.2万PFLOPS', 12_000, 'PFLOPS', null, true],
    ['新增装机约180MW。', '180MW', 180, 'MW', null, true],
    ['网络时延已降至5毫秒以内。', '5毫秒以内', 5, 'millisecond', '毫秒', true],
  ])('extracts %s as %s', (text, raw, value, unit, counter, approx) => {
    expect(only(text)).toMatchObject({ raw, value, unit, counter, approx });
  });
});

describe('extractFigures: ranks, ordinals, dates and periods', () => {
  it.each([
    ['规上工业产值规模居上海第二位。', '第二位', 2, 'rank'],
    ['产值排名全国第一。', '第一', 1, 'rank'],
    ['第六届进口博览会开幕。', '第六届', 6, 'ordinal'],
    ['专责小组第四次会议召开。', '第四次', 4, 'ordinal'],
    ['11月8日，大会举行。', '11月8日', '2023-11-08', 'date'],
    ['2024年11月6日，大会举行。', '2024年11月6日', '2024-11-06', 'date'],
    ['上半年，营收增长。', '上半年', '2023-01-01/2023-06-30', 'period'],
    ['去年上半年，营收增长。', '去年上半年', '2022-01-01/2022-06-30', 'period'],
    ['截至9月底，营收增长。', '9月底', '2023-09-30', 'date'],
    ['营收已是2021年底的水平。', '2021年底', '2021-12-31', 'date'],
    ['今年6月，基金设立。', '今年6月', '2023-06-01/2023-06-30', 'period'],
    ['行动计划（2024—2026年）发布。', '2024—2026年', '2024-01-01/2026-12-31', 'period'],
    ['2022年以来，营收增长。', '2022年以来', '2022-01-01/2023-11-08', 'period'],
    ['产量居全省首位。', '首位', 1, 'rank'],
    ['前三季度，营收增长。', '前三季度', '2023-01-01/2023-09-30', 'period'],
    ['1-9月，营收增长。', '1-9月', '2023-01-01/2023-09-30', 'period'],
    ['２０２４年，营收增长。', '２０２４年', 2024, 'year'],
  ])('extracts %s as %s', (text, raw, value, unit) => {
    expect(only(text)).toMatchObject({ raw, value, unit });
  });

  it('dates 11月8日 by a year written in its sentence when the text has no date', () => {
    expect(figuresOf('11月8日，2021年度大会举行。', null)[0]?.value).toBe('2021-11-08');
    expect(figuresOf('11月8日，2021年度大会举行。', null).map((f) => f.raw)).toEqual(['11月8日', '2021年度']);
  });

  it('dates 11月8日 by the nearest year of the text when it has no date', () => {
    expect(figuresOf('2022年是关键一年。\n11月8日，大会举行。', null).find((f) => f.unit === 'date')?.value).toBe('2022-11-08');
  });

  it('dates 9月底 by the document, not by a year the sentence compares with (是2020年底的2.3倍)', () => {
    expect(figuresOf('截至9月底，装机容量是2020年底的2.3倍。').find((f) => f.raw === '9月底')?.value).toBe('2023-09-30');
  });

  it('leaves a date partial, in ISO form without a year, when nothing gives the year', () => {
    expect(only('11月8日，大会举行。', null).value).toBe('--11-08');
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    ['长三角G60科创走廊观察。'],
    ['G15沈海高速与S32申嘉湖高速交汇。'],
    ['强化“1+7+N”产业联盟体系。'],
    ['九城市共建共享科创走廊。'],
    ['一批新成果亮相。'],
    ['企业代表聚集一堂。'],
    ['区域一体化高质量发展。'],
    ['一条跨区域的科创走廊。'],
    ['一年间，各地步步推进。'],
    ['一年来，各地协力建设。'],
    ['过去一年，走廊先后亮相。'],
    ['要进一步强化政策协同。'],
    ['实施汽车零部件专项行动。'],
    ['新签约亿元以上项目。'],
    ['5G基站覆盖全域。'],
    ['连着千家万户。'],
    ['供给与应用“两张皮”。'],
    ['二期建成后算力规模更大。'],
    ['平均增长2.5，同比持平。'],
  ])('finds no figure in %s', (text) => {
    expect(figuresOf(text).map((f) => f.raw)).toEqual([]);
  });
});

describe('extractFigures: sentence and span', () => {
  it('keeps the verbatim sentence and where raw sits in it', () => {
    const [figure] = figuresOf('前言。新增外资企业注册资本增长25%，利用外资增长54.5%。');
    expect(figure).toMatchObject({ raw: '25%', sentence: '新增外资企业注册资本增长25%，利用外资增长54.5%。' });
    expect(figure?.sentence.slice(figure.span.start, figure.span.end)).toBe('25%');
  });
});
