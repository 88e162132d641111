import { describe, expect, it } from 'vitest';
import { classifyWord, readCues, type Cues } from '../../src/core/follow-up-cues.js';
import type { Concept, ConceptRole } from '../../src/core/query.js';

// A few CC-CEDICT glosses, as the dictionary gives them.
const GLOSSES: Readonly<Record<string, readonly string[]>> = {
  覆盖: ['to cover'],
  累计: ['to calculate the running total', 'cumulative', 'the total', 'in total'],
  达到: ['to reach', 'to achieve', 'to attain'],
  验收: ['to inspect and accept', 'acceptance'],
  通过: ['to pass through', 'to get through', 'to adopt (a resolution)', 'to pass (legislation)'],
  直通: ['to lead directly to'],
  联合: ['to combine', 'to join', 'unite', 'alliance'],
  增长: ['to grow', 'to increase'],
  排: ['to arrange', 'to line up', 'row', 'line'],
  全国: ['whole nation', 'nationwide', 'countrywide', 'national'],
  产品: ['goods', 'merchandise', 'product'],
  领域: ['domain', 'sphere', 'field', 'territory'],
  口岸: ['a port for external trade'],
  贷款: ['a loan', 'to provide a loan (e.g. bank)', 'to raise a loan (from e.g. a bank)'],
  同期: ['the corresponding time period (in a different year etc)', 'concurrent', 'synchronous'],
  地方: ['region', 'regional (away from the central administration)', 'local', 'place'],
  副部长: ['assistant (government) minister'],
};
const senses = (word: string) => GLOSSES[word] ?? [];

/** A concept as the question reader makes it; only its source, role and weight matter here. */
const concept = (source: string, role: ConceptRole = 'subject', weight = 3): Concept => ({
  source,
  role,
  forms: [{ text: source, strength: 1 }],
  key: role === 'place' ? source : null,
  weight,
});
const cues = (question: string, ...concepts: Concept[]): Cues => readCues(question, concepts, senses);

describe('classifyWord', () => {
  it.each([
    ['覆盖', 'predicate', 'a word glossed "to …"'],
    ['累计', 'predicate', 'a word whose first sense is "to …"'],
    ['验收', 'predicate', 'a word glossed "to …" first and as a thing after'],
    ['产品', 'noun', 'a word glossed as a thing'],
    ['贷款', 'noun', 'a word glossed as a thing first and a verb after'],
    ['今年', 'time', 'a Chinese time word'],
    ['同期', 'time', 'a word glossed as a period'],
    ['period', 'time', 'an English time word'],
    ['g60', 'noun', 'a word no dictionary knows'],
  ])('reads %s as %s (%s)', (word, kind) => {
    expect(classifyWord(word, senses)).toBe(kind);
  });
});

