import { describe, expect, it } from 'vitest';
import { analyzeQuestion, englishCountedNoun } from '../../src/core/query.js';
import { correctHomophones, segment } from '../../src/core/question-words.js';
import { buildPostings } from '../../src/core/postings.js';
import { openVocabulary } from '../../src/core/vocabulary.js';
import { buildVocabularyData } from '../../src/core/vocabulary-build.js';
import { shareFor } from '../../src/core/dictionary-data.js';
import { loadDictionary } from '../../src/corpus/dictionary.js';
import type { Gazetteer } from '../../src/core/gazetteer.js';

// A corpus of three sentences, the real dictionary and a gazetteer of one city.
const gazetteer: Gazetteer = {
  groups: [],
  cities: [{ key: '芜湖', name: '芜湖', province: '安徽省', pinyin: 'Wuhu', english: 'Wuhu', aliases: ['芜湖', '芜湖市'], subAreas: [] }],
};
const texts = ['累计建成公共充电桩68.5万个', '芜湖市市长陆宏达说', '全市已集聚整车企业8家', '芜湖市经济和信息化局局长介绍', '新能源汽车产量达到89.7万辆', '长三角产业链', '新能源汽车出口服务中心', '截至今年9月底累计建成', '利用外资增长54.5%，1611家企业', '一键订舱只要10分钟', '吞吐量居全省首位', '到2027年力争突破200万辆', '太湖水质持续改善，浙江与江苏共治太浦河', '太湖总磷平均浓度降至0.051毫克/升', '公司职员王晓雯说', '黄山市民宿数量已超过3000家', '今年上半年金华婺剧团演出1500余场', '新版年卡售价每张198元', '今年1至10月结算2860万人次', '今年前三季度增长6.2%', '湖州已兑付算力券3600万元', '全市已集聚整车企业8家', '每万人拥有5G基站32个'];
const dictionary = loadDictionary();
const vocabularyOf = (texts: readonly string[], people: readonly string[] = []) =>
  openVocabulary(
    buildVocabularyData({ postings: buildPostings(texts), dictionary: shareFor(dictionary, (word) => texts.some((text) => text.includes(word))), gazetteer, people }),
    texts,
  );
const vocabulary = vocabularyOf(texts, ['陆宏达']);

