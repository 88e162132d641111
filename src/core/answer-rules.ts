import { asksAboutPresent, asksForMoney, figureTexts, isMoney, isPlanned } from './direct.js';
import { findEnglishPeriods } from './english-periods.js';
import { PERSON_COUNTERS } from './figures/units.js';
import { countedWith } from './counts.js';
import { askedOffice } from './offices.js';
import { conceptMatch, MEASURE_LINK, type RankablePassage } from './passage-match.js';
import { monthSpans, sameSpan, spansOfFigure, type MonthSpan } from './periods.js';
import { boundMeasure, type AnalyzedQuestion, type Concept } from './query.js';
import { escapeRegExp } from './text-match.js';
import type { Figure, NoAnswerReason } from './types.js';
import { askedUnit, writesUnit } from './units.js';
import { EVENT, heldInPatterns } from './venues.js';
import { isYear, writesYear } from './years.js';

/**
 * What the passage that answers a question must write, beyond covering it: a figure of the place
 * asked about, the measure asked for, the period, the year, the office, a count in the counter
 * asked with. A passage that covers the question well but lacks one answers another question.
 */
export type AnswerRule = {
  readonly holds: (passage: RankablePassage) => boolean;
  /** Why the corpus does not answer when no passage near the top holds. */
  readonly reason: NoAnswerReason;
};

const DAY_ASKED = /几号|哪一?天|哪日|\b(?:what|which) (?:date|day)\b|\bon what date\b/u;
const DAY_WRITTEN = /\d{1,2}[日号]/u;
export const TIME_WORDS = /\d{4}年|\d{1,2}月|\d{1,2}日|今年|去年|明年|前年|年底|年初|年末|上半年|下半年|季度|周年|年间|以来|\d+年|日前|近日/u;
const EACH = /各|分别|\b(?:each|respectively)\b/u;
/** A question that asks how many 亿 or 万 asks for an amount. */
const AMOUNT = /(?:多少|几)(?:个)?(?:千万|百万|亿|万)/u;
/** Figures that say how one amount compares with another, not how much it is. */
const RELATIVE_UNITS = new Set(['percent', 'percentage-point', 'multiple', 'ratio']);
/** Figures that date, rank or order a thing: neither an amount nor comparable as one. */
export const COMPARED_UNITS = new Set(['date', 'period', 'year', 'rank', 'ordinal']);

