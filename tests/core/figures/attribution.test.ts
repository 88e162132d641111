import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/core/figures/extract.js';
import { gazetteer } from './gazetteer-fixture.js';

function figure(text: string, raw: string) {
  const found = extractFigures({ text, date: '2024-10-20', gazetteer }).find((f) => f.raw === raw);
  if (found === undefined) throw new Error(`no ${raw} in ${text}`);
  return found;
}

// A made-up news paragraph, not from the corpus: a quote, a list of cities, a district, a person
// named like a district (宁国 after 书记) and a paragraph without any place.
const NEWS = [
  '10月18日，第三届长三角数字经济大会在合肥开幕。今年前三季度，合肥集成电路产量达到58.6万片，同比增长近三成。',
  '“今年以来，我们的技术合同成交额达12亿元。”安徽省芜湖市委书记宁国说。',
  '上半年，苏州工业园区实现营收816亿元。',
  '其中，20余个项目已先后在嘉兴、金华落地。',
  '宣城市委书记宁国表示，全市新增企业300家。',
  '九城市已成立16个产业园区联盟。',
  '业内人士认为，区域内充电桩数量已是2020年的3倍。',
].join('\n');

describe('extractFigures: entity', () => {
  it.each([
    ['58.6万片', '合肥', 'the subject of its clause'],
    ['三成', '合肥', 'the subject of an earlier clause of the sentence'],
    ['12亿元', '芜湖', "the quoted speaker's city, though the quote says 我们"],
    ['816亿元', '苏州', 'the city of a district (苏州工业园区)'],
    ['20余个', '嘉兴、金华', 'all the cities of a list after it'],
    ['300家', '宣城', 'the office before a person named like a place (宁国)'],
    ['16个', 'G60九城市', 'the group named 九城市'],
    ['第三届', '长三角数字经济大会', 'the event an edition numbers'],
    ['10月18日', '长三角数字经济大会', 'the event the date is the day of'],
    ['3倍', null, 'no one in a paragraph that names no place'],
  ] as const)('attributes %s to %s: %s', (raw, entity, _reason) => {
    expect(figure(NEWS, raw).entity).toBe(entity);
  });
});

describe('extractFigures: metric', () => {
  it.each([
    ['贸易进出口额达到3.8万亿美元。', '3.8万亿美元', '贸易进出口额'],
    ['九城市落地项目总投资达到1.29万亿元。', '1.29万亿元', '落地项目总投资'],
    ['利用外资增长54.5%。', '54.5%', '利用外资增长'],
    ['先后引进和培育了56家新型研发机构。', '56家', '新型研发机构'],
    ['已参与共建两个产业联盟、四个科技成果示范基地。', '四个', '参与共建科技成果示范基地'],
    ['规上工业产值规模居上海第二位。', '第二位', '规上工业产值规模上海排名'],
    ['成功举办第五届G60科创成果拍卖会。', '第五届', 'G60科创成果拍卖会届次'],
    ['营业收入120亿元，同比增长15%。', '15%', '营业收入同比增长'],
    ['我们与兄弟城市的技术合同成交额达33亿元。', '33亿元', '技术合同成交额'],
    ['高铁枢纽明年建成，年客流量预计达2500万人次。', '2500万人次', '高铁枢纽年客流量'],
    ['产量达到58.6万辆，产值突破2000亿元。', '2000亿元', '产值'],
    ['新能源汽车产量达到58.6万辆，产值突破2000亿元。', '2000亿元', '新能源汽车产值'],
  ])('labels %s as %s', (text, raw, metric) => {
    expect(figure(text, raw).metric).toBe(metric);
  });
});
