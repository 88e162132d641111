/**
 * What may follow a numeral, and what it makes the figure: currencies, physical units, counters.
 * Tables rather than code, so a new unit is one line. Every table is matched longest form first.
 */
import type { FigureUnit } from '../types.js';

/** A currency word and the ISO code it stands for; 元 alone is renminbi. */
export const CURRENCIES: readonly (readonly [string, FigureUnit])[] = [
  ['元人民币', 'CNY'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['日元', 'JPY'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['英镑', 'GBP'],
];

/** Physical units; the value is kept in the unit as written (3万吨 → 30000 tonnes). */
export const MEASURES: readonly (readonly [string, FigureUnit])[] = [
  ['平方公里', 'area-km2'],
  ['平方千米', 'area-km2'],
  ['平方米', 'area-m2'],
  ['立方米', 'm3'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['公顷', 'area-ha'],
  ['亩', 'area-mu'],
  ['吨', 'tonnes'],
  ['公斤', 'kg'],
  ['千克', 'kg'],
  // The market weight (half a kilogram) farm produce is sold by: 亩产超过1200斤.
  ['斤', 'jin'],
  ['标箱', 'TEU'],
  ['TEU', 'TEU'],
  ['千瓦时', 'kWh'],
  ['千瓦', 'kW'],
  ['兆瓦', 'MW'],
  // Full-time-equivalent staff (研发人员全时当量148万人年), not a count of people.
  ['人年', 'person-years'],
  // Concentrations, as environmental reports write them (总磷0.051毫克/升, PM2.5 28微克/立方米).
  // Units written in Latin letters, kept as written (智能算力5000PFLOPS, 装机180MW).
  ['PFLOPS', 'PFLOPS'],
  ['EFLOPS', 'EFLOPS'],
  ['TFLOPS', 'TFLOPS'],
  ['GW', 'GW'],
  ['MW', 'MW'],
  ['kW', 'kW'],
  ['GWh', 'GWh'],
  ['MWh', 'MWh'],
  ['kWh', 'kWh'],
  ['PB', 'PB'],
  ['EB', 'EB'],
  ['TB', 'TB'],
  ['Gbps', 'Gbps'],
  ['Mbps', 'Mbps'],
  ['km', 'km'],
  ['kg', 'kg'],
  ['毫克/升', 'mg/L'],
  ['毫克每升', 'mg/L'],
  ['微克/立方米', 'ug/m3'],
  ['微克每立方米', 'ug/m3'],
];

/** Counters that count people: the figure's unit is `people`. */
export const PERSON_COUNTERS: readonly string[] = ['人', '名', '位'];

/** Counters of people's visits, unit `person-trips`; 车次, 架次, 艘次 count runs of vehicles. */
export const TRIP_COUNTERS: readonly string[] = ['人次', '万人次'];

/** Counters of things: the figure's unit is `count` and the counter is kept. */
export const COUNTERS: readonly string[] = [
  '个', '家', '项', '条', '件', '座', '所', '种', '类', '台', '辆', '架', '艘', '套', '份',
  '篇', '部', '本', '张', '处', '户', '场', '次', '届', '期', '批', '轮', '支', '款', '株',
  '栋', '幢', '家次', '项次', '批次', '例', '起', '宗', '只', '头', '枚', '颗', '门', '道', '片', '块', '组',
  '对', '根', '盏', '辆次', '笔', '间', '车次', '架次', '艘次', '列', '班', '票',
  // Orders, as e-commerce counts them (接到订单2.3万单).
  '单',
];

/** Counters after 第N that make a rank (a place in a league table) rather than an edition. */
export const RANK_COUNTERS: readonly string[] = ['位', '名'];

/** Counters after 第N that make an ordinal: an edition, a session, a batch. */
export const ORDINAL_COUNTERS: readonly string[] = ['届', '次', '期', '批', '轮', '个', '家', '条', '项', '版', '阶段', '代'];

/** Nouns whose count is a count of people, so a bare 36万 after them is 360000 people. */
export const PERSON_NOUNS =
  /(?:人|人口|人才|人员|年轻人|青年|学生|毕业生|游客|旅客|居民|职工|员工|工人|从业者|劳动力|就业|志愿者|会员|用户|粉丝|患者|选手|观众|参观者|访客)$/u;

/** Alternation source of a list of forms, longest first so that 人次 wins over 人. */
export function alternation(forms: readonly string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}

/** Looks a form up in a (form, unit) table. */
export function unitOf(table: readonly (readonly [string, FigureUnit])[], form: string): FigureUnit | null {
  return table.find(([word]) => word === form)?.[1] ?? null;
}