/** The rules a question sets; `future`: whether it asks about a goal (see asksAboutFuture). */
export function answerRules(question: AnalyzedQuestion, future: boolean): AnswerRule[] {
  const { concepts } = question;
  const places = concepts.filter((concept) => concept.role === 'place' && concept.key !== null);
  const rules: AnswerRule[] = [];
  // A quantity or person question names what it asks for (出口 in 合肥新能源汽车出口了多少辆, 主任
  // in 联席办主任是谁); when the corpus uses that word, a passage without it answers another question.
  const measures = concepts.filter(
    (concept) => concept.role === 'subject' && question.measure.includes(concept.source) && writtenInCorpus(concept, question),
  );
  if (measures.length > 0) {
    rules.push({
      holds: (passage) => measures.every((concept) => conceptMatch(concept, passage).strength >= MEASURE_LINK),
      reason: question.asks === 'quantity' ? 'figure-not-given' : 'not-in-corpus',
    });
  }
  if (measures.length > 0 && question.asks === 'quantity' && question.language !== 'en') {
    // 太湖总氮浓度是多少: a passage that names 总氮 but gives no figure in a sentence about it does not say.
    // 合肥跨境电商进出口额有多少亿: an amount is not answered by a multiple or a share of it (2.3倍),
    // a year beside it, or another amount of the sentence (720列 of freight trains, a clause before).
    const amount = AMOUNT.test(question.normalized);
    // 冷链流通率: written together, not 流通环节的损耗率.
    const bound = boundMeasure(question);
    const figureOf = (passage: RankablePassage) =>
      passage.figures.some((figure) => {
        const text = amount ? figureTexts(figure).segment : figureTexts(figure).sentence;
        return (
          !(amount && (RELATIVE_UNITS.has(figure.unit) || COMPARED_UNITS.has(figure.unit))) &&
          (bound === null || text.includes(bound)) &&
          measures.every((concept) => concept.forms.some((form) => form.strength >= MEASURE_LINK && text.includes(form.text)))
        );
      });
    rules.push({ holds: figureOf, reason: 'figure-not-given' });
  }
  // The months asked about (上半年, first half), for the rules of a place's figure and of a period.
  const asked = askedSpans(question);
  if (question.asks === 'quantity' && places.length > 0) {
    // How much did Hangzhou contribute…: a passage that names the city but gives it no figure does not
    // say; 芜湖有几家… is not answered by a 芜湖 figure counted in months.
    const keys = new Set(places.map((place) => place.key!));
    // (Only a Chinese counter: an English one is the dictionary's guess, 座 for cities.)
    const specific = question.language !== 'en' && question.counter !== null && countedWith(question.counter) !== null ? question.counter.word : null;
    const countedAsAsked = (figure: Figure) =>
      specific === null || specific === '个' || figure.counter === specific || figure.counter === '个' || (PERSON_COUNTERS.includes(specific) && figure.unit === 'people');
    // 嘉兴碳账户企业的贷款总额是多少: the place's 4800余家 firms are not the loans' amount.
    const money = asksForMoney(question.normalized);
    // How many people attended the meeting in Xuancheng: a meeting's figures are its own, and the
    // place is where it was held (only when the question asks about an event: 芜湖发放了多少算力券
    // is not answered by the figures of a conference held in 芜湖).
    const venues = EVENT.test(question.normalized) ? heldInPatterns(places) : [];
    const ownedBy = (figure: Figure, passage: RankablePassage) =>
      (figure.entity ?? '').split('、').some((key) => keys.has(key)) ||
      (!isPlaceFigure(figure, passage) && venues.some((pattern) => pattern.test(passage.normalized)));
    // 芜湖综保区上半年进出口多少: the place's figure must be the period's, not the place's figure
    // for other months beside another place's for the period asked (1至10月 of 芜湖, 上半年 of 松江).
    const ofPeriod = (figure: Figure, passage: RankablePassage) => {
      if (asked.length === 0) return true;
      const written = spansOfFigure(passage.normalized, figureTexts(figure).sentence);
      return written.length === 0 || written.some((span) => asked.some((other) => sameSpan(span, other)));
    };
    // How many Hefei schools are paired with schools in Shanghai: with two places, one owns the
    // figure and its sentence names the other (金华与上海结对的中小学 is 金华's); unless each is asked
    // for in turn (苏州和湖州各有多少).
    const together = places.length > 1 && !EACH.test(question.normalized);
    const namesAll = (figure: Figure) =>
      !together ||
      places.every((place) => (figure.entity ?? '').split('、').includes(place.key!) || place.forms.some((form) => figureTexts(figure).sentence.includes(form.text)));
    rules.push({
      holds: (passage) =>
        passage.figures.some(
          (figure) => ownedBy(figure, passage) && namesAll(figure) && countedAsAsked(figure) && (!money || isMoney(figure)) && ofPeriod(figure, passage),
        ),
      reason: 'figure-not-given',
    });
  }
  // 长三角现在的冷链流通率是多少: a passage whose figures are all goals (到2027年…力争…) says what
  // is aimed at, not what is.
  if (question.asks === 'quantity' && !future && asksAboutPresent(question)) {
    rules.push({ holds: (passage) => passage.figures.some((figure) => !isPlanned(figure)), reason: 'figure-not-given' });
  }
  // What was the grain output in 2023: a passage about another year does not say.
  const years = concepts.filter(isYear).map((concept) => Number(concept.source));
  if (years.length > 0) rules.push({ holds: (passage) => years.every((year) => writesYear(passage.normalized, passage.year, year)), reason: 'figure-not-given' });
  // 松江综保区前三季度进出口多少: a passage that gives its figures for other months (上半年) does not
  // say; one that names no period at all may.
  if (asked.length > 0) {
    rules.push({
      holds: (passage) => {
        const written = monthSpans(passage.normalized);
        return written.length === 0 || written.some((span) => asked.some((other) => sameSpan(span, other)));
      },
      reason: 'figure-not-given',
    });
  }
  // 杭州市数据资源管理局局长是谁, Who heads Suzhou's medical insurance bureau: the office must be
  // written after the place asked about (芜湖市数据资源管理局局长 is 芜湖's, though the passage
  // names 杭州 elsewhere). A title may follow another (苏州市委副书记、市长吴庆文).
  const offices = question.asks === 'person' ? askedOffice(question) : [];
  if (offices.length > 0 && places.length > 0) {
    const office = offices.map(escapeRegExp).join('|');
    const officeOf = places.flatMap((place) => place.forms.map((form) => new RegExp(`${escapeRegExp(form.text)}[^，。；“”]{0,12}(?:${office})`, 'u')));
    rules.push({ holds: (passage) => officeOf.some((pattern) => pattern.test(passage.normalized)), reason: 'not-in-corpus' });
  }
  if (question.asks === 'time') {
    // 论坛是几号开的 asks for a day: 早在2015年 is a time, not the day.
    const written = DAY_ASKED.test(question.normalized) ? DAY_WRITTEN : TIME_WORDS;
    rules.push({ holds: (passage) => written.test(passage.normalized), reason: 'figure-not-given' });
  }
  // 长峰草莓网上卖了多少吨, How many minutes do patients wait: the answer is a number in that unit.
  const unit = question.asks === 'quantity' ? askedUnit(question.normalized) : null;
  if (unit !== null) rules.push({ holds: (passage) => writesUnit(passage.normalized, unit), reason: 'figure-not-given' });
  const { counter } = question;
  const counted = countedWith(counter);
  if (counter !== null && counted !== null) {
    // People are also counted with the noun before the number (年轻人36万), which the figures know.
    const countsPeople = PERSON_COUNTERS.includes(counter.word);
    rules.push({
      holds: (passage) => counted.test(passage.normalized) || (countsPeople && passage.figures.some((figure) => figure.unit === 'people')),
      reason: 'figure-not-given',
    });
  }
  return rules;
}

