/**
 * A small hand-written engine over three paragraphs of the article, with known answers: for handler
 * and rendering tests that must not depend on the real engine's ranking. Implements the whole
 * `Engine` type; `overrides` replace single methods (an engine that throws, for the error boundary).
 */
import { splitSentences } from '../../src/core/sentences.js';
import type { Choice, Engine, FigureMatch, Topic } from '../../src/core/engine-types.js';
import type { Answer, CityReport, DocumentMeta, Figure, Passage, Span } from '../../src/core/types.js';

export const FAKE_DOCUMENT: DocumentMeta = {
  id: 'g60-corridor-2023',
  title: '共建共享区域高质量发展机遇',
  subtitle: '长三角G60科创走廊观察',
  author: '谢卫群',
  date: '2023-11-08',
};

const TRADE =
  '今年是九城市共建共享G60科创走廊5周年。5年间，G60科创走廊九城市新增外资企业注册资本增长25%，利用外资增长54.5%，贸易进出口额达到3.8万亿美元。今年以来，九城市落地项目总投资达到1.29万亿元，显示了高质量发展的韧性和良好的市场投资预期。';
const HUZHOU =
  '建设G60科创走廊，正在对九城市产业发展产生积极影响。浙江省湖州市委书记陈浩说：“湖州主动连接G60科创走廊这条要素互通的大动脉，已参与共建两个产业联盟、四个科技成果示范基地。先后引进和培育了56家新型研发机构、1611家国家高新技术企业。”';
const WUHU = '安徽省芜湖市委书记宁波介绍：“今年以来，我们与G60科创走廊兄弟城市的技术合同成交额达33亿元，较去年同期翻了两番。”';

function figure(text: string, raw: string, value: number, unit: string, metric: string, entity: string, counter: string | null = null): Figure {
  const sentence = splitSentences(text).find((candidate) => candidate.text.includes(raw))?.text ?? text;
  const start = sentence.indexOf(raw);
  return { raw, value, unit, counter, approx: false, metric, entity, sentence, span: { start, end: start + raw.length } };
}

const FIGURES = {
  trade: figure(TRADE, '3.8万亿美元', 3.8e12, 'USD', '贸易进出口额', 'G60九城市'),
  investment: figure(TRADE, '1.29万亿元', 1.29e12, 'CNY', '落地项目总投资', 'G60九城市'),
  labs: figure(HUZHOU, '56家', 56, 'count', '新型研发机构', '湖州', '家'),
  hightech: figure(HUZHOU, '1611家', 1611, 'count', '国家高新技术企业', '湖州', '家'),
  contracts: figure(WUHU, '33亿元', 3.3e9, 'CNY', '技术合同成交额', '芜湖'),
} as const;

type Entry = { readonly paragraph: number; readonly section: string | null; readonly text: string; readonly keywords: readonly string[]; readonly figures: readonly Figure[] };

const ENTRIES: readonly Entry[] = [
  { paragraph: 4, section: null, text: TRADE, keywords: ['贸易进出口额', '九城市', 'trade', '外资'], figures: [FIGURES.trade, FIGURES.investment] },
  { paragraph: 17, section: '强化产业链合作', text: HUZHOU, keywords: ['湖州', '国家高新技术企业', 'huzhou', 'high-tech', '九城市'], figures: [FIGURES.labs, FIGURES.hightech] },
  { paragraph: 18, section: '强化产业链合作', text: WUHU, keywords: ['芜湖', '技术合同成交额', 'wuhu'], figures: [FIGURES.contracts] },
];

export const FAKE_CITIES: readonly Choice[] = [
  { name: '上海松江 Songjiang', value: '松江' },
  { name: '嘉兴 Jiaxing', value: '嘉兴' },
  { name: '杭州 Hangzhou', value: '杭州' },
  { name: '金华 Jinhua', value: '金华' },
  { name: '苏州 Suzhou', value: '苏州' },
  { name: '湖州 Huzhou', value: '湖州' },
  { name: '宣城 Xuancheng', value: '宣城' },
  { name: '芜湖 Wuhu', value: '芜湖' },
  { name: '合肥 Hefei', value: '合肥' },
];

export const FAKE_SUGGESTIONS = ['湖州有多少家国家高新技术企业？', '九城市贸易进出口额是多少？'] as const;