describe('reading a Chinese question', () => {
  it.each([
    ['充电庄', '充电桩'],
    ['芜胡有多少整车企业', '芜湖有多少整车企业'],
  ])('fixes the homophone typo in %s when the fix joins a corpus string', (typed, fixed) => {
    expect(correctHomophones(typed, vocabulary)).toBe(fixed);
  });

  it.each([
    ['订仓要多长时间', '订舱要多长时间', 'fixes a character the corpus never writes (仓) into a bigram it does write'],
    ['现在要多长时间', '现在要多长时间', 'leaves characters the corpus writes alone (要多 is no typo of 约多)'],
  ])('reads %s as %s: %s', (typed, fixed, _why) => {
    expect(correctHomophones(typed, vocabulary)).toBe(fixed);
  });

  // A corpus that writes 形 (形成) and 到 elsewhere, so neither is a character it never writes.
  const wider = vocabularyOf(['年卡累计发行超过260万张', '形成合力', '开辟绿色通道', '到2027年']);

  it.each([
    ['年卡一共发形了多少张', '年卡一共发行了多少张', 'fixes a character that is next to no word alone (形) into a word the corpus writes'],
    ['高铁站能通到多少城市', '高铁站能通到多少城市', 'leaves a character that is a word alone (到) with its neighbour, though 通道 is written'],
  ])('reads %s as %s: %s', (typed, fixed, _why) => {
    expect(correctHomophones(typed, wider)).toBe(fixed);
  });

  it('finds first place written as 首位 for 排第一', () => {
    const number = analyzeQuestion('哪个城市吞吐量排第一', vocabulary).concepts.find((concept) => concept.role === 'number');
    expect(number?.forms.map((form) => form.text)).toContain('首位');
  });

  it.each([
    ['哪个城市开的中欧班列最多', ['城市', '最', '多', '最多']],
    ['Which city has the most charging piles?', ['city']],
    ['新版年卡多少钱一张', ['钱', '一张']],
    ['白茶一斤卖多少钱', ['钱']],
  ])('reads %s without the words that only say what kind of answer is wanted', (question, dropped) => {
    const sources = analyzeQuestion(question, vocabulary).concepts.map((concept) => concept.source);
    for (const word of dropped) expect(sources).not.toContain(word);
  });

  it.each([
    ['太湖总磷浓度降到多少了', ['总磷', '浓度'], null],
    ['联合河长制管了多少条河', [], '条'],
    ['示范区包括哪几个地方', [], null],
    ['年卡多少钱一张', ['年卡'], null],
    ['芜湖发放了多少算力券', ['算力', '券'], null],
    ['合肥有几家整车厂', ['整车'], '家'],
    ['安吉康养社区每月收费多少', ['收费'], null],
  ])('reads what %s asks for as %j, counted in %s', (question, measure, counter) => {
    const analyzed = analyzeQuestion(question, vocabulary);
    expect(analyzed.measure).toEqual(measure);
    expect(analyzed.counter?.word ?? null).toBe(counter);
  });

  it.each([
    ['一场直播最多卖多少单', '单'],
    ['门诊慢特病现在能报几种病', '种'],
    ['集群有多少架服务器机架', '架'],
    ['一共演出了多少场', '场'],
  ])('reads the counter %s asks with: %s', (question, counter) => {
    expect(analyzeQuestion(question, vocabulary).counter?.word).toBe(counter);
  });

  it.each([
    ['示范区包括哪几个地方', 'place'],
    ['哪几家企业参加了', 'other'],
    ['有几家企业参加了', 'quantity'],
  ] as const)('reads %s as asking for %s', (question, asks) => {
    expect(analyzeQuestion(question, vocabulary).asks).toBe(asks);
  });

  it.each([
    ['a city beyond the gazetteer', '黄山民宿有多少家', '黄山', ['黄山']],
    ['a city beyond the gazetteer, with its 市', '黄山市民宿有多少家', '黄山市', ['黄山市', '黄山']],
    ['a common word', '黄山市民宿有多少家', '民宿', null],
  ])('reads %s as a proper name or not: %s, %s → %j', (_what, question, source, forms) => {
    const concept = analyzeQuestion(question, vocabulary).concepts.find((found) => found.source === source);
    expect(concept?.proper === true).toBe(forms !== null);
    // A name has no synonyms: 黄山's senses ("Huangshan, mountain range in Anhui") lead to no other word.
    if (forms !== null) expect(concept?.forms.map((form) => form.text)).toEqual(forms);
  });

  it('reads a name the corpus never writes (南京) as found nowhere, not through its senses (中国, 资本)', () => {
    const nanjing = analyzeQuestion('南京有多少家整车企业', vocabulary).concepts.find((concept) => concept.source === '南京');
    expect(nanjing).toMatchObject({ proper: true, forms: [] });
  });

  it('reads a word whose senses are whole sentences (怎么搞的 "How did it happen?") as no name', () => {
    const concept = analyzeQuestion('跨省补偿是怎么搞的', vocabulary).concepts.find((found) => found.source === '怎么搞的');
    expect(concept?.proper).toBeUndefined();
  });

  it('reads a word whose senses start with where the thing is from (江猪 "Chinese river dolphin") as no name', () => {
    const river = vocabularyOf(['长江江豚数量增加到60头左右', '江猪又回来了']);
    expect(analyzeQuestion('江猪有多少头', river).concepts.find((concept) => concept.source === '江猪')?.proper).toBeUndefined();
  });

  it('drops 达到 from a quantity question: it links, it names nothing', () => {
    expect(analyzeQuestion('到2027年产量要达到多少', vocabulary).concepts.map((concept) => concept.source)).not.toContain('达到');
  });

  it.each([
    ['芜湖市长说了什么', ['芜湖', '市长', '说', '了', '什么']],
    ['有几家整车厂', ['有', '几', '家', '整车', '厂']],
    ['新能源车出口', ['新能源', '车', '出口']],
  ])('cuts %s where the corpus says the words end', (run, words) => {
    expect(segment(run, vocabulary)).toEqual(words);
  });
});

