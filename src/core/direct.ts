import type { Asks } from './intent.js';
import { memoize } from './memo.js';
import { isScope } from './place-scope.js';
import { normalize } from './normalize.js';
import { matchStrength } from './text-match.js';
import { boundMeasure, englishCountedNoun, type AnalyzedQuestion, type Concept } from './query.js';
import { PERSON_COUNTERS } from './figures/units.js';
import type { Figure, Passage } from './types.js';
import { EVENT, heldInPatterns } from './venues.js';
import { isYear, writesYear } from './years.js';

/**
 * The one figure a quantity question asks for, or null. A figure leads the reply only when what it
 * measures matches what was asked (the question's words in the figure's clause or metric), its
 * entity does not contradict the place asked about, and its unit fits the kind of question; a
 * neighbour is never offered in place of a figure the article does not give.
 */

/** Below this share of the question's subject weight found around a figure, it does not answer. */
export const MIN_FIGURE_MATCH = 0.45;
/** A question with no question word (湖州高新技术企业) is a figure lookup only when it names one. */
export const MIN_LOOKUP_MATCH = 0.6;
const CLAUSE_BREAK = /[，,；;。！？!?：:]/u;
// Inside a clause, a list (56家新型研发机构、1611家国家高新技术企业) gives each figure its own noun.
const SEGMENT_BREAK = /[，,；;。！？!?：:、和及与]/u;
// Where a question word is found, from the figure's own words outwards.
const WHERE = { metric: 1, segment: 0.9, clause: 0.7, sentence: 0.5 } as const;
// A date or a span opens its sentence (11月8日，…大会举行; 5年间，…增长25%): the whole sentence is
// what it dates.
const DATED_SENTENCE = 0.9;

type UnitFit = 'fits' | 'neutral' | 'wrong';

/**
 * The figure that answers a question outright, from the first passages, or null when none does.
 * `cities`: the keys of the places figures belong to, to tell a city's figure from an event's;
 * `documentYear`: the year a document is dated, for the 今年 and 去年 of its sentences.
 */
export function chooseDirectFigure(
  question: AnalyzedQuestion,
  passages: readonly Passage[],
  cities: ReadonlySet<string>,
  documentYear: (doc: string) => number | null = () => null,
): Figure | null {
  const minMatch = asksForFigure(question) ? MIN_FIGURE_MATCH : MIN_LOOKUP_MATCH;
  const subjects = question.concepts.filter((concept) => concept.role === 'subject' || concept.role === 'number');
  const places = question.concepts.filter((concept) => concept.role === 'place' && concept.key !== null && !isScope(concept, question.normalized));
  const people = question.concepts.filter((concept) => concept.role === 'person');
  const future = asksAboutFuture(question);
  const present = asksAboutPresent(question);
  const writings = measureWritings(question);
  // How many people attended the forum in Hangzhou: the forum's figures (约750人参会, of the region,
  // no city's) answer it when the passage says the forum was held there, as ranking reads it.
  const venues = EVENT.test(question.normalized) ? heldInPatterns(places) : [];
  const eventFigure = (figure: Figure) => !(figure.entity ?? '').split('、').some((key) => cities.has(key));
  // What was the grain output in 2023: a figure whose sentence is of another year (去年 of 2025) is not.
  const years = question.concepts.filter(isYear).map((concept) => Number(concept.source));
  let best: { figure: Figure; score: number } | null = null;
  // The first passages only: a figure further down answers a different question.
  passages.slice(0, 2).forEach((passage, rank) => {
    const heldThere = venues.length > 0 && venues.some((pattern) => pattern.test(normalizedSentence(passage.text)));
    for (const figure of passage.figures) {
      if (!placesAllow(figure, places, cities) && !(heldThere && eventFigure(figure))) continue;
      if (people.length > 0 && !people.some((person) => mentions(figure, person))) continue;
      if (!years.every((year) => writesYear(figureTexts(figure).sentence, documentYear(passage.doc), year))) continue;
      // 长三角现在的冷链流通率是多少: 到2027年…提高到50%以上 is what is aimed at, not what is.
      if (present && isPlanned(figure)) continue;
      if (!writesMeasure(question, figure)) continue;
      const fit = unitFit(question, figure);
      if (fit === 'wrong') continue;
      const match = subjectMatch(subjects, figure);
      // A figure whose own clause writes what an English question counts (带动就业约4200人 for how
      // many jobs) needs less of the rest, which the sentence may write before it (泾县…非遗工坊).
      const measured = measureBonus(writings, figure);
      const relief = question.language === 'en' ? measured : 0;
      if (subjects.length > 0 ? match + relief < minMatch : !asksForFigure(question)) continue;
      const score =
        match +
        (fit === 'fits' ? 0.3 : 0) +
        measured -
        goalPenalty(figure, future) -
        startPenalty(figure, question) -
        changePenalty(figure, question) -
        rank * 0.2 +
        (places.some((place) => owns(figure, place)) ? OWNED_BONUS : 0) +
        (figure.approx ? 0 : 0.01);
      if (best === null || score > best.score) best = { figure, score };
    }
  });
  return best === null ? null : (best as { figure: Figure }).figure;
}

