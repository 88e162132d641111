import { asksAboutFuture, asksForMoney, figureTexts, isGoalWord, isMoney, isPlanned } from './direct.js';
import type { Asks } from './intent.js';
import { PERSON_COUNTERS } from './figures/units.js';
import { memoize } from './memo.js';
import { escapeRegExp, partialMatch } from './text-match.js';
import type { AnalyzedQuestion, Concept } from './query.js';
import type { Block, Figure, NoAnswerReason, Span } from './types.js';
import { findEnglishPeriods } from './english-periods.js';
import { monthSpans, sameSpan, spansOfFigure, type MonthSpan } from './periods.js';
import { askedOffice } from './offices.js';
import { askedUnit, writesUnit } from './units.js';
import { EVENT, heldInPatterns } from './venues.js';
import { isYear, writesYear } from './years.js';

/**
 * Re-ranks the index's candidates by how much of the question each one covers, and decides when
 * the corpus does not answer at all. The index finds passages that share characters with the
 * question; this step asks whether they speak of every thing the question is about.
 */

/** A passage as ranking sees it: its kind and document, its normalized text and what it holds. */
export type RankablePassage = {
  /** The block's kind and document; the block itself is made only for the passages shown. */
  readonly kind: Block['kind'];
  readonly doc: string;
  readonly normalized: string;
  readonly figures: readonly Figure[];
  /** Gazetteer keys of the places and bodies it names or attributes figures to. */
  readonly places: ReadonlySet<string>;
  /** The year of its document's date, which 今年 and 去年 count from; null when undated. */
  readonly year: number | null;
};

export type RankedPassage = {
  readonly id: number;
  readonly score: number;
  /** Share of the question's weight this passage covers, 0..1. */
  readonly coverage: number;
  /** The corpus strings that matched, to highlight. */
  readonly matched: readonly string[];
};

export type RankOutcome =
  | { readonly kind: 'ranked'; readonly passages: readonly RankedPassage[] }
  | { readonly kind: 'abstain'; readonly reason: NoAnswerReason };

/**
 * Below this share of the question's weight, the best passage does not answer it. English comes
 * through the dictionary with weaker links, so its bar is lower.
 */
export const MIN_COVERAGE = 0.5;
export const MIN_COVERAGE_ENGLISH = 0.4;
/** Above this share of the question's weight missing from the whole corpus, nothing answers. */
export const MAX_MISSING = 0.34;

const WEAK_LINK = 0.3;
// Below this, a Chinese word's best rendering shares no more than a sense of a sense with it.
const LOOSE_LINK = 0.5;
// A passage that writes what the question requires (a time, the measure asked for, a count in its
// counter, a figure of the place asked about) answers in place of the best one when its score is at
// most this much lower.
const RULE_MARGIN = 0.3;
// The word a question asks for must be written, not a loose synonym of it (驶出 for 出口, found
// inside 无人驾驶出租车): a near miss here answers another question.
const MEASURE_LINK = 0.9;
const DAY_ASKED = /几号|哪一?天|哪日|\b(?:what|which) (?:date|day)\b|\bon what date\b/u;
const DAY_WRITTEN = /\d{1,2}[日号]/u;
const TIME_WORDS = /\d{4}年|\d{1,2}月|\d{1,2}日|今年|去年|明年|前年|年底|年初|年末|上半年|下半年|季度|周年|年间|以来|\d+年|日前|近日/u;

