import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Topic } from '../../src/core/engine-types.js';
import type { Answer } from '../../src/core/types.js';
import { articleEngine } from '../support/article-engine.js';
import { realEngine } from '../support/real-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

const firstPassage = (answer: Answer) => (answer.kind === 'answer' ? answer.passages[0]?.text ?? '' : '');
/** The figure an answer leads with, null when it leads with none, or the kind of a reply that is no answer. */
const leadsWith = (answer: Answer) => (answer.kind === 'answer' ? (answer.direct?.raw ?? null) : answer.kind);

describe('answering questions over the shipped article', () => {
  it.each([
    ['a Chinese question', '湖州有多少家高新技术企业', '1611家国家高新技术企业'],
    ['a Traditional question', '蕪湖技術合同成交額', '技术合同成交额达33亿元'],
    ['an English question', 'How much trade did the nine cities do?', '贸易进出口额达到3.8万亿美元'],
    ['a pinyin name in English', 'Who is Cheng Xiangmin?', '松江区委书记程向民说'],
    ['a typo in a place name (松将)', '松将重大项目投资额', '重大项目投资额达到1328亿元'],
    ['a homophone typo (科创代)', '科创代', 'G60科创贷'],
    ['a synonym the article does not use (外商投资)', '外商投资企业注册资本增长了多少？', '新增外资企业注册资本增长25%'],
    ['a person named like a city (宁波)', '宁波是谁', '芜湖市委书记宁波介绍'],
    ['a question about the author', '这篇稿子是谁写的', '本报记者谢卫群采写'],
    ['a question about the headline', "What's the headline of this article?", '共建共享区域高质量发展机遇'],
    ['a question about what the article is about', '这篇文章讲了什么', '共建共享区域高质量发展机遇'],
    ['a count of the noun asked about (几个城市), not of another noun', 'G60科创走廊一共几个城市', 'G60科创走廊九城市'],
    ['an English alias of a body (G60 corridor)', 'How many cities are in the G60 corridor?', 'G60科创走廊九城市'],
    ['an office right after a city name (苏州市长)', '苏州市长说了什么', '市长吴庆文说'],
    ['a possessive (Wuhu’s)', "How much did Wuhu's technology contract turnover reach?", '技术合同成交额达33亿元'],
    ['a short place name with two letters swapped (Hefie)', 'Hefie party secretary', '合肥市委书记虞爱华'],
    ['a long place name with two letters swapped (Songjaing)', 'Songjaing high speed rail hub', '高铁客运枢纽明年年底建成通车'],
    ['a place name missing a letter (Huzou)', 'How many high-tech enterprises does Huzou have?', '1611家国家高新技术企业'],
  ])('answers %s with the passage that holds the answer', (_what, question, evidence) => {
    expect(firstPassage(engine.ask(question))).toContain(evidence);
  });

  it.each([
    ['a measure the article never gives (GDP)', '宣城的GDP是多少', 'not-in-corpus'],
    ['a city beyond the gazetteer the article never names (南京)', '南京有多少家企业', 'not-in-corpus'],
    ['a city the article never names', '嘉兴常住人口有多少', 'unknown-place'],
    ['an edition the article does not mention', '第七届进博会什么时候开', 'figure-not-given'],
    ['a year the article does not mention', '到2025年G60走廊要达到什么目标', 'figure-not-given'],
    ['a city figure given only for another city', '合肥的规上工业产值是多少', 'figure-not-given'],
    ['a count the city’s passages never state', '松江有多少家高新技术企业', 'figure-not-given'],
    ['an office the city’s passages never name', '湖州市长是谁', 'not-in-corpus'],
    ['an office the city’s passages never name, asked in English', 'Who is the mayor of Huzhou?', 'not-in-corpus'],
    ['an amount the city’s passages never give, asked in English', 'How much is the foreign trade of Hefei?', 'figure-not-given'],
  ])('says plainly that the article does not answer %s', (_what, question, reason) => {
    expect(engine.ask(question)).toMatchObject({ kind: 'no-answer', reason });
  });

  it.each([
    ['', 'empty'],
    ['   \t ', 'empty'],
    ['\u200b\u200d\ufeff', 'empty'],
    ['问'.repeat(6000), 'too-long'],
    ['😀🎉👍', 'no-words'],
    ['@everyone', 'empty'],
    ['G60のプロジェクトは何ですか', 'unsupported-language'],
    ['G60 프로젝트는 무엇입니까', 'unsupported-language'],
    ['你好', 'small-talk'],
    ['謝謝！', 'small-talk'],
    ['Hello there!', 'small-talk'],
    ['<@123456789> thanks 👍', 'small-talk'],
    ['help', 'small-talk'],
    ['你能做什么？', 'small-talk'],
  ])('rejects %j as %s without searching', (question, problem) => {
    expect(engine.ask(question)).toMatchObject({ kind: 'invalid', problem });
  });

  it.each([
    ['@everyone 湖州有多少家高新技术企业', '1611家国家高新技术企业'],
    ['```\n湖州有多少家高新技术企业\n```', '1611家国家高新技术企业'],
    ['湖州\u200b有多少家高新技术企业\u0007', '1611家国家高新技术企业'],
    ['你好，湖州有多少家高新技术企业', '1611家国家高新技术企业'],
    ['Hi! How many high-tech enterprises does Huzhou have?', '1611家国家高新技术企业'],
  ])('reads past mentions, code fences, invisible characters and greetings in %j', (question, evidence) => {
    expect(firstPassage(engine.ask(question))).toContain(evidence);
  });

  it.each(['这篇文章讲了什么', 'What is this article about?', '這篇報道講了什麼'])('answers %j with the title, subtitle and lead paragraph', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answer' ? answer.passages.slice(0, 3).map((passage) => passage.kind) : answer.kind).toEqual(['title', 'subtitle', 'paragraph']);
    expect(answer.kind === 'answer' ? answer.passages[2]?.text : '').toContain('11月8日，第六届中国国际进口博览会');
  });

  it('marks the matched words of a passage for highlighting', () => {
    const answer = engine.ask('湖州有多少家高新技术企业');
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    const passage = answer.passages[0]!;
    const marked = passage.highlights.map((span) => passage.text.slice(span.start, span.end));
    expect(marked).toContain('湖州');
  });
});

