import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-types.js';
import type { Answer } from '../../src/core/types.js';
import { EvalQuestionSchema, parseJsonLines } from '../../src/eval/questions.js';
import { scoreByGroup, scoreRetrieval } from '../../src/eval/retrieval-score.js';
import { openWithSecondArticle } from '../../src/eval/second-article.js';
import { realEngine } from '../support/real-engine.js';

// The floors reached with eval/second's article added to the corpus (npm run eval, last two
// tables); a change that falls below one fails CI.
const questionsOf = (folder: string) =>
  parseJsonLines(readFileSync(`${folder}/questions.jsonl`, 'utf8'), EvalQuestionSchema, `${folder}/questions.jsonl`);
const own = questionsOf('eval/second');
const first = questionsOf('eval/public');

let engine: Engine;
let alone: Engine;
let secondAlone: Engine;
beforeAll(async () => {
  const opened = await openWithSecondArticle('corpus', 'eval/second');
  if (opened.kind === 'error') throw new Error(opened.message);
  engine = opened.engine;
  alone = await realEngine();
});

const score = (questions: typeof own, over: Engine = engine) =>
  scoreByGroup(questions.map((q) => ({ groups: [q.lang], evidence: q.evidence, answer: over.ask(q.q) })));
const firstPassage = (answer: Answer) => (answer.kind === 'answer' ? (answer.passages[0]?.text ?? '') : '');

describe('a corpus of two articles', () => {
  it.each([
    ['all', 0.97, 1],
    ['zh', 1, 1],
    ['zh-Hant', 1, 1],
    ['en', 0.91, 1],
  ])('keeps hit@1 and hit@3 of the second article’s %s questions at or above %d and %d', (group, hit1, hit3) => {
    const row = score(own).find((r) => r.group === group)!;
    expect(row.scores.hit1).toBeGreaterThanOrEqual(hit1);
    expect(row.scores.hit3).toBeGreaterThanOrEqual(hit3);
  });

  it('abstains on every one of the second article’s unanswerable questions and on at most 0.05 of the others', () => {
    const scores = scoreRetrieval(own.map((q) => ({ groups: [], evidence: q.evidence, answer: engine.ask(q.q) })));
    expect(scores.abstention).toBe(1);
    expect(scores.falseAbstention).toBeLessThanOrEqual(0.05);
  });

  // One English question ('How many international train routes…') lost its counter when 'routes'
  // came to render 航线 (head of 'shipping route') before 路; see the commit that set these floors.
  it.each([
    ['all', 0.88],
    ['zh', 0.92],
    ['en', 0.8],
  ])('keeps hit@1 of the first article’s %s questions at or above %d', (group, hit1) => {
    expect(score(first).find((r) => r.group === group)!.scores.hit1).toBeGreaterThanOrEqual(hit1);
  });

  it('abstains on every unanswerable question of the first article with the second beside it', () => {
    expect(score(first).find((r) => r.group === 'all')!.scores.abstention).toBe(1);
  });

  it.each([
    ['the byline of the report the question names', '这篇新能源汽车的报道是谁写的', '本报记者林静远'],
    ['the byline of the report named in English', 'Who wrote the report on new energy vehicles?', '本报记者林静远'],
    ['an office after a city name (芜湖市长)', '芜湖市长说了什么', '市长陆宏达说'],
    ['a word the question cuts in the wrong place (整车厂)', '合肥有几家整车厂', '已集聚整车企业8家'],
    ['a name asked for in English (white paper)', 'What is the name of the white paper?', '长三角新能源汽车产业链协同发展白皮书'],
    ['a name asked for in Chinese (叫什么名字)', '白皮书叫什么名字', '长三角新能源汽车产业链协同发展白皮书'],
    ['a count of people asked in English (how many people … attended)', 'How many people took part in the supply and demand matchmaking meeting?', '约800人参会'],
    ['a count of cars asked in English, counted in 辆', 'How many NEVs were exported through Shanghai port?', '42.6万辆'],
    ['the noun counted in English, not a noun after its verb (engineers, not cities)', 'How many engineers share across cities?', '1500余名工程师'],
    ['a count measured in length, not in its counter (roads: 公里, not 条)', 'How many test roads are open for connected cars?', '测试道路超过2000公里'],
    ['a span of time before 多少 read as when, not as what is measured (一年)', '动力电池回收基地一年能处理多少', '年处理退役电池能力合计达到8万吨'],
    ['the mayor, not a deputy mayor of the same city (市长 in 副市长)', '苏州市长说了什么', '市长吴庆文说'],
    ['the mayor asked about in English, not a deputy', 'Who is the mayor of Suzhou?', '市长吴庆文说'],
    ['a deputy when the question asks for one', '苏州副市长说了什么', '副市长沈晓岚表示'],
    ['a vice mayor, the dictionary’s deputy mayor', 'What did the vice mayor of Suzhou say?', '副市长沈晓岚表示'],
    ['Taiwan’s words for the mainland’s (智慧駕駛軟體 for 智能驾驶软件)', '杭州有多少家智慧駕駛軟體企業', '智能驾驶软件研发的企业超过200家'],
    ['the person the question names, not another with the same office', '刘多副市长的建议是什么', '上海市副市长刘多提出'],
  ])('answers with %s', (_what, question, evidence) => {
    expect(firstPassage(engine.ask(question))).toContain(evidence);
  });

  it('answers a question about two cities with passages about each (苏州和湖州…各做了什么)', () => {
    const answer = engine.ask('苏州和湖州在电池上各做了什么');
    const top = answer.kind === 'answer' ? answer.passages.slice(0, 2).map((passage) => passage.text) : [];
    expect(top.some((text) => text.includes('湖州则在电池材料上做文章'))).toBe(true);
    expect(top.some((text) => text.includes('苏州将把固态电池作为下一步攻关重点'))).toBe(true);
  });

  it.each([
    ['a share (占全国多少), not the growth beside it', '长三角新能源车产量占全国多少', '四成'],
    ['a rate (配套率), not the year it is compared with', '芜湖本地配套率现在是多少', '55%'],
    ['a count of members, not how many years the alliance has existed', 'How many members does the NEV industry alliance have?', '312家'],
    ['no figure for a question that asks where', 'Where was the fund set up?', null],
    ['the figure reached, not the goal in the passage beside it', '合肥新能源汽車產量是多少', '89.7万辆'],
    ['the goal when the question asks for one', '合肥2027年新能源汽车产量目标是多少', '200万辆'],
    ['no figure for a question that asks a name', '白皮书叫什么名字', null],
    ['the growth rate when asked how much something grew', 'How much did YoY growth reach for NEV output in the YRD?', '31.5%'],
    ['an abbreviation spelled out (SMEs)', 'How much in loans did banks issue to SMEs?', '320亿元'],
    ['a count in the counter asked with (笔), not a distance in the same sentence', '供需对接平台促成了多少笔采购订单', '1260笔'],
    ['the measure before a noun any quantity takes (出口金额)', '金华零部件出口金额是多少', '47.3亿元'],
    ['the measure before a noun any quantity takes (产能水平)', '湖州正极材料产能水平是多少', '25万吨'],
  ])('leads with %s', (_what, question, raw) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answer' ? (answer.direct?.raw ?? null) : null).toBe(raw);
  });

  it.each([
    ['a measure given for the region but not the city asked about', '苏州有多少个充电桩'],
    ['a measure the city’s passages never state', '合肥新能源汽车出口了多少辆'],
    ['a count of cars where the city’s passages count none (in Chinese)', '金华今年生产了多少辆电动汽车'],
    ['a count of cars where the city’s passages count none (in English)', 'How many electric cars did Jinhua produce this year?'],
    ['what an English question asks for, when no word of the corpus renders it (price)', 'What is the price of an electric car in Hefei?'],
    ['what a Chinese question asks for, when only a loose synonym renders it (人口)', '合肥的人口有多少'],
    ['a count of a noun phrase the city’s passages never write whole (高新技术企业)', '宣城有多少家高新技术企业'],
  ])('says the article does not give %s', (_what, question) => {
    expect(engine.ask(question)).toMatchObject({ kind: 'no-answer', reason: 'figure-not-given' });
  });
});

