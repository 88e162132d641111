import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-types.js';
import type { Answer } from '../../src/core/types.js';
import { realEngine } from '../support/real-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

/** Asks `turn` in a conversation whose last turn was `previous`. */
const after = (previous: string, turn: string): Answer => engine.ask(turn, engine.topicOf(engine.ask(previous)));
const resolved = (answer: Answer) => (answer.kind === 'invalid' ? null : answer.understood?.resolved ?? null);
const firstPassage = (answer: Answer) => (answer.kind === 'answer' ? answer.passages[0]?.text ?? '' : '');
const direct = (answer: Answer) => (answer.kind === 'answer' ? answer.direct?.raw ?? null : null);

describe('a turn that names only another period', () => {
  it.each([
    ['今年以来芜湖技术合同成交额达到多少？', '去年呢？', '去年', '今年'],
    ['今年以来芜湖技术合同成交额达到多少？', '上一年呢？', '去年', '今年'],
    ['How much technology contract turnover did Wuhu reach this year?', 'What about last year?', 'last year', 'this year'],
  ])('reads "%s" then "%s" as the same question for %s, not %s', (previous, turn, period, replaced) => {
    const reading = resolved(after(previous, turn));
    expect(reading).toContain(period);
    expect(reading).not.toContain(replaced);
    expect(reading).toContain(previous.includes('芜湖') ? '芜湖技术合同成交额' : 'Wuhu');
  });
});

describe('pronouns', () => {
  it.each([
    ['他', '到会的科技部副部长是谁？', '他说了什么？', '吴朝晖', '九城市开放、共享、共生、共创'],
    ['她', '芜湖市委书记是谁？', '她介绍了什么？', '宁波', '技术合同成交额达33亿元'],
    ['它', '湖州参与共建了几个产业联盟？', '它有多少家新型研发机构？', '湖州', '56家新型研发机构'],
    ['那里', '湖州参与共建了几个产业联盟？', '那里有多少家高新技术企业？', '湖州', '1611家国家高新技术企业'],
    ['it', 'Which city has 1611 high-tech firms?', 'How many R&D institutions does it have?', '湖州', '56家新型研发机构'],
    ['they', 'How many industrial alliances has Huzhou joined?', 'How many high-tech firms do they have?', '湖州', '1611家国家高新技术企业'],
    ['that', 'How many young people with a bachelor’s degree or above does Hangzhou gain each year?', 'Who said that?', '杭州', '杭州市副市长胥伟华说'],
    ['it', 'How many passenger trips a year is the Songjiang high-speed rail hub expected to handle?', 'When will it open?', '高铁', '高铁客运枢纽明年年底建成通车'],
  ])('reads %s as the last person, city, body or subject', (_pronoun, previous, turn, referent, evidence) => {
    const answer = after(previous, turn);
    expect(resolved(answer)).toContain(referent);
    expect(firstPassage(answer)).toContain(evidence);
  });

  it('lets a demonstrative before a noun of the turn’s own only lean on the last turn', () => {
    expect(firstPassage(after('湖州有多少家高新技术企业', '这是第几届进博会'))).toBe(firstPassage(engine.ask('这是第几届进博会')));
  });
});

describe('a turn that names only a new measure or a new place', () => {
  it.each([
    ['松江重大项目投资额多少？', '合同外资呢？', '松江', '62.4%'],
    ['九城市贸易进出口额是多少？', '利用外资呢？', '九城市', '54.5%'],
    ['湖州参与共建了几个产业联盟？', 'What about technology achievement demonstration bases?', '湖州', '四个'],
  ])('keeps the last city: "%s" then "%s" asks about %s and leads with %s', (previous, turn, city, figure) => {
    const answer = after(previous, turn);
    expect(resolved(answer)?.startsWith(city)).toBe(true);
    expect(direct(answer)).toBe(figure);
  });

  it.each([
    ['九城市成立了多少个产业联盟？', '那湖州呢？', '两个'],
    ['芜湖技术合同成交额是多少？', '比去年同期呢？', '两番'],
  ])('keeps the last measure: "%s" then "%s" leads with %s', (previous, turn, figure) => {
    expect(direct(after(previous, turn))).toBe(figure);
  });

  it('compares the last city only, never leading with another city’s comparison', () => {
    expect(direct(after('湖州新型研发机构有几家？', '比去年同期呢？'))).toBeNull();
  });
});

describe('a turn that names no subject of its own', () => {
  it.each([
    ['芜湖与兄弟城市的技术合同成交额较去年同期增长了多少？', '今年以来累计达到多少？', '技术合同成交额达33亿元'],
    ['长三角航空航天材料质量提升示范试点项目是谁牵头的？', '验收通过了吗？', '高分通过市场监管验收'],
    ['G60联合攻关清单有多少项？', '覆盖哪些重点领域？', '覆盖人工智能、生物医药、高端装备'],
    ['金融在G60科创生态里是什么角色？', '具体有哪些产品？', 'G60科创贷、园区贷、质量贷'],
    ['G60在营商环境方面有什么新举措？', '有地方已经率先落地了吗？', '松江区已率先上线跨省通办'],
    ['And utilised foreign investment in the nine cities?', 'Over what period?', '5年间，G60科创走廊九城市新增外资'],
    ['松江规上工业产值规模怎么样？', '在上海排第几？', '规上工业产值规模居上海第二位'],
  ])('reads "%s" then "%s" with the last city and measure', (previous, turn, evidence) => {
    const answer = after(previous, turn);
    expect(resolved(answer)).not.toBeNull();
    expect(firstPassage(answer)).toContain(evidence);
  });

  it('drops the period and verb of the last turn when it brings its own', () => {
    const answer = after('芜湖与兄弟城市的技术合同成交额较去年同期增长了多少？', '今年以来累计达到多少？');
    expect(resolved(answer)).not.toMatch(/增长|去年/u);
    expect(direct(answer)).toBe('33亿元');
  });
});

describe('what the article does not say', () => {
  it.each([
    ['How much has the G60 achievement transformation fund invested so far?', 'And what is its total size?', 'not-in-corpus'],
    ['湖州有多少家高新技术企业？', '那芜湖呢？', 'figure-not-given'],
    ['湖州有多少家高新技术企业？', '那嘉兴呢？', 'unknown-place'],
  ])('abstains on "%s" then "%s" (%s), as the turn alone would', (previous, turn, reason) => {
    expect(after(previous, turn)).toMatchObject({ kind: 'no-answer', reason });
  });
});

describe('a complete question on a new topic', () => {
  it.each([
    ['吴朝晖在会上说了什么？', 'G60有哪些科创贷款产品？'],
    ['松江重大项目投资额多少？', '九城市已成立多少个产业合作示范区？'],
    ['湖州新型研发机构有几家？', '芜湖技术合同成交额是多少？'],
    ['How much did utilised foreign investment in the nine G60 cities grow?', 'Who wrote this article?'],
    ['宣城的GDP是多少', '航空航天材料试点项目验收了吗'],
    ['进博会', 'G60有搞招商推介吗'],
    ['新高铁站能通到多少长三角城市', '联合攻关清单一共多少项'],
    ['G60科创走廊共建几周年了', '翻了两番是多少倍'],
    ['How much trade did the nine cities do?', 'total investment of projects landed in the nine cities this year'],
    ['九个城市之间怎么协调分工', 'How many cities are in the G60 corridor?'],
  ])('after "%s", reads "%s" as it reads alone', (previous, turn) => {
    const answer = after(previous, turn);
    expect(resolved(answer)).toBeNull();
    expect(firstPassage(answer)).toBe(firstPassage(engine.ask(turn)));
  });
});