export function rankPassages(
  question: AnalyzedQuestion,
  candidates: readonly { readonly id: number; readonly score: number }[],
  passages: readonly RankablePassage[],
  relativeYears: ReadonlySet<number> = new Set(),
): RankOutcome {
  const concepts = question.concepts;
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const metaKind = metaBlockKind(question.asks);
  if (metaKind !== null) {
    const ids = passages.flatMap((passage, id) => (passage.kind === metaKind ? [id] : []));
    if (ids.length > 0) {
      // With several documents, "who wrote the report on X" means the document that speaks of X.
      const relevance = documentCoverage(concepts, candidates.flatMap(({ id }) => passages[id] ?? []));
      const of = (id: number) => relevance.get(passages[id]!.doc) ?? 0;
      ids.sort((a, b) => of(b) - of(a) || a - b);
      return { kind: 'ranked', passages: ids.map((id) => ({ id, score: 1, coverage: 1, matched: [] })) };
    }
  }
  if (concepts.length === 0 || total === 0) return { kind: 'abstain', reason: 'not-in-corpus' };
  const absent = missingFromCorpus(question, relativeYears);
  if (absent !== null) return { kind: 'abstain', reason: absent };

  const places = concepts.filter((concept) => concept.role === 'place' && concept.key !== null);
  const people = concepts.filter((concept) => concept.role === 'person');
  const names = concepts.filter((concept) => concept.proper === true);
  // Whether a goal (力争突破200万辆) may answer: asked once, not for every candidate.
  const future = asksAboutFuture(question);
  const maxIndexScore = Math.max(...candidates.map((candidate) => candidate.score), 1e-9);
  const ranked: RankedPassage[] = [];
  for (const candidate of candidates) {
    const passage = passages[candidate.id];
    if (!passage) continue;
    // A question about a place is answered only by a passage about that place; one about several
    // (苏州和湖州在电池上各做了什么) by a passage about any of them, the more of them the better.
    // The same holds of the people it names (刘多副市长的建议 is not 庄凌飞副市长's).
    const about = (place: Concept) => passage.places.has(place.key!) || matchesAnyForm(place, passage);
    if (places.length > 0 && !(places.length === 1 ? about(places[0]!) : places.some(about))) continue;
    if (people.length > 0 && !people.some((person) => matchesAnyForm(person, passage))) continue;
    // 南京数据中心标准机架有多少: a passage that does not write the name is about something else.
    if (!names.every((name) => matchesAnyForm(name, passage))) continue;
    let covered = 0;
    const matched: string[] = [];
    for (const concept of concepts) {
      const match = conceptMatch(concept, passage);
      covered += concept.weight * match.strength;
      if (match.text !== null) matched.push(match.text);
    }
    const coverage = covered / total;
    const score =
      coverage +
      0.15 * (candidate.score / maxIndexScore) +
      intentBonus(question.asks, passage) +
      counterBonus(question, passage) +
      figureBonus(question, passage, future) +
      proximityBonus(concepts, passage) +
      kindBonus(passage);
    ranked.push({ id: candidate.id, score, coverage, matched });
  }
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  const extreme = extremeFirst(question, ranked, passages);
  if (extreme !== null) {
    ranked.splice(ranked.indexOf(extreme), 1);
    ranked.unshift(extreme);
  }
  const notGiven: RankOutcome = { kind: 'abstain', reason: places.length > 0 ? 'figure-not-given' : 'not-in-corpus' };
  const minCoverage = question.language === 'en' ? MIN_COVERAGE_ENGLISH : MIN_COVERAGE;
  // A passage that covers too little of the question does not answer it, whatever its bonuses;
  // one further down that covers enough may.
  const best = ranked.find((p) => p.coverage >= minCoverage);
  if (!best) return notGiven;
  // A quantity or person question names what it asks for (出口 in 合肥新能源汽车出口了多少辆, 主任
  // in 联席办主任是谁); when the corpus uses that word, a passage without it answers another question.
  const measures = question.concepts.filter(
    (concept) => concept.role === 'subject' && question.measure.includes(concept.source) && writtenInCorpus(concept, question),
  );
  // Each rule names what the answering passage must write, and why it cannot answer without it.
  const rules: { holds: (p: RankedPassage) => boolean; reason: NoAnswerReason }[] = [];
  if (measures.length > 0) {
    rules.push({
      holds: (p) => measures.every((concept) => conceptMatch(concept, passages[p.id]!).strength >= MEASURE_LINK),
      reason: question.asks === 'quantity' ? 'figure-not-given' : 'not-in-corpus',
    });
  }
  if (measures.length > 0 && question.asks === 'quantity' && question.language !== 'en') {
    // 太湖总氮浓度是多少: a passage that names 总氮 but gives no figure in a sentence about it does not say.
    // 合肥跨境电商进出口额有多少亿: an amount is not answered by a multiple or a share of it (2.3倍),
    // a year beside it, or another amount of the sentence (720列 of freight trains, a clause before).
    const amount = AMOUNT.test(question.normalized);
    const figureOf = (passage: RankablePassage) =>
      passage.figures.some(
        (figure) =>
          !(amount && (RELATIVE_UNITS.has(figure.unit) || COMPARED_UNITS.has(figure.unit))) &&
          measures.every((concept) =>
            concept.forms.some((form) => form.strength >= MEASURE_LINK && (amount ? figureTexts(figure).segment : figureTexts(figure).sentence).includes(form.text)),
          ),
      );
    rules.push({ holds: (p) => figureOf(passages[p.id]!), reason: 'figure-not-given' });
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
    rules.push({
      holds: (p) => passages[p.id]!.figures.some((figure) => ownedBy(figure, passages[p.id]!) && countedAsAsked(figure) && (!money || isMoney(figure)) && ofPeriod(figure, passages[p.id]!)),
      reason: 'figure-not-given',
    });
  }
  // 长三角现在的冷链流通率是多少: a passage whose figures are all goals (到2027年…力争…) says what
  // is aimed at, not what is.
  if (question.asks === 'quantity' && !future && PRESENT.test(question.normalized)) {
    rules.push({ holds: (p) => passages[p.id]!.figures.some((figure) => !isPlanned(figure)), reason: 'figure-not-given' });
  }
  // What was the grain output in 2023: a passage about another year does not say.
  const years = concepts.filter(isYear).map((concept) => Number(concept.source));
  if (years.length > 0) rules.push({ holds: (p) => years.every((year) => writesYear(passages[p.id]!.normalized, passages[p.id]!.year, year)), reason: 'figure-not-given' });
  // 松江综保区前三季度进出口多少: a passage that gives its figures for other months (上半年) does not
  // say; one that names no period at all may.
  if (asked.length > 0) {
    rules.push({
      holds: (p) => {
        const written = monthSpans(passages[p.id]!.normalized);
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
    rules.push({ holds: (p) => officeOf.some((pattern) => pattern.test(passages[p.id]!.normalized)), reason: 'not-in-corpus' });
  }
  if (question.asks === 'time') {
    // 论坛是几号开的 asks for a day: 早在2015年 is a time, not the day.
    const written = DAY_ASKED.test(question.normalized) ? DAY_WRITTEN : TIME_WORDS;
    rules.push({ holds: (p) => written.test(passages[p.id]!.normalized), reason: 'figure-not-given' });
  }
  // 长峰草莓网上卖了多少吨, How many minutes do patients wait: the answer is a number in that unit.
  const unit = question.asks === 'quantity' ? askedUnit(question.normalized) : null;
  if (unit !== null) rules.push({ holds: (p) => writesUnit(passages[p.id]!.normalized, unit), reason: 'figure-not-given' });
  const { counter } = question;
  const counted = countedWith(counter);
  if (counter !== null && counted !== null) {
    // People are also counted with the noun before the number (年轻人36万), which the figures know.
    const countsPeople = PERSON_COUNTERS.includes(counter.word);
    const holds = (passage: RankablePassage) =>
      counted.test(passage.normalized) || (countsPeople && passage.figures.some((figure) => figure.unit === 'people'));
    rules.push({ holds: (p) => holds(passages[p.id]!), reason: 'figure-not-given' });
  }
  if (rules.length > 0) {
    const fitting = ranked.find((p) => p.score >= best.score - RULE_MARGIN && p.coverage >= minCoverage && rules.every((rule) => rule.holds(p)));
    if (!fitting) return { kind: 'abstain', reason: rules.find((rule) => !rule.holds(best))?.reason ?? 'figure-not-given' };
    return { kind: 'ranked', passages: [fitting, ...ranked.filter((p) => p !== fitting)] };
  }
  return { kind: 'ranked', passages: [best, ...ranked.filter((p) => p !== best)] };
}

/**
 * The periods a question asks about: written in it, or named in its English (H1 → 上半年). Not
 * its concepts' forms: the dictionary renders 今年 as 上半年 and 季度 too.
 */
function askedSpans(question: AnalyzedQuestion): MonthSpan[] {
  if (question.language !== 'en') return monthSpans(question.normalized);
  return monthSpans(findEnglishPeriods(question.normalized).flatMap((period) => period.spellings.map((spelling) => spelling.text)).join('，'));
}

// A year found only as 今年 or 去年 (see years.ts) is less sure than one written out.
const RELATIVE_YEAR = 0.5;

const PRESENT = /现在|目前|当前|如今|眼下|\b(?:now|currently|current|today|at present)\b/u;


/** A figure owned by a place of the passage, which an event's figure is not. */
function isPlaceFigure(figure: Figure, passage: RankablePassage): boolean {
  return figure.entity !== null && figure.entity.split('、').some((key) => passage.places.has(key));
}

// 哪个城市开的中欧班列最多: which of the passages that count the thing counts the most.
const MOST = /最多|最大|最高|最长|\b(?:most|largest|biggest|highest|longest)\b/u;
const LEAST = /最少|最小|最低|最短|\b(?:least|fewest|smallest|lowest|shortest)\b/u;
// Passages that cover the question this nearly as well as the best compete on their figures (a
// passage that names the thing twice scores higher, and has no more of it).
const EXTREME_MARGIN = 0.25;
const COMPARED_UNITS = new Set(['date', 'period', 'year', 'rank', 'ordinal']);
/** A question that asks how many 亿 or 万 asks for an amount. */
const AMOUNT = /(?:多少|几)(?:个)?(?:千万|百万|亿|万)/u;
/** Figures that say how one amount compares with another, not how much it is. */
const RELATIVE_UNITS = new Set(['percent', 'percentage-point', 'multiple', 'ratio']);

/**
 * For a question that asks which place or thing has the most (or least) of something, the passage
 * near the top whose figure of that thing is the largest (smallest): a figure is of the thing when
 * its clause writes the question's heaviest word. Only figures in one unit and counter are
 * compared; null when fewer than two passages have one, or the question asks for no extreme.
 */
function extremeFirst(question: AnalyzedQuestion, ranked: readonly RankedPassage[], passages: readonly RankablePassage[]): RankedPassage | null {
  const most = MOST.test(question.normalized);
  if (!most && !LEAST.test(question.normalized)) return null;
  if (question.asks !== 'place' && question.asks !== 'other') return null;
  // 哪个城市 names the kind of answer, not the thing counted.
  const askedKind = (source: string) => new RegExp(`(?:哪[个些座家所位]?|which\\s+)${escapeRegExp(source)}`, 'u').test(question.normalized);
  const thing = question.concepts
    .filter((concept) => concept.role === 'subject' && (concept.forms[0]?.strength ?? 0) >= MEASURE_LINK && !askedKind(concept.source))
    .sort((a, b) => b.weight - a.weight)[0]?.forms[0]?.text;
  const best = ranked[0];
  if (thing === undefined || best === undefined) return null;
  const values: { passage: RankedPassage; value: number; unit: string }[] = [];
  for (const passage of ranked.filter((p) => p.coverage >= best.coverage - EXTREME_MARGIN)) {
    for (const figure of passages[passage.id]!.figures) {
      if (typeof figure.value !== 'number' || COMPARED_UNITS.has(figure.unit) || !figureTexts(figure).clause.includes(thing)) continue;
      // 1580列 and 24条 are both counts, of trains and of routes.
      values.push({ passage, value: figure.value, unit: `${figure.unit} ${figure.counter ?? ''}` });
    }
  }
  const unit = values[0]?.unit;
  const comparable = values.filter((entry) => entry.unit === unit);
  if (new Set(comparable.map((entry) => entry.passage)).size < 2) return null;
  comparable.sort((a, b) => (most ? b.value - a.value : a.value - b.value));
  return comparable[0]!.passage;
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

/**
 * Why the corpus cannot answer a question whatever the passage: a place or an edition it never
 * names, a measure asked for that it never says, or more than MAX_MISSING of the question's weight
 * in words it lacks. Null when none holds (and for a question with no concepts). `relativeYears`:
 * the years its documents write as 今年, 去年 and 明年, which a question may name as numbers.
 */
export function missingFromCorpus(question: AnalyzedQuestion, relativeYears: ReadonlySet<number> = new Set()): NoAnswerReason | null {
  const total = question.concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return null;
  // A concept whose best rendering is a weak link is as good as missing.
  // A year the corpus never writes as a number may still be one of its 今年, 去年 or 明年 (see writesYear).
  const missing = question.concepts.filter(
    (concept) => (concept.forms[0]?.strength ?? 0) < WEAK_LINK && !(isYear(concept) && relativeYears.has(Number(concept.source))),
  );
  const missingWeight = missing.reduce((sum, concept) => sum + concept.weight, 0);
  if (missing.some((concept) => concept.role === 'place')) return 'unknown-place';
  if (missing.some((concept) => concept.role === 'number')) return 'figure-not-given';
  // The question asks for something the corpus never says: no word renders it ("the price of…"),
  // or in Chinese only a loose synonym does (人口 for 万人). A goal word (目标, target) is not such
  // a measure: it says a figure is a goal, which an article writes with 力争 as often as with 目标.
  // An office asked about in Chinese (联席办主任是谁) must be written as asked: a synonym (为首) names
  // no one.
  const officeUnwritten = (concept: Concept) => question.asks === 'person' && question.language !== 'en' && concept.forms[0]?.text !== concept.source;
  const unsaid = question.concepts.filter(
    (concept) =>
      question.measure.includes(concept.source) &&
      !isGoalWord(concept.source) &&
      ((concept.forms[0]?.strength ?? 0) < (question.language === 'en' ? WEAK_LINK : LOOSE_LINK) || officeUnwritten(concept)),
  );
  if (unsaid.length > 0) return question.concepts.some((concept) => concept.role === 'place') ? 'figure-not-given' : 'not-in-corpus';
  if (missingWeight / total > MAX_MISSING) return 'not-in-corpus';
  return null;
}

function metaBlockKind(asks: Asks): Block['kind'] | null {
  switch (asks) {
    case 'title':
      return 'title';
    case 'author':
      return 'byline';
    default:
      return null;
  }
}

/**
 * How much of the question each document speaks of in the passages the search found: each concept
 * by its strongest form found in any of them. Only the found passages are read, so a corpus of
 * thousands of articles costs no more than one (reading every passage of every document took most
 * of a second at 1,000 articles).
 */
function documentCoverage(concepts: readonly Concept[], found: readonly RankablePassage[]): Map<string, number> {
  const coverage = new Map<string, number>();
  const docs = [...new Set(found.map((passage) => passage.doc))];
  for (const doc of docs) {
    const texts = found.filter((passage) => passage.doc === doc).map((passage) => passage.normalized);
    const strongest = (concept: Concept) =>
      Math.max(0, ...concept.forms.filter((form) => texts.some((text) => text.includes(form.text))).map((form) => form.strength));
    coverage.set(doc, concepts.reduce((sum, concept) => sum + concept.weight * strongest(concept), 0));
  }
  return coverage;
}

function matchesAnyForm(concept: Concept, passage: RankablePassage): boolean {
  return concept.forms.some((form) => passage.normalized.includes(form.text));
}

function conceptMatch(concept: Concept, passage: RankablePassage): { strength: number; text: string | null } {
  let strength = 0;
  let text: string | null = null;
  for (const form of concept.forms) {
    // A weak link (a synonym of a synonym's sense) found alone is as good as absent.
    if (form.strength < WEAK_LINK) continue;
    if (passage.normalized.includes(form.text)) {
      const found = onlyAsDeputy(form.text, passage.normalized) ? form.strength * DEPUTY : form.strength;
      if (found > strength) {
        strength = found;
        text = form.text;
      }
      continue;
    }
    const partial = partialMatch(form.text, passage.normalized) * form.strength;
    if (partial > strength) {
      strength = partial;
      text = null;
    }
  }
  if (concept.key !== null && passage.places.has(concept.key) && strength < 1) strength = 0.9;
  // 2023 in a question is 去年 in a passage of 2024, though less surely than 2023 written out.
  if (strength < RELATIVE_YEAR && isYear(concept) && writesYear(passage.normalized, passage.year, Number(concept.source))) strength = RELATIVE_YEAR;
  return { strength, text };
}

// 市长 asked about is found in 副市长 too, but a deputy is not the office itself: a passage that
// writes the word only after 副 matches it less.
const DEPUTY = 0.8;
function onlyAsDeputy(word: string, text: string): boolean {
  if (word.startsWith('副')) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (text[at - 1] !== '副') return false;
  }
  return true;
}

// A quantity question is answered where a figure's own clause speaks of what was asked (长三角地区
// 新能源汽车产量达到386万辆 for "how many NEVs did the YRD produce"), not merely near it.
const FIGURE_WEIGHT = 0.15;
function figureBonus(question: AnalyzedQuestion, passage: RankablePassage, future: boolean): number {
  if (question.asks !== 'quantity' && question.counter === null) return 0;
  const total = question.concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return 0;
  let best = 0;
  for (const figure of passage.figures) {
    const { clause } = figureTexts(figure);
    let found = 0;
    for (const concept of question.concepts) {
      let strength = 0;
      for (const form of concept.forms) if (form.strength >= WEAK_LINK && form.strength > strength && clause.includes(form.text)) strength = form.strength;
      found += concept.weight * strength;
    }
    // A goal (力争突破200万辆) does not answer how much was reached. Asked only of a figure that
    // would raise the bonus: it reads the whole sentence, normalized, and a first question about
    // sixty new passages spent much of its time normalizing sentences no bonus came from.
    if (found / total <= best || (!future && isPlanned(figure))) continue;
    best = found / total;
  }
  return FIGURE_WEIGHT * best;
}

const NUMERAL = '[0-9一二两三四五六七八九十百千万亿]+(?:\\.[0-9]+)?[余多]?';

// Counters that say what is counted (辆 cars, 家 companies, 名 people): "how many cars" is not
// answered by a passage that counts nothing in cars, however well it matches the rest (8万吨 for
// 金华生产了多少辆). 个 fits any thing, a person is counted in 名, 人 or 位 alike, and a number may
// stand right before the noun (九城市 for how many cities). Counters of time, money and ratio (年,
// 次, 元, 万, 倍, 成) are left out: their answers are written in too many ways; so is 条, whose
// roads and lines are as often measured in 公里 as counted.
const SPECIFIC_COUNTERS = '家项件届座所只台批辆款笔张套';
const PEOPLE_COUNTED = PERSON_COUNTERS.join('');
function countedWith(counter: AnalyzedQuestion['counter']): RegExp | null {
  if (counter === null) return null;
  const { word, noun } = counter;
  const accepted = PERSON_COUNTERS.includes(word) ? PEOPLE_COUNTED : SPECIFIC_COUNTERS.includes(word) ? `${word}个` : null;
  if (accepted === null) return null;
  const before = noun === null ? '' : `|${NUMERAL}${escapeRegExp(noun.slice(0, 2))}`;
  return compiled(`${NUMERAL}[${accepted}]${before}`);
}

// A quantity question counted with 个/家/届 is answered by a passage that writes a number with
// the same counter, best of all in front of the noun asked about (九城市 for 几个城市).
function counterBonus(question: AnalyzedQuestion, passage: RankablePassage): number {
  const counter = question.counter;
  if (counter === null) return 0;
  const noun = counter.noun?.slice(0, 2) ?? null;
  if (noun !== null && countPattern(counter.word, noun).test(passage.normalized)) return 0.24;
  // Any other count with the same counter (40项 for 几个城市) says less: the question's noun is
  // what must be counted.
  return countPattern(counter.word, null).test(passage.normalized) ? 0.12 : 0;
}

// A question's patterns are tried on every candidate passage; made once each. The noun comes from
// the question or the dictionary, so it is matched literally.
const compiled = memoize((source: string) => new RegExp(source, 'u'), 10_000);
function countPattern(counter: string, noun: string | null): RegExp {
  return compiled(`${NUMERAL}${escapeRegExp(counter)}${noun === null ? '' : `?${escapeRegExp(noun)}`}`);
}

// Words the question writes side by side, written close together in a passage (G60科创走廊九城市
// for G60科创走廊…城市), mark the passage that speaks of them together.
const NEAR = 3;
function proximityBonus(concepts: readonly Concept[], passage: RankablePassage): number {
  let bonus = 0;
  for (let i = 0; i + 1 < concepts.length; i++) {
    const first = concepts[i]!.forms[0]?.text;
    const second = concepts[i + 1]!.forms[0]?.text;
    if (first === undefined || second === undefined) continue;
    let at = passage.normalized.indexOf(first);
    while (at !== -1) {
      const after = passage.normalized.indexOf(second, at + first.length);
      if (after !== -1 && after - (at + first.length) <= NEAR) {
        bonus += 0.03;
        break;
      }
      at = passage.normalized.indexOf(first, at + 1);
    }
  }
  return Math.min(bonus, 0.09);
}

function intentBonus(asks: Asks, passage: RankablePassage): number {
  switch (asks) {
    case 'quantity':
    case 'rank':
      return passage.figures.length > 0 || /\d/u.test(passage.normalized) ? 0.04 : 0;
    case 'time':
      return TIME_WORDS.test(passage.normalized) ? 0.04 : 0;
    case 'person':
    case 'place':
    case 'title':
    case 'author':
    case 'other':
      return 0;
  }
}

// Headings and titles repeat words of the paragraphs under them but answer nothing themselves.
function kindBonus(passage: RankablePassage): number {
  return passage.kind === 'paragraph' ? 0 : -0.03;
}

/** Spans of `text` where any of `terms` occurs, merged and sorted, for highlighting. */
export function highlightSpans(text: string, normalizedText: string, terms: readonly string[]): Span[] {
  // Normalization keeps one character for one in this corpus (NFKC of CJK text); when it does
  // not, highlighting is skipped rather than misplaced.
  if (normalizedText.length !== text.length) return [];
  const spans: Span[] = [];
  for (const term of terms) {
    if (term === '') continue;
    let from = normalizedText.indexOf(term);
    while (from !== -1) {
      spans.push({ start: from, end: from + term.length });
      from = normalizedText.indexOf(term, from + term.length);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
