import { answerRules, COMPARED_UNITS, TIME_WORDS } from './answer-rules.js';
import { countPattern } from './counts.js';
import { assertNever } from './assert-never.js';
import { asksAboutFuture, figureTexts, isGoalWord, isPlanned } from './direct.js';
import type { Asks } from './intent.js';
import { conceptMatch, matchesAnyForm, MEASURE_LINK, WEAK_LINK, type RankablePassage } from './passage-match.js';
import type { AnalyzedQuestion, Concept } from './query.js';
import { escapeRegExp } from './text-match.js';
import type { NoAnswerReason, Span } from './types.js';
import { isYear } from './years.js';

/**
 * Re-ranks the index's candidates by how much of the question each one covers, and decides when
 * the corpus does not answer at all. The index finds passages that share characters with the
 * question; this step asks whether they speak of every thing the question is about.
 */

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

// Below this, a Chinese word's best rendering shares no more than a sense of a sense with it.
const LOOSE_LINK = 0.5;
// A passage that writes what the question requires (a time, the measure asked for, a count in its
// counter, a figure of the place asked about) answers in place of the best one when its score is at
// most this much lower.
const RULE_MARGIN = 0.3;

export function rankPassages(
  question: AnalyzedQuestion,
  candidates: readonly { readonly id: number; readonly score: number }[],
  passages: readonly RankablePassage[],
  relativeYears: ReadonlySet<number> = new Set(),
): RankOutcome {
  const concepts = question.concepts;
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const ids = metaBlocks(question.asks, passages);
  if (ids !== null) {
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
  // The passage near the top that writes all the question requires answers (see answer-rules.ts);
  // when none does, the corpus does not say.
  const rules = answerRules(question, future);
  if (rules.length > 0) {
    const answers = (p: RankedPassage) => rules.every((rule) => rule.holds(passages[p.id]!));
    const fitting = ranked.find((p) => p.score >= best.score - RULE_MARGIN && p.coverage >= minCoverage && answers(p));
    if (!fitting) return { kind: 'abstain', reason: rules.find((rule) => !rule.holds(passages[best.id]!))?.reason ?? 'figure-not-given' };
    return { kind: 'ranked', passages: [fitting, ...ranked.filter((p) => p !== fitting)] };
  }
  return { kind: 'ranked', passages: [best, ...ranked.filter((p) => p !== best)] };
}






// 哪个城市开的中欧班列最多: which of the passages that count the thing counts the most.
const MOST = /最多|最大|最高|最长|\b(?:most|largest|biggest|highest|longest)\b/u;
const LEAST = /最少|最小|最低|最短|\b(?:least|fewest|smallest|lowest|shortest)\b/u;
// Passages that cover the question this nearly as well as the best compete on their figures (a
// passage that names the thing twice scores higher, and has no more of it).
const EXTREME_MARGIN = 0.25;

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

/**
 * The blocks that answer a question about the article itself, in order: its titles, its bylines,
 * or for what it is about, each document's title, subtitle and lead paragraph. Null for a question
 * about what the article says.
 */
function metaBlocks(asks: Asks, passages: readonly RankablePassage[]): number[] | null {
  switch (asks) {
    case 'title':
      return passages.flatMap((passage, id) => (passage.kind === 'title' ? [id] : []));
    case 'author':
      return passages.flatMap((passage, id) => (passage.kind === 'byline' ? [id] : []));
    case 'summary': {
      const led = new Set<string>();
      const ids: number[] = [];
      passages.forEach((passage, id) => {
        if (passage.kind === 'title' || passage.kind === 'subtitle') ids.push(id);
        else if (passage.kind === 'paragraph' && !led.has(passage.doc)) {
          led.add(passage.doc);
          ids.push(id);
        }
      });
      return ids;
    }
    case 'time':
    case 'quantity':
    case 'rank':
    case 'person':
    case 'place':
    case 'other':
      return null;
    default:
      return assertNever(asks);
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
    case 'summary':
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