describe('direct answers', () => {
  it.each([
    ['湖州有多少家高新技术企业', '1611家'],
    ['产业合作示范区有几个', '13个'],
    ['G60要素对接大会哪天开的？', '11月8日'],
    ['翻了两番是多少倍', '两番'],
    ['How many international train routes does G60 operate?', '4条'],
    ['What percentage of major YRD cities will the rail hub reach?', '80%以上'],
    ['国际主流媒体报道增长的比例是多少', '79.2%'],
    ['What is the total investment of projects landed this year?', '1.29万亿元'],
    ['G60科创走廊共建几周年了', '5周年'],
    ['利用外资增长率是多少', '54.5%'],
    ['成果拍卖会在哪里办的', null],
    ['松江区委书记是谁', null],
    ['G60科创走廊一共几个城市', null],
  ])('leads %s with %s', (question, raw) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answer' ? (answer.direct?.raw ?? null) : null).toBe(raw);
  });

  it('never leads with another city’s figure', () => {
    const answer = engine.ask('杭州的技术合同成交额是多少');
    expect(answer.kind === 'answer' ? answer.direct : null).toBeNull();
  });
});

describe('follow-up questions', () => {
  const converse = (turns: readonly string[]): Answer[] => {
    let topic: Topic | null = null;
    return turns.map((turn) => {
      const answer = engine.ask(turn, topic);
      topic = engine.topicOf(answer) ?? topic;
      return answer;
    });
  };

  it.each([
    ['a new measure for the same place', ['九城市贸易进出口额是多少？', '利用外资呢？'], '利用外资增长54.5%'],
    ['he for the last person', ['到会的科技部副部长是谁？', '他说了什么？'], '吴朝晖说'],
    ['an English follow-up', ['How much did contracted foreign investment in Songjiang rise?', 'What about the nine cities as a whole?'], '九城市新增外资'],
  ])('reads %s against the turn before', (_what, turns, evidence) => {
    expect(firstPassage(converse(turns).at(-1)!)).toContain(evidence);
  });

  it.each([
    ['a new place, the measure kept', ['九城市成立了多少个产业联盟？', '那湖州呢？'], '两个'],
    ['the span a growth was measured over (多长时间)', ['九城市贸易进出口额是多少？', '利用外资呢？', '这是多长时间里的增长？'], '5年间'],
    ['the figures a person gave (什么数据)', ['芜湖市委书记宁波说了什么？', '他介绍了什么数据？'], '33亿元'],
  ])('leads a follow-up asking %s with its figure', (_what, turns, raw) => {
    const last = converse(turns).at(-1)!;
    expect(last.kind === 'answer' ? last.direct?.raw : null).toBe(raw);
  });

  it('says the article does not give a figure asked about a new place that has none', () => {
    expect(converse(['湖州有多少家高新技术企业？', '那芜湖呢？']).at(-1)).toMatchObject({ kind: 'no-answer' });
  });

  it('says how it understood a follow-up', () => {
    const last = converse(['九城市贸易进出口额是多少？', '利用外资呢？']).at(-1)!;
    expect(last.kind === 'answer' ? last.understood?.resolved : null).toContain('九城市');
  });

  it('answers a complete new question on its own', () => {
    const [, second] = converse(['松江重大项目投资额多少？', 'G60有哪些贷款产品']);
    expect(second?.kind === 'answer' ? second.understood : 'no answer').toBeNull();
    expect(firstPassage(second!)).toContain('G60科创贷');
  });
});