// A change (承保金额同比增长7.2%) says how much a level moved, not the level: a question that asks
// for a level (how much cover, 货值, 总额多少, a lookup of a 交易额) and not how it changed gets the
// level (1460亿美元) when the passage gives both, the change when that is all it gives. A follow-up
// (利用外资呢？) says neither, and keeps the change its conversation asked about.
const CHANGE_PENALTY = 0.3;
const ASKS_LEVEL = /多少|几|(?<![份名])额|货值|规模|总量|\bhow (?:much|many)\b|\b(?:amount|total|value|volume|size)\b/u;
function changePenalty(figure: Figure, question: AnalyzedQuestion): number {
  const change = GROWTH_UNITS.has(figure.unit) && CHANGE.test(figureTexts(figure).metric);
  return change && ASKS_LEVEL.test(question.normalized) && !ASKS_GROWTH.test(question.normalized) ? CHANGE_PENALTY : 0;
}

// A figure a clause sets as a goal or forecast (到2027年…力争突破200万辆) is not what was reached:
// a question that does not ask about the future gets the figure reached when the passage has one.
const GOAL_PENALTY = 0.3;
function goalPenalty(figure: Figure, future: boolean): number {
  return !future && isGoal(figure) ? GOAL_PENALTY : 0;
}

// 由过去的半天缩短到10分钟左右, 由最初的5种扩大到12种: the value a change started from answers only a
// question about the past.
const START_PENALTY = 0.3;
const STARTS_FROM =
  /(?:由|从)(?:过去|以前|原来|原先|原本|此前|最初|起初|当初|初期|\p{Script=Han}{0,4}之初|几年前|(?:19|20)\d{2}年(?:底|末|初)?)?的?(?:不足|不到|约|近)?$/u;
const ASKS_PAST = /过去|以前|原来|此前|之前|\bbefore\b|\bused to\b|\bpreviously\b|\bformerly\b/u;
function startPenalty(figure: Figure, question: AnalyzedQuestion): number {
  const before = figure.sentence.slice(Math.max(0, figure.span.start - 12), figure.span.start);
  return STARTS_FROM.test(before) && !ASKS_PAST.test(question.normalized) ? START_PENALTY : 0;
}

const GOAL_WORDS = /力争|目标|计划|规划|预计|有望|将|到20\d\d年/u;
const FUTURE_QUESTION = /将|会不会|计划|目标|预计|力争|规划|明年|未来|到20\d\d年|\bwill\b|\bplan|\btarget|\bgoal|\bexpect|\baim|\bby 20\d\d\b|\bnext year\b|\bfuture\b/u;

/** Whether a figure's own clause states it as a goal or a forecast. */
export function isGoal(figure: Figure): boolean {
  return GOAL_WORDS.test(figureTexts(figure).clause);
}

// A sentence that sets targets names its horizon or aims (到2027年…力争); 将 and 预计 in a sentence
// may be about one clause only (今年产量达到…，明年将…).
const PLAN_WORDS = /力争|目标|到20\d\d年/u;