// tests/eval/floors.test.ts holds the public set's older floors; these are the ones reached since.
describe('the public evaluation set alone', () => {
  it.each([
    ['all', 0.96],
    ['zh', 0.96],
    ['en', 0.96],
  ])('keeps hit@1 of %s at or above %d', (group, hit1) => {
    expect(score(first, alone).find((r) => r.group === group)!.scores.hit1).toBeGreaterThanOrEqual(hit1);
  });
});

// npm run eval's last table: the second article as a user's only article.
describe('the second article alone', () => {
  // Its own hook: building a second engine in the file's would crowd one hook's time limit.
  beforeAll(async () => {
    const only = await openWithSecondArticle('corpus', 'eval/second', { alone: true });
    if (only.kind === 'error') throw new Error(only.message);
    secondAlone = only.engine;
  });

  it.each([
    ['all', 0.95, 0.97],
    ['zh', 1, 1],
    ['en', 0.83, 0.91],
  ])('keeps hit@1 and hit@3 of %s at or above %d and %d', (group, hit1, hit3) => {
    const row = score(own, secondAlone).find((r) => r.group === group)!;
    expect(row.scores.hit1).toBeGreaterThanOrEqual(hit1);
    expect(row.scores.hit3).toBeGreaterThanOrEqual(hit3);
  });

  it('abstains on every one of its unanswerable questions and on at most 0.05 of the others', () => {
    const { scores } = score(own, secondAlone).find((r) => r.group === 'all')!;
    expect(scores.abstention).toBe(1);
    expect(scores.falseAbstention).toBeLessThanOrEqual(0.05);
  });

  it('wants the word asked for written, not a loose synonym found inside other words (驶出 in 无人驾驶出租车)', () => {
    expect(secondAlone.ask('合肥新能源汽车出口了多少辆')).toMatchObject({ kind: 'no-answer', reason: 'figure-not-given' });
  });
});