describe('suggestions', () => {
  it('offers up to three answerable questions about the place named when it cannot answer', () => {
    const answer = engine.ask('湖州的GDP是多少');
    if (answer.kind !== 'no-answer') throw new Error('expected no answer');
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of answer.suggestions) expect(engine.ask(suggestion).kind).toBe('answer');
  });
});

describe('direct answers over other articles', () => {
  const logistics = articleEngine('物流', [
    '今年7月，占地约860亩的宣城公铁水多式联运物流园投入使用，园区已建成冷库12座。',
    '货代企业通过平台“一键订舱”，订舱时间由过去的半天缩短到10分钟左右。',
    '太湖湖体总磷平均浓度降至0.051毫克/升。太湖总氮治理仍需加力。',
    '门诊慢特病跨省直接结算病种由最初的5种扩大到12种，今年以来惠及患者约85万人。',
  ]);
  const digital = articleEngine('数字经济', [
    '根据会上发布的行动方案，到2027年，三省一市力争智能算力规模突破10万PFLOPS，数字经济核心产业增加值占地区生产总值比重达到15%左右。',
    '今年前三季度，长三角数字经济核心产业增加值约2.6万亿元，同比增长8.7%，占地区生产总值的比重达到11.8%。',
  ]);
  const computing = articleEngine('算力', [
    '在G60科创走廊策源地上海松江，长三角G60智算中心一期已投入运营，部署AI服务器约2600台。松江已培育工业互联网平台26个。',
    '今年1至10月，苏州进出口约2.12万亿元，占九城市外贸总额的近一半；杭州跨境电商进出口约1200亿元。',
  ]);
  const savings = articleEngine('就医', ['看病、养老、出行、上学、办事，是群众最关心的“身边事”。今年1至10月，长三角地区跨省异地就医直接结算2860万人次，涉及医疗费用约386亿元，为参保群众减少垫付资金约210亿元。']);
  const livestream = articleEngine('直播', ['在义乌的一个跨境直播基地，主播周雨桐每天用西班牙语介绍庭院灯。“一场直播三个小时，最多的时候卖出3000多单。”她说。']);
  const medical = articleEngine('医保', ['今年1至10月，长三角跨省异地就医直接结算2860万人次，涉及医疗费用约386亿元。']);
  const repairs = articleEngine('保税维修', [
    '苏州工业园区综合保税区前三季度开展保税维修、保税研发业务货值约86亿元，同比增长27.5%。',
    '今年前三季度，上海数据交易所数据产品交易额约52亿元，同比增长86%。',
  ]);
  const tourism = articleEngine('文旅', [
    '11月20日，第五届长三角文化和旅游融合发展大会在浙江金华开幕。',
    '今年前三季度，长三角国内旅游收入达到3.12万亿元，同比增长8.6%。',
  ]);

  it.each([
    ['an area, though 占 also asks for shares', '宣城物流园占地多少亩', '860亩', logistics],
    ['the value a change reached, not the one it started from', '订舱现在要多长时间', '10分钟左右', logistics],
    ['the value it started from, when asked about the past', '订舱过去要多长时间', '半天', logistics],
    ['the value a change reached, from a start named 最初', '门诊慢特病现在能跨省结算几种病', '12种', logistics],
    ['no answer when the passage that names the measure gives no figure of it (总氮)', '太湖总氮浓度是多少', 'no-answer', logistics],
    ['the figure of the measure asked', '太湖总磷浓度是多少', '0.051毫克/升', logistics],
    ['the date of an event held in the place asked about', '金华那个文旅大会是哪天开幕的', '11月20日', tourism],
    ['the figure, not the period a lookup names', '前三季度长三角国内旅游收入', '3.12万亿元', tourism],
    ['the level a lookup names, not its change beside it', '苏州保税维修业务货值', '86亿元', repairs],
    ['the change, when the question asks how it changed', '苏州保税维修业务货值增长多少', '27.5%', repairs],
    ['the level a lookup of an amount (交易额) names, not its change', '上海数据交易所交易额', '52亿元', repairs],
    ['the figure reached, not one in a sentence of targets whose own clause names no goal', '数字经济占地区生产总值的比重是多少', '11.8%', digital],
    ['an amount of money for spending asked in English, whose words the dictionary links only weakly', 'How much medical spending was settled directly across provinces in Jan-Oct?', '386亿元', medical],
    ['the count beside it for a count', 'How many cross-province settlements were there from January to October?', '2860万人次', medical],
    ['the count in the counter asked (单), not a duration the question words match better', '周雨桐一场直播最多卖多少单', '3000多单', livestream],
    ['the figure of the question’s words, though one of them (帮) the article never writes', '异地看病直接结算帮老百姓少垫了多少钱', '210亿元', savings],
    ['a body’s figure (长三角G60智算中心) for the city its sentence names before it', '松江智算中心有多少台服务器', '2600台', computing],
    ['a share of the nine cities’ total for the city named before it', '苏州外贸占九个城市的多少', '一半', computing],
    ['no answer for the share of the nine cities’ total of a city named only after it', '杭州外贸占九个城市的多少', 'no-answer', computing],
  ] as const)('leads with %s: %s → %s', (_what, question, raw, engine) => {
    expect(leadsWith(engine.ask(question))).toBe(raw);
  });
});