describe('reading an English question', () => {
  it.each([
    ['Zhejiang water quality', 'zhejiang', '浙江'],
    ['Jiangsu water quality', 'jiangsu', '江苏'],
    ['What problems does Lake Tai face?', 'tai', '太湖'],
    ['Taipu River', 'taipu', '太浦'],
  ])('finds in %s a place the gazetteer does not hold by its pinyin: %s → %s', (question, source, text) => {
    const concept = analyzeQuestion(question, vocabulary).concepts.find((c) => c.source === source);
    expect(concept?.forms[0]?.text).toBe(text);
  });

  it.each([
    ['What are the goals for 2027?', 'goals', '力争'],
    ['What did Wang Xiaowen say?', 'wang', '晓雯'],
    ['How many B&Bs are there in Huangshan?', 'guesthouse', '民宿'],
    ['How many shows did the Wu opera troupe put on?', 'wu', '婺剧'],
    ['How many shows in H1?', 'h1', '上半年'],
  ])('reads %s: %s as %s', (question, source, text) => {
    const concept = analyzeQuestion(question, vocabulary).concepts.find((c) => c.source === source);
    expect(concept?.forms.map((form) => form.text)).toContain(text);
  });

  it('reads chat abbreviations: ppl counts people', () => {
    expect(analyzeQuestion('how many ppl came', vocabulary).counter?.word).toBe('人');
  });

  it.each([
    ['a gap that ends a word (汽车)', '新能源', '车', ['新能源汽车']],
    ['a gap that is a word before the right side', '新能源', '产量', ['新能源汽车产量']],
    ['a lone character that starts a word with the next (产业)', '长三角', '产', []],
  ])('joins neighbouring renderings only into whole words: %s', (_what, left, right, joins) => {
    expect(vocabulary.joins(left, right)).toEqual(joins);
  });

  it.each([
    ['芜湖有多少家整车企业', ['整车', '企业']],
    ['多少人才参加', ['人才']],
    ['芜湖市长是谁', ['市长']],
    ['芜湖一年累计建成多少', []],
    ['合肥进出口额有多少亿', ['进出口']],
  ])('reads what %s measures as %j', (question, measure) => {
    expect(analyzeQuestion(question, vocabulary).measure).toEqual(measure);
  });

  it.each([
    ['多少人才', null],
    ['多少人参加', { word: '人', noun: '参加' }],
    ['几项目', null],
  ])('reads a counter only where it is not the start of a word: %s', (question, counter) => {
    expect(analyzeQuestion(question, vocabulary).counter).toEqual(counter);
  });

  it.each([
    ['What is the price of an electric car in Wuhu?', ['price']],
    ["What is Wuhu's NEV output?", ['output']],
    ['Who is the mayor of Wuhu?', ['mayor']],
    ['What is Wuhu good at?', []],
    ['What did the mayor of Wuhu say?', []],
    ['How much is the total investment in the Wuhu hub?', ['total', 'investment']],
  ])('reads what %s asks for as %j', (question, measure) => {
    expect(analyzeQuestion(question, vocabulary).measure).toEqual(measure);
  });

  it.each([
    ['How many jobs have the heritage workshops created?', 'jobs'],
    ['How many auto parts companies are there in Wuhu?', 'companies'],
    ['How many staff attended?', 'staff'],
    ['How much did output grow?', null],
  ])('reads the noun %s counts as %j', (question, noun) => {
    expect(englishCountedNoun(question)).toBe(noun);
  });

  it.each([
    ['How many companies are there in Wuhu?', { word: '家', noun: '企业' }],
    ['How many vehicle companies does Wuhu have?', { word: '家', noun: '企业' }],
    ['How much did output grow?', null],
    ['How many people attended the conference?', { word: '人', noun: null }],
    ['How many companies signed contracts?', { word: '家', noun: '企业' }],
    ['How many auto parts companies are there in Wuhu?', { word: '家', noun: '企业' }],
    ["How many young people with a bachelor's degree does Wuhu gain?", { word: '人', noun: null }],
  ])('counts %s with the measure word the dictionary gives the noun', (question, counter) => {
    expect(analyzeQuestion(question, vocabulary).counter).toEqual(counter);
  });

  it.each([
    ['a month the corpus writes', 'How many were built by the end of September?', 'september', ['9月']],
    ['a month it does not', 'How many were built in March?', 'march', []],
    ['May after a preposition', 'How many were built since May?', 'may', []],
    ['an abbreviation with its dot', 'How many were built by Sept. 30?', 'sept.', ['9月']],
    ['a span of months, and its last month', 'How many were settled in Jan-Oct?', 'jan-oct', ['1至10月', '10月']],
    ['a span of months in words', 'How many were settled from January to October?', 'january to october', ['1至10月', '10月']],
    ['the first three quarters', 'How fast did it grow in the first three quarters?', 'the first three quarters', ['前三季度']],
    ['Q1-Q3', 'Growth in Q1-Q3?', 'q1-q3', ['前三季度']],
    ['the first half of the year', 'How many shows in the first half of the year?', 'the first half of the year', ['上半年']],
  ])('reads %s as news writes it', (_what, question, source, forms) => {
    const concept = analyzeQuestion(question, vocabulary).concepts.find((candidate) => candidate.source.toLowerCase() === source);
    expect(concept?.forms.map((form) => form.text)).toEqual(forms);
  });

  it.each([
    ['a thousands separator', 'Which city has 1,611 companies?', '1611'],
    ['percent in words', 'What grew by 54.5 percent?', '54.5%'],
    ['a round number in 万', 'Where were 685,000 charging piles built?', '68.5万'],
  ])('writes %s as the corpus does', (_what, question, number) => {
    const concept = analyzeQuestion(question, vocabulary).concepts.find((candidate) => candidate.role === 'number');
    expect(concept?.forms.map((form) => form.text)).toEqual([number]);
  });

  it('reads "per 10,000" as the 每万 of news', () => {
    const concept = analyzeQuestion('How many base stations per 10,000 people?', vocabulary).concepts.find((candidate) => candidate.source === 'per 10000');
    expect(concept?.forms.map((form) => form.text)).toEqual(['每万']);
  });

  it('does not read the verb may as a month', () => {
    expect(analyzeQuestion('May I ask how many companies there are?', vocabulary).concepts.some((concept) => concept.source.toLowerCase() === 'may')).toBe(false);
  });
});