describe('readCues', () => {
  it.each([
    ['那湖州呢？', 'a leading 那 and a trailing 呢'],
    ['利用外资呢？', 'a trailing 呢'],
    ['还有哪些项目？', 'a leading 还有'],
    ['and utilised foreign investment?', 'a leading and'],
    ['what about technology achievement demonstration bases?', 'a leading what about'],
  ])('marks %s as elliptical (%s)', (question) => {
    expect(cues(question).elliptical).toBe(true);
  });

  it.each([
    ['湖州参与共建产业联盟了吗？'],
    ['g60有搞招商推介吗'],
  ])('does not take the 吗 of a yes/no question for ellipsis: %s', (question) => {
    expect(cues(question).elliptical).toBe(false);
  });

  it.each([
    ['他说了什么？', 'person'],
    ['她讲了什么观点？', 'person'],
    ['who is his deputy?', 'person'],
    ['它推动哪些成果的转化？', 'thing'],
    ['那里有多少家高新技术企业？', 'thing'],
    ['这是谁介绍的？', 'thing'],
    ['how many r&d institutions does it have?', 'thing'],
    ['who is its party secretary?', 'thing'],
    ['how many firms do they have?', 'thing'],
    ['who said that?', 'thing'],
  ])('finds the pronoun of %s (%s)', (question, kind) => {
    const read = cues(question);
    expect([read.personPronoun, read.thingPronoun]).toEqual([kind === 'person', kind === 'thing']);
  });

  it.each([
    ['who wrote this article?'],
    ['这篇稿子是谁写的'],
    ['total investment of projects landed in the nine cities this year'],
    ['how many projects are there in the corridor?'],
    ['其他城市有哪些项目？'],
  ])('finds no pronoun in %s, where the words point at the article, the calendar or nothing', (question) => {
    const read = cues(question);
    expect([read.personPronoun, read.thingPronoun]).toEqual([false, false]);
  });

  it.each([
    ['去年呢？', '去年'],
    ['上一年呢？', '去年'],
    ['那前一年呢', '去年'],
    ['what about last year?', 'last year'],
  ])('reads %s as the same question for another period, %s', (question, period) => {
    expect(cues(question)).toMatchObject({ periodOnly: true, period, comparison: false });
  });

  it('reads 比去年同期呢 as a comparison, not a new period', () => {
    expect(cues('比去年同期呢？', concept('比', 'subject', 1), concept('去年'), concept('同期'))).toMatchObject({
      periodOnly: false,
      comparison: true,
    });
  });

  it.each([
    ['今年以来累计达到多少？', 'only time words and verbs', [concept('今年'), concept('以来'), concept('累计'), concept('达到')]],
    ['覆盖哪些重点领域？', 'a verb that asks for its object', [concept('覆盖'), concept('领域')]],
    ['验收通过了吗？', 'verbs alone', [concept('验收'), concept('通过')]],
    ['能直通哪些口岸？', 'a modal before the verb', [concept('直通'), concept('口岸')]],
    ['具体有哪些产品？', '有 before the noun', [concept('产品')]],
    ['有地方已经率先落地了吗？', 'an existential 有', [concept('地方'), concept('率先')]],
    ['over what period?', 'an English fragment without a verb', [concept('period', 'subject', 1.5)]],
    ['同比增长多少？', 'a period and a verb', [concept('同比'), concept('增长')]],
    ['在全国排第几？', 'a noun after a leading preposition', [concept('全国'), concept('排', 'subject', 1)]],
  ])('reads %s as naming no subject (%s)', (question, _why, concepts) => {
    expect(cues(question, ...concepts).subjectless).toBe(true);
  });

  it.each([
    ['g60有哪些科创贷款产品？', 'a name before 有', [concept('g60', 'number'), concept('科创'), concept('贷款'), concept('产品')]],
    ['联合攻关清单一共多少项', 'a verb written into the noun', [concept('联合'), concept('攻关'), concept('清单')]],
    ['到会的科技部副部长是谁？', 'a verb that only describes the noun', [concept('到'), concept('会'), concept('科技部'), concept('副部长')]],
    ['芜湖技术合同成交额是多少？', 'a place', [concept('芜湖', 'place'), concept('技术'), concept('合同'), concept('成交额')]],
    ['宁波是谁？', 'a person', [concept('宁波', 'person')]],
    ['这篇稿子是谁写的', 'the article', [concept('写')]],
    ['how many cities are in the g60 corridor?', 'an English verb', [concept('cities', 'subject', 0.5), concept('corridor', 'subject', 0.9)]],
  ])('reads %s as naming its subject (%s)', (question, _why, concepts) => {
    expect(cues(question, ...concepts).subjectless).toBe(false);
  });

  it.each([
    ['他介绍了什么数据？', true],
    ['那湖州呢？', false],
    ['what about technology achievement demonstration bases?', false],
    ['over what period?', true],
  ])('tells whether %s asks its own kind of thing: %s', (question, asks) => {
    expect(cues(question).asksItself).toBe(asks);
  });
});