describe('a city named without a figure of its own', () => {
  const solar = articleEngine('光伏', ['今年前三季度，金华新增光伏装机68万千瓦。合肥、芜湖也在推广屋顶光伏，企业积极性很高。']);
  const loans = articleEngine('绿色金融', ['湖州截至9月底绿色贷款余额达到3760亿元。嘉兴则为4800余家企业建立了“碳账户”，企业碳排放强度越低，获得的贷款利率越优惠。']);
  const clinics = articleEngine('就医', ['退休职工刘桂芳是芜湖人，以前每三个月要回芜湖开一次药。如今松江已有17家社区卫生服务中心开通跨省门诊结算。']);

  it.each([
    ['a city with the figure', '金华今年新增了多少光伏装机', 'answer', solar],
    ['a city named without it', '合肥今年新增了多少光伏装机', 'no-answer', solar],
    ['a city counted as asked', '松江有几家社区卫生服务中心开通了跨省门诊结算', 'answer', clinics],
    ['a city whose only figure is counted otherwise (三个月)', '芜湖有几家社区卫生服务中心开通了跨省门诊结算', 'no-answer', clinics],
    ['a city with an amount of money', '湖州绿色贷款余额是多少', 'answer', loans],
    ['a city whose only figure is a count, not the amount asked', '嘉兴碳账户企业的贷款总额是多少', 'no-answer', loans],
    ['a city whose only figure is a count, asked in English', 'How much did Jiaxing lend to firms with carbon accounts?', 'no-answer', loans],
  ] as const)('answers a question about %s (%s) with %s', (_what, question, kind, engine) => {
    expect(engine.ask(question).kind).toBe(kind);
  });
});