/**
 * Whether a figure stands in a sentence of targets, even when its own clause names no goal
 * (到2027年，…力争…，跨省调度时延控制在20毫秒以内: every figure of it is aimed at).
 */
export function isPlanned(figure: Figure): boolean {
  return PLAN_WORDS.test(figureTexts(figure).sentence);
}

const GOAL_NOUN = /目标|计划|规划|预期|\b(?:targets?|goals?|plans?|aims?)\b/u;

/** Whether a word a question asks for is a goal (目标, target): it says a figure is aimed at, not what it measures. */
export function isGoalWord(word: string): boolean {
  return GOAL_NOUN.test(word);
}

export function asksAboutFuture(question: AnalyzedQuestion): boolean {
  return FUTURE_QUESTION.test(question.normalized);
}

const PRESENT_QUESTION = /现在|目前|当前|如今|眼下|\b(?:now|currently|current|today|at present)\b/u;

/** Whether a question asks what is, now (现在, currently), and not about a goal: a goal never answers it. */
export function asksAboutPresent(question: AnalyzedQuestion): boolean {
  return PRESENT_QUESTION.test(question.normalized) && !asksAboutFuture(question);
}

// The word a quantity question asks for (占全国 in 产量占全国多少) in a figure's own clause marks
// the figure that answers, over a neighbour whose label repeats more of the question's other words.
const MEASURE_BONUS = 0.25;
function measureBonus(writings: readonly string[], figure: Figure): number {
  const { clause } = figureTexts(figure);
  return writings.some((word) => clause.includes(word)) ? MEASURE_BONUS : 0;
}

// An English measure (price of "what is the price of") is written in the Chinese its concept
// renders it by, as far as a sense of the word itself carries it; with none, the noun a "how
// many" question counts ("how many jobs": 工作, 就业).
const MEASURE_RENDERING = 0.5;
function measureWritings(question: AnalyzedQuestion): readonly string[] {
  if (question.language !== 'en') return question.measure;
  const counted = question.measure.length > 0 ? null : englishCountedNoun(question.normalized);
  const measured = question.concepts.filter((concept) =>
    counted === null ? question.measure.includes(concept.source) : concept.role === 'subject' && concept.source.split(' ').includes(counted),
  );
  return measured.flatMap((concept) => concept.forms.filter((form) => form.strength >= MEASURE_RENDERING).map((form) => form.text));
}

/**
 * Whether the figure's sentence writes the word that says which measure a Chinese question asks for
 * (总氮 of 总氮浓度): 总磷平均浓度0.051毫克/升 is no answer to how much total nitrogen. The measure's
 * head (浓度, 增长率) may be written in other words and only earns a bonus (measureBonus).
 */
function writesMeasure(question: AnalyzedQuestion, figure: Figure): boolean {
  const [modifier] = question.measure;
  if (question.language === 'en' || question.measure.length < 2 || modifier === undefined) return true;
  return figureTexts(figure).sentence.includes(boundMeasure(question) ?? modifier);
}

function asksForFigure(question: AnalyzedQuestion): boolean {
  return question.asks === 'quantity' || question.asks === 'rank' || question.asks === 'time' || question.counter !== null;
}

/**
 * A figure's texts as questions are compared with them, each normalized when first read and then
 * kept, per figure: a question touching sixty passages for the first time spent milliseconds
 * normalizing texts no rule read (a goal test reads only the sentence). A sentence is normalized
 * once for all the figures it holds.
 */
type FigureTexts = { readonly metric: string; readonly segment: string; readonly clause: string; readonly sentence: string };
const textsOfFigure = new WeakMap<Figure, FigureTexts>();
const normalizedSentence = memoize(normalize, 20_000);

export function figureTexts(figure: Figure): FigureTexts {
  let texts = textsOfFigure.get(figure);
  if (!texts) {
    texts = new LazyFigureTexts(figure);
    textsOfFigure.set(figure, texts);
  }
  return texts;
}

class LazyFigureTexts implements FigureTexts {
  readonly #figure: Figure;
  #metric: string | undefined;
  #segment: string | undefined;
  #clause: string | undefined;