describe('reading a question about what is still wrong', () => {
  // A report that writes its problems as 短板 and 挑战, never as 问题.
  const report = vocabularyOf(['成绩之外，短板依然存在', '挑战依然不少', '芜湖的外贸企业利润下降']);
  const problemConcept = (question: string) => {
    const { concepts } = analyzeQuestion(question, report);
    return concepts.find((concept) => concept.forms.some((form) => form.text === '短板'));
  };

  it.each([
    ['长三角外贸企业还面临哪些问题', '问题'],
    ['芜湖还有哪些短板', '短板'],
    ['What problems do exporters still face?', 'problems'],
    ['What are the weak spots in Wuhu?', 'weak spots'],
  ])('reads %s as asking for any problem word the corpus writes', (question, source) => {
    const concept = problemConcept(question);
    expect(concept?.source).toBe(source);
    expect(concept?.forms.map((form) => form.text).sort()).toEqual(['挑战', '短板']);
  });

  it('weighs the problems above the words that say whose they are', () => {
    const { concepts } = analyzeQuestion('芜湖外贸企业还有哪些短板', report);
    const problems = concepts.find((concept) => concept.source === '短板')!;
    expect(Math.max(...concepts.filter((concept) => concept !== problems).map((concept) => concept.weight))).toBeLessThan(problems.weight);
  });

  it('leaves a question that asks for no problem as it was', () => {
    expect(problemConcept('芜湖外贸企业利润下降了吗')).toBeUndefined();
  });
});