describe('a place the gazetteer does not know', () => {
  const racks = articleEngine('算力', ['截至10月底，三省一市在用数据中心标准机架约120万架。', '南京的数据中心集群以绿色电力为主。']);

  it.each([
    ['the region the figure is of', '三省一市数据中心标准机架有多少', 'answer'],
    ['a city the dictionary names, whose passage gives no figure', '南京数据中心标准机架有多少', 'no-answer'],
    ['a city the dictionary names and the article never does (厦门)', '厦门数据中心标准机架有多少', 'no-answer'],
  ])('answers a question about %s (%s) with %s', (_what, question, kind) => {
    expect(racks.ask(question).kind).toBe(kind);
  });

  const trade = articleEngine('外贸', [
    '今年前三季度，上海跨境电商进出口约1960亿元，同比增长21%。',
    '今年1至10月，芜湖港完成外贸集装箱吞吐量约26.4万标箱。',
    '金华与上海结对的中小学达到46所。合肥一所小学的老师去年到上海挂职交流。',
    '“芜湖到上海的网络时延已降至5毫秒以内。”芜湖市数据资源管理局局长宋启航说。',
    '今年3月，江苏、浙江两省签订太浦河流域横向生态补偿协议。太湖水质持续改善。',
  ]);

  it.each([
    ['a city outside the gazetteer, in Chinese', '上海跨境电商进出口多少', '1960亿元'],
    ['a city outside the gazetteer, in English', 'How much cross-border e-commerce trade did Shanghai do?', '1960亿元'],
    ['a figure of one place whose sentence names the other', '金华与上海结对的中小学有多少所', '46所'],
    ['a figure of one place to another (芜湖到上海)', '芜湖到上海网络延迟多少', '5毫秒以内'],
    ['a word the corpus spells (Taipu: 太浦), not a misspelled place (Taihu)', 'When did Jiangsu and Zhejiang sign the Taipu River compensation agreement?', '今年3月'],
  ])('leads with %s: %s → %s', (_what, question, raw) => {
    expect(leadsWith(trade.ask(question))).toBe(raw);
  });

  it.each([
    ['a port named after a place the corpus writes, not another port (上海港 ≠ 芜湖港)', '上海港今年集装箱吞吐量是多少'],
    ['the same in English', "What was Shanghai port's container throughput this year?"],
    ['a count of one place’s schools paired with another’s, where only a third place’s is given', 'How many Hefei schools are paired with schools in Shanghai?'],
  ])('says the article does not give %s: %s', (_what, question) => {
    expect(trade.ask(question)).toMatchObject({ kind: 'no-answer', reason: 'figure-not-given' });
  });
});