function spansOf(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) spans.push({ start: at, end: at + word.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((span, index) => index === 0 || span.start >= (spans[index - 1]?.end ?? 0));
}

function passageOf(entry: Entry, matched: readonly string[]): Passage {
  return {
    doc: FAKE_DOCUMENT.id,
    paragraph: entry.paragraph,
    section: entry.section,
    kind: 'paragraph',
    text: entry.text,
    score: matched.length,
    highlights: spansOf(entry.text, matched),
    figures: entry.figures,
  };
}

/** The longest question the fake reads; the real engine's limit may differ. */
export const FAKE_MAX_QUESTION = 6000;

function ask(question: string): Answer {
  const trimmed = question.trim();
  if (trimmed === '') return { kind: 'invalid', question, problem: 'empty' };
  if (trimmed.length > FAKE_MAX_QUESTION) return { kind: 'invalid', question, problem: 'too-long' };
  const language = /\p{Script=Han}/u.test(trimmed) ? 'zh' : 'en';
  const lower = trimmed.toLowerCase();
  const hits = ENTRIES.map((entry) => ({ entry, matched: entry.keywords.filter((word) => lower.includes(word)) }))
    .filter((hit) => hit.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length || a.entry.paragraph - b.entry.paragraph);
  if (hits.length === 0) {
    return { kind: 'no-answer', question, language, reason: /北京|beijing/iu.test(trimmed) ? 'unknown-place' : 'not-in-corpus', suggestions: FAKE_SUGGESTIONS, understood: null };
  }
  const passages = hits.map((hit) => passageOf(hit.entry, hit.matched.filter((word) => hit.entry.text.includes(word))));
  const asksQuantity = /多少|几|how (many|much)/iu.test(trimmed);
  const direct = asksQuantity ? (passages[0]?.figures.find((candidate) => candidate.metric !== null && hits[0]?.matched.includes(candidate.metric)) ?? null) : null;
  return { kind: 'answer', question, language, direct, passages, understood: null };
}

function city(name: string): CityReport {
  const key = FAKE_CITIES.find((choice) => choice.value === name || choice.name.toLowerCase().includes(name.toLowerCase()))?.value;
  if (key === undefined) {
    return { city: null, figures: [], shared: [], mentions: [], note: `“${name}”不是本文报道的城市之一。` };
  }
  const own = Object.values(FIGURES).filter((candidate) => candidate.entity === key);
  const shared = Object.values(FIGURES).filter((candidate) => candidate.entity === 'G60九城市');
  const mentions = ENTRIES.filter((entry) => entry.text.includes(key)).map((entry) => passageOf(entry, [key]));
  return {
    city: { key, name: key, aliases: [] },
    figures: own,
    shared,
    mentions,
    note: own.length === 0 ? '文章没有给出这座城市自己的数字。' : null,
  };
}

function findFigures(query: string, limit = 10): readonly FigureMatch[] {
  const matches: FigureMatch[] = [];
  for (const entry of ENTRIES) {
    for (const candidate of entry.figures) {
      if (candidate.metric?.includes(query) === true || candidate.raw.includes(query) || String(candidate.value) === query) {
        matches.push({ figure: candidate, doc: FAKE_DOCUMENT.id, paragraph: entry.paragraph, score: 1 });
      }
    }
  }
  return matches.slice(0, limit);
}

function choicesMatching(choices: readonly Choice[], input: string, limit: number): readonly Choice[] {
  const needle = input.trim().toLowerCase();
  return choices.filter((choice) => choice.name.toLowerCase().includes(needle) || choice.value.includes(needle)).slice(0, limit);
}

export function createFakeEngine(overrides: Partial<Engine> = {}): Engine {
  const metrics: Choice[] = Object.values(FIGURES).flatMap((candidate) => (candidate.metric === null ? [] : [{ name: candidate.metric, value: candidate.metric }]));
  const engine: Engine = {
    stats: { documents: [FAKE_DOCUMENT], passages: 30, figures: Object.keys(FIGURES).length },
    ask,
    // Follow-ups are the real engine's business; the fake reads every question on its own.
    topicOf: (): Topic | null => null,
    city,
    findFigures,
    cityChoices: (input, limit = 25) => choicesMatching(FAKE_CITIES, input, limit),
    metricChoices: (input, limit = 25) => choicesMatching(metrics, input, limit),
  };
  return { ...engine, ...overrides };
}