/**
 * The periods a question asks about: written in it, or named in its English (H1 → 上半年). Not
 * its concepts' forms: the dictionary renders 今年 as 上半年 and 季度 too.
 */
function askedSpans(question: AnalyzedQuestion): MonthSpan[] {
  if (question.language !== 'en') return monthSpans(question.normalized);
  return monthSpans(findEnglishPeriods(question.normalized).flatMap((period) => period.spellings.map((spelling) => spelling.text)).join('，'));
}

/** A figure owned by a place of the passage, which an event's figure is not. */
function isPlaceFigure(figure: Figure, passage: RankablePassage): boolean {
  return figure.entity !== null && figure.entity.split('、').some((key) => passage.places.has(key));
}

/**
 * Whether the corpus writes a measure word itself: the Chinese word; in English an office asked
 * about (the mayor of…: 市长) or the amount a "how much is the X of…" asks (the total investment in
 * the hub: 投资), when the dictionary renders it exactly. Renderings of other nouns are approximate
 * (cathode: 负极, where a battery article writes 正极材料), so they are not required.
 */
function writtenInCorpus(concept: Concept, question: AnalyzedQuestion): boolean {
  const first = concept.forms[0];
  if (first === undefined) return false;
  if (question.language === 'en') return (question.asks === 'person' || question.asks === 'quantity') && first.strength >= MEASURE_LINK;
  return first.text === concept.source;
}