describe('a year asked about', () => {
  // The article is dated 2024-10-30: its 去年 is 2023.
  const grain = articleEngine('粮食', ['去年三省一市粮食总产量达到8630万吨，约占全国的八分之一。', '2022年以来，嘉兴村级集体经济总收入达到31.2亿元。']);

  it.each([
    ['the year its 去年 stands for', "What was the Yangtze River Delta's grain output in 2023?", '8630万吨'],
    ['the same in Chinese', '长三角2023年粮食产量是多少', '8630万吨'],
    ['another year, though a passage about something else writes it', "What was the Yangtze River Delta's grain output in 2022?", 'no-answer'],
    ['another year, in Chinese', '长三角2022年粮食产量是多少', 'no-answer'],
  ])('leads for %s: %s → %s', (_what, question, raw) => {
    expect(leadsWith(grain.ask(question))).toBe(raw);
  });

  const years = articleEngine('粮食', ['前年三省一市粮食总产量达到8500万吨。去年三省一市粮食总产量达到8630万吨，约占全国的八分之一。']);

  it.each([
    ['2022', '长三角2022年粮食产量是多少', '8500万吨'],
    ['2023', '长三角2023年粮食产量是多少', '8630万吨'],
  ])('leads for %s with the figure of the sentence of that year: %s → %s', (_year, question, raw) => {
    expect(leadsWith(years.ask(question))).toBe(raw);
  });
});

describe('a rate asked about now', () => {
  const coldChain = articleEngine('冷链', [
    '冷链物流缩短了田头到餐桌的距离。目前，三省一市冷库总库容超过3200万吨，生鲜农产品在流通环节的损耗率由过去的20%左右降到8%。',
    '根据行动方案，到2027年，三省一市力争产地冷链流通率提高到50%以上。',
  ]);

  it.each([
    ['no goal for what is now, nor another rate whose words are apart in its sentence', '长三角现在的冷链流通率是多少', 'no-answer'],
    ['the goal when asked for one', '长三角2027年冷链流通率目标是多少', '50%以上'],
    ['the rate written as asked', '生鲜农产品流通环节损耗率是多少', '8%'],
  ])('leads with %s: %s → %s', (_what, question, raw) => {
    expect(leadsWith(coldChain.ask(question))).toBe(raw);
  });
});

describe('what an English "how many" question counts', () => {
  const workshops = articleEngine('非遗', ['在宣城泾县，非遗正从“展柜里”走进“生活中”。泾县已建成非遗工坊36家，带动就业约4200人；宣纸年产值约15亿元。']);

  it.each([
    ['the jobs, in the clause that writes them, over the workshops the question names too', 'How many jobs do the heritage workshops in Jingxian provide?', '4200人'],
    ['the workshops, when they are what is counted', 'How many heritage workshops are there in Jingxian?', '36家'],
  ])('leads with %s: %s → %s', (_what, question, raw) => {
    expect(leadsWith(workshops.ask(question))).toBe(raw);
  });
});

describe('an English "how much" of something uncounted', () => {
  const airport = articleEngine('航空', ['依托萧山国际机场，杭州今年新开通跨境电商全货机航线9条，机场国际货邮吞吐量约14.6万吨，同比增长18%。']);

  it.each([
    ['an amount, not the count beside it', 'How much air cargo did Hangzhou airport handle this year?', '14.6万吨'],
    ['the count, when "how many" asks for it', 'How many cargo routes did Hangzhou open this year?', '9条'],
  ])('leads with %s: %s → %s', (_what, question, raw) => {
    expect(leadsWith(airport.ask(question))).toBe(raw);
  });
});

describe('a meeting’s figures and the city it was held in', () => {
  const meeting = articleEngine('推进会', ['10月23日，长三角乡村振兴协作推进会在安徽宣城召开。来自沪苏浙皖农业农村部门的代表约450人参会，签约项目36个。']);

  it.each([
    ['the city a meeting was held in, for the meeting’s figure', 'How many people attended the rural revitalization meeting in Xuancheng?', 'answer'],
    ['another city, for the same figure', 'How many people attended the rural revitalization meeting in Hefei?', 'no-answer'],
    ['the city a meeting was held in, asked about the meeting', '宣城推进会签约了多少个项目', 'answer'],
    ['the city a meeting was held in, asked about the city itself', '宣城签约了多少个项目', 'no-answer'],
  ])('answers a question about %s (%s) with %s', (_what, question, kind) => {
    expect(meeting.ask(question).kind).toBe(kind);
  });

  it.each([
    ['the meeting’s count, asked with the city it was held in', 'How many people attended the rural revitalization meeting in Xuancheng?', '450人'],
    ['the meeting’s count, asked in Chinese', '宣城推进会签约了多少个项目', '36个'],
  ])('leads with %s: %s → %s', (_what, question, raw) => {
    expect(leadsWith(meeting.ask(question))).toBe(raw);
  });
});