  constructor(figure: Figure) {
    this.#figure = figure;
  }

  get metric(): string {
    return (this.#metric ??= normalize(this.#figure.metric ?? ''));
  }

  get segment(): string {
    return (this.#segment ??= normalize(around(this.#figure, SEGMENT_BREAK)));
  }

  get clause(): string {
    return (this.#clause ??= normalize(around(this.#figure, CLAUSE_BREAK)));
  }

  get sentence(): string {
    return normalizedSentence(this.#figure.sentence);
  }
}

function mentions(figure: Figure, concept: Concept): boolean {
  const { sentence } = figureTexts(figure);
  return concept.forms.some((form) => sentence.includes(form.text));
}

// A figure of the nine cities together answers a question about the nine; a city's figure answers
// only that city (or a list it is in); a figure of no known entity answers no place question.
/**
 * Whether a figure answers for the places asked about: one place's (or each's), and the others
 * named in its sentence (芜湖到上海的网络时延: 芜湖's, to 上海).
 */
function placesAllow(figure: Figure, places: readonly Concept[], cities: ReadonlySet<string>): boolean {
  const allowed = places.filter((place) => entityAllows(figure, place, cities));
  return places.length === 0 || (allowed.length > 0 && places.every((place) => allowed.includes(place) || mentions(figure, place)));
}

function entityAllows(figure: Figure, place: Concept, cities: ReadonlySet<string>): boolean {
  if (owns(figure, place)) return true;
  // 金华那个文旅大会是哪天开幕的: an event's date belongs to the event, held in the place named.
  if (figure.entity === null || TIME_UNITS.has(figure.unit)) return mentions(figure, place);
  // A body's figure may be the place's when its sentence names the place: the extractor gives a
  // figure to the body named nearest (在上海松江，长三角G60智算中心…部署服务器约2600台; 苏州…占九城市
  // 外贸总额的近一半). Another city's figure never is.
  return !figure.entity.split('、').some((key) => cities.has(key)) && lastCityBefore(figure, place, cities);
}

/** Whether the place is the city named last before the figure in its sentence. */
function lastCityBefore(figure: Figure, place: Concept, cities: ReadonlySet<string>): boolean {
  const before = normalizedSentence(figure.sentence.slice(0, figure.span.start));
  const placeAt = Math.max(...place.forms.map((form) => before.lastIndexOf(form.text)));
  if (placeAt < 0) return false;
  return [...cities].every((key) => key === place.key || before.lastIndexOf(key) < placeAt);
}

function owns(figure: Figure, place: Concept): boolean {
  return figure.entity?.split('、').includes(place.key!) ?? false;
}

// A figure the place owns goes before one of a body whose sentence only names the place.
const OWNED_BONUS = 0.1;

/** Share of the subject weight found around the figure, the nearer the more (see WHERE). */
function subjectMatch(subjects: readonly Concept[], figure: Figure): number {
  // A word the corpus never writes (帮 of 帮老百姓少垫了多少钱) is found around no figure: it
  // tells none apart, and would only hold every figure below the bar.
  const total = subjects.reduce((sum, concept) => sum + (concept.forms.length > 0 ? concept.weight : 0), 0);
  if (total === 0) return 0;
  const texts = figureTexts(figure);
  const places = [
    [texts.metric, WHERE.metric],
    [texts.segment, WHERE.segment],
    [texts.clause, WHERE.clause],
    [texts.sentence, TIME_UNITS.has(figure.unit) ? DATED_SENTENCE : WHERE.sentence],
  ] as const;
  let found = 0;
  for (const concept of subjects) {
    // How near the figure the concept is written, not how sure its rendering is: an English word
    // whose best rendering is a weak dictionary link counts in full where that rendering is found
    // (ranking already weighed the link).
    const best = Math.max(0, ...concept.forms.map((form) => form.strength));
    let strength = 0;
    for (const form of concept.forms) {
      for (const [text, nearness] of places) {
        strength = Math.max(strength, matchStrength(form.text, text) * (form.strength / best) * nearness);
      }
    }
    found += concept.weight * strength;
  }
  return found / total;
}

/** The stretch of the sentence around the figure between two breaks. */
export function around(figure: Figure, breaks: RegExp): string {
  const { sentence, span } = figure;
  let start = span.start;
  while (start > 0 && !breaks.test(sentence[start - 1]!)) start--;
  let end = span.end;
  while (end < sentence.length && !breaks.test(sentence[end]!)) end++;
  return sentence.slice(start, end);
}

const TIME_UNITS = new Set(['date', 'period', 'year']);
const RANK_UNITS = new Set(['rank', 'ordinal']);
const MONEY_UNITS = new Set(['CNY', 'USD', 'EUR', 'JPY', 'HKD', 'GBP']);
const ASKS_DAY = /哪天|哪一天|几月几[日号]|几号|日期|什么时候|何时|\bwhen\b|what date|which day/u;
// A share or a rate is a percentage (八成 is read as 80%): 2,500万人次 does not answer "what
// percentage", nor the year 2020 "配套率是多少". 占地多少亩 asks for an area, not a share.
const ASKS_SHARE = /百分之几|百分比|占比|比重|比例是?多少|几成|占(?!地)[^，。？?]{0,8}(?:多少|几)|\p{Script=Han}率|\bpercent(?:age)?\b|\bwhat share\b|\bproportion\b|\brate\b/u;
const QUESTION_WORD = /什么|怎么|怎样|如何|为什么|为何|哪|吗|\bwhat\b|\bhow\b|\bwhy\b|\bwhich\b/u;
// Counters that count things; 届, 次 and 位 also number editions and places (第六届, 第一位).
const COUNTING = '个家项条件座名人所只台批辆款笔张套';
const NOT_COUNTS = new Set(['percent', 'percentage-point', 'multiple', ...TIME_UNITS, ...RANK_UNITS, ...MONEY_UNITS]);
// How much something changed, up or down (下降了多少; 下降到多少 asks for the level it reached).
const ASKS_GROWTH =
  /增长|增速|增幅|降幅|同比|上升|(?:提高|增加|下降|减少|降低|缩短|回落)了?(?:多少|几)|\bgrow|\bgrew\b|\bgrowth\b|\byear on year\b|\bincrease|\brise\b|\brose\b|\bfall\b|\bfell\b|\bdrop|\bdeclin|\bdecrease|\bshr[ia]nk|\bby how much\b/u;
const GROWTH_UNITS = new Set(['percent', 'percentage-point', 'multiple']);
// A figure's label that says it is a change, not a level.
const CHANGE = /增长|增加|下降|减少|提高|降低|上升|回落|增幅|降幅|增速|同比|环比|缩短|延长/u;
const ASKS_YEARS = /几年|多少年|几周年|多少周年|多久|多长时间|\bhow many years\b|\bhow long\b/u;
// Nouns of amounts of money: a figure in money fits a question about them better than a count.
const NAMES_MONEY =
  /投资|收入|费用|资金|金额|营收|销售额|成交额|补贴|价格|售价|工资|薪酬|\b(?:spending|spent|spend|costs?|invest(?:ment|ed)?s?|revenues?|income|funds?|funding|prices?|fees?|subsid(?:y|ies)|wages?|salar(?:y|ies)|budgets?|capital|loans?|paid|worth|expenses?|turnover)\b/u;
const ASKS_AMOUNT_OF =
  /\bhow much (?!(?:did|do|does|is|was|are|were|has|have|had|will|would|can|could|should|more|less|of|in|on|for|to|by|per|each|every|higher|lower|bigger|larger|smaller|faster|slower|cheaper|longer|shorter)\b)[a-z]/u;
const COUNTED_UNITS: ReadonlySet<string> = new Set(['count', 'people', 'trips']);
const ASKS_MONEY = /多少钱|金额|多少元|\bhow much money\b|\byuan\b|\bdollars?\b|\brmb\b/u;
// 贷款总额, 进出口额 (not 份额, a share, or 名额, places); how much did X invest: an amount of money,
// unless the question asks how it grew (成交额增长了多少).
const NAMES_AMOUNT = /(?<![份名])额|\bhow much (?:\S+ ){0,6}?(?:invest|contribut|spen[dt]|pa(?:y|id)|rais|lend|lent|borrow|earn)/u;

/** Whether a normalized question asks for an amount of money (贷款总额是多少, How much did X invest?). */
export function asksForMoney(question: string): boolean {
  return ASKS_MONEY.test(question) || (NAMES_AMOUNT.test(question) && !ASKS_GROWTH.test(question));
}

/** Whether a figure is an amount of money. */
export function isMoney(figure: Figure): boolean {
  return MONEY_UNITS.has(figure.unit);
}

function unitFit(question: AnalyzedQuestion, figure: Figure): UnitFit {
  // Who and where are answered by a name, which no figure is: 300家 does not say where a fund was
  // set up; nor is a figure what 白皮书叫什么名字 or "what did she say" asks for. A lookup with no
  // question word (湖州高新技术企业) still is.
  if (question.asks === 'person' || question.asks === 'place') return 'wrong';
  if (question.asks === 'other' && QUESTION_WORD.test(question.normalized)) return 'wrong';
  const counter = question.counter?.word ?? null;
  if (counter !== null && figure.counter === counter) return 'fits';
  // People counted with no counter written (年轻人36万) are people all the same.
  if (counter !== null && PERSON_COUNTERS.includes(counter) && figure.unit === 'people') return 'fits';
  // 几个城市 asks for a count: a share, a sum of money, a date or a rank does not answer it.
  if (counter !== null && COUNTING.includes(counter) && NOT_COUNTS.has(figure.unit)) return 'wrong';
  if (counter === '倍' && figure.unit === 'multiple') return 'fits';
  if (ASKS_MONEY.test(question.normalized)) return MONEY_UNITS.has(figure.unit) ? 'fits' : 'wrong';
  if (ASKS_SHARE.test(question.normalized)) return figure.unit === 'percent' ? 'fits' : 'wrong';
  // "How much air cargo": an amount of something uncounted, which 航线9条 (a count of routes) is not.
  if (ASKS_AMOUNT_OF.test(question.normalized) && COUNTED_UNITS.has(figure.unit)) return 'wrong';
  // How much medical spending…: an amount of money, unless the question asks how it grew.
  if (NAMES_MONEY.test(question.normalized) && !ASKS_GROWTH.test(question.normalized) && MONEY_UNITS.has(figure.unit)) return 'fits';
  // 几年, 几周年, how many years: a count of years (成立3年来 does not say how many members), even
  // of a growth (这是多长时间里的增长 asks for 5年间, not 25%).
  if (ASKS_YEARS.test(question.normalized)) return figure.unit === 'year' || figure.unit === 'period' ? 'fits' : 'neutral';
  // How much something grew is told as a rate or a multiple (增长25%, 翻了两番) more than as the new total.
  if (ASKS_GROWTH.test(question.normalized) && GROWTH_UNITS.has(figure.unit)) return 'fits';
  // 前三季度长三角国内旅游收入 names its period; the period is no answer to it.
  if (question.asks !== 'time' && (figure.unit === 'period' || figure.unit === 'date') && !ASKS_DAY.test(question.normalized)) return 'wrong';
  if (question.asks === 'time' && ASKS_DAY.test(question.normalized)) {
    return figure.unit === 'date' ? 'fits' : TIME_UNITS.has(figure.unit) ? 'neutral' : 'wrong';
  }
  return kindFit(question.asks, figure);
}

function kindFit(asks: Asks, figure: Figure): UnitFit {
  switch (asks) {
    case 'time':
      return TIME_UNITS.has(figure.unit) ? 'fits' : 'wrong';
    case 'rank':
      return RANK_UNITS.has(figure.unit) ? 'fits' : 'wrong';
    case 'quantity':
      return TIME_UNITS.has(figure.unit) || RANK_UNITS.has(figure.unit) ? 'wrong' : 'neutral';
    case 'person':
    case 'place':
    case 'title':
    case 'author':
    case 'summary':
    case 'other':
      return 'neutral';
  }
}