describe('a measure the article gives only as a goal', () => {
  const plan = articleEngine('冷链', [
    '根据会上发布的行动方案，到2027年，三省一市力争产地冷链流通率提高到50%以上，农产品网络零售额突破3500亿元。',
    '长三角冷库总库容超过3200万吨，冷藏车保有量约6.5万辆。',
  ]);

  it.each([
    ['asked about now', '长三角现在的冷链流通率是多少', 'no-answer'],
    ['asked about as a goal', '到2027年冷链流通率要达到多少', 'answer'],
  ])('answers it %s (%s) with %s', (_what, question, kind) => {
    expect(plan.ask(question).kind).toBe(kind);
  });
});

describe('the region every passage is about', () => {
  const plan = articleEngine('乡村', [
    '10月23日，长三角乡村振兴协作推进会在安徽宣城召开，来自各地的代表约450人参会，签约项目36个。',
    '根据会上发布的行动方案，到2027年，三省一市力争新建和改造提升高标准农田1200万亩。',
    '乡村振兴，最终要落在农民的钱袋子上。',
  ]);

  it('is found under any of its names (长三角 as 三省一市), and the passage that covers the question answers over one with more bonuses', () => {
    const answer = plan.ask('到2027年长三角乡村振兴要达到什么目标');
    expect(firstPassage(answer)).toContain('三省一市力争');
  });
});

describe('a year the question names', () => {
  // The article is dated 2024-10-30: 去年 is 2023, 今年 2024.
  const grain = articleEngine('粮食', ['去年三省一市粮食总产量达到8630万吨，约占全国的八分之一。', '今年前三季度，长三角新建高标准农田120万亩。']);

  it.each([
    ['the year written as 去年', 'What was the grain output in 2023?', 'answer'],
    ['a year the article does not cover', 'What was the grain output in 2022?', 'no-answer'],
    ['the year written as 今年', '2024年新建了多少高标准农田', 'answer'],
    ['a year written in no passage that has the figure', '2023年新建了多少高标准农田', 'no-answer'],
  ])('answers %s: %s → %s', (_what, question, kind) => {
    expect(grain.ask(question).kind).toBe(kind);
  });
});

describe('the day a question asks for', () => {
  // The first passage matches more of the question; only the second gives a day.
  const forum = articleEngine('论坛', [
    '作为跨境电商论坛的举办地，杭州早在2015年就开了跨境电商综合试验区。',
    '12月5日，长三角跨境电商论坛在浙江杭州开幕。',
  ]);

  it.each([
    ['a day, from the passage that writes one', '跨境电商论坛是几号开的', '12月5日'],
    ['a day, asked with 哪天', '跨境电商论坛哪天开幕', '12月5日'],
  ])('answers %s: %s → %s', (_what, question, day) => {
    const answer = forum.ask(question);
    expect(answer.kind === 'answer' ? answer.passages[0]?.text : answer.kind).toContain(day);
  });

  it('still answers a question about a year from a passage that writes only the year', () => {
    const answer = forum.ask('杭州哪一年开了跨境电商综合试验区');
    expect(answer.kind === 'answer' ? answer.passages[0]?.text : answer.kind).toContain('2015年');
  });
});

describe('a period of the year the question names', () => {
  const trade = articleEngine('外贸', ['松江综合保税区今年上半年进出口约370亿元，同比增长8.9%。', '今年以来，嘉兴跨境电商出口保持两位数增长。']);

  it.each([
    ['the period the passage gives', '松江综保区上半年进出口多少', 'answer'],
    ['the same period in English', "What was Songjiang bonded zone's trade in H1?", 'answer'],
    ['another period', '松江综保区前三季度进出口多少', 'no-answer'],
    ['another period in English', "What was Songjiang bonded zone's trade in the first three quarters?", 'no-answer'],
    ['a period, of a passage that names none', '嘉兴跨境电商上半年出口增长多少', 'answer'],
  ])('answers %s: %s → %s', (_what, question, kind) => {
    expect(trade.ask(question).kind).toBe(kind);
  });

  // The place's figure is for 1至10月 (同期); the 上半年 figure of the same passage is another place's.
  const zones = articleEngine('外贸', ['今年1至10月，芜湖港完成外贸集装箱吞吐量约26.4万标箱；芜湖综合保税区同期进出口约310亿元。松江综合保税区今年上半年进出口约370亿元。']);

  it.each([
    ['the period of the place’s figure, read back from 同期', '芜湖综保区1至10月进出口多少', 'answer'],
    ['the period of another place’s figure only', '芜湖综保区上半年进出口多少', 'no-answer'],
    ['the period of that other place’s figure', '松江综保区上半年进出口多少', 'answer'],
  ])('answers %s: %s → %s', (_what, question, kind) => {
    expect(zones.ask(question).kind).toBe(kind);
  });
});

describe('a unit the question asks its answer in', () => {
  const farms = articleEngine('乡村', ['芜湖已集聚预制菜企业160余家，今年前三季度实现营业收入约146亿元。', '目前，三省一市冷库总库容超过3200万吨。']);

  it.each([
    ['a figure in the unit', '冷库总库容有多少万吨', 'answer'],
    ['only figures in other units (亿元, 家)', '芜湖预制菜卖了多少吨', 'no-answer'],
    ['only figures in other units, of the measure asked', '芜湖预制菜企业营业收入多少吨', 'no-answer'],
  ])('answers %s: %s → %s', (_what, question, kind) => {
    expect(farms.ask(question).kind).toBe(kind);
  });
});

describe('an amount asked in 亿', () => {
  const trade = articleEngine('外贸', [
    '今年1至10月，合肥中欧班列开行约720列，同比增长9.5%；合肥跨境电商进出口额已是2022年的2.3倍。',
    '今年1至10月，杭州跨境电商进出口约1420亿元，同比增长16.8%。',
  ]);

  it.each([
    ['an amount the passage gives, though it drops 额', '杭州跨境电商进出口额有多少亿', 'answer'],
    ['only a multiple of the amount, a year and other amounts', '合肥跨境电商进出口额有多少亿', 'no-answer'],
  ])('answers %s: %s → %s', (_what, question, kind) => {
    expect(trade.ask(question).kind).toBe(kind);
  });
});

describe('an office of one city, asked about another the passage names', () => {
  const bureau = articleEngine('算力', ['芜湖市数据资源管理局局长宋启航介绍，集群承接的算力需求中，来自上海、杭州等地的超过六成。']);

  it.each([
    ['the city whose office it is', '芜湖市数据资源管理局局长是谁', 'answer'],
    ['a city named elsewhere in the passage', '杭州市数据资源管理局局长是谁', 'no-answer'],
    ['the city whose office it is, in English', 'Who heads the Wuhu data resources bureau?', 'answer'],
    ['a city named elsewhere in the passage, in English', "Who heads Hangzhou's data resources bureau?", 'no-answer'],
  ])('answers who holds it in %s: %s → %s', (_what, question, kind) => {
    expect(bureau.ask(question).kind).toBe(kind);
  });
});

describe('an office the article never writes', () => {
  const office = articleEngine('专班', ['以市委书记为首的工作专班负责统筹，联席办具体推进，各城市派员参加。']);

  it('says so, though a synonym of the office (为首) is written', () => {
    expect(office.ask('联席办主任是谁')).toMatchObject({ kind: 'no-answer' });
  });
});
