import { isScope } from './place-scope.js';
import type { Concept } from './query.js';

/**
 * What a conversation turn shows of leaning on the turn before, read from its own words: markers
 * of ellipsis, pronouns, a shift of period, and whether it names a subject at all. Pure functions
 * of the normalized question and its concepts; `follow-up.ts` decides what to do with them.
 */

/** English senses of a dictionary word (CC-CEDICT glosses), empty when it is not one. */
export type Senses = (word: string) => readonly string[];

export type WordClass = 'time' | 'predicate' | 'noun';

export type Cues = {
  /** 那…/…呢/还有…/And…/What about…: the turn continues the last one. */
  readonly elliptical: boolean;
  /** 他/她/he/she: the last person. */
  readonly personPronoun: boolean;
  /** 它/其/这/那里/it/they/that: the last city, body or thing. */
  readonly thingPronoun: boolean;
  /** 去年呢, 上一年呢, What about last year?: the last question, another period. */
  readonly periodOnly: boolean;
  /** The period the turn names, as the corpus would write it (上一年 → 去年), or null. */
  readonly period: string | null;
  /** 比去年同期呢: the last measure, compared with another period. */
  readonly comparison: boolean;
  /** The turn names no subject of its own (今年以来累计达到多少？, 验收通过了吗？, Over what period?). */
  readonly subjectless: boolean;
  /** The turn writes a question word of its own, so it asks its own kind of thing. */
  readonly asksItself: boolean;
  /** Its own measure or subject words: not places, people, periods, verbs or lone characters. */
  readonly nouns: readonly Concept[];
  readonly places: readonly Concept[];
  readonly people: readonly Concept[];
  readonly hasTime: boolean;
  readonly hasPredicate: boolean;
};

const LEADING_MARKER = /^(?:(?:and|what about|how about|what of|also|then)\b|那么|那个|那|还有|另外|以及)/iu;
const TRAILING_MARKER = /(?:呢|的呢)[?？。.!！\s]*$/u;
export const PERSON_PRONOUN = /他们|她们|(?<!其)他(?!人)|她|\b(?:he|him|his|she|her|hers)\b/iu;
export const THING_PRONOUN =
  /它们|它|其中|(?<![尤极])其(?![他它实余])|这些|这个|这里|这|那里|那儿|该|此|\b(?:it|its|they|their|them|that|this|these|those|there)\b/iu;
// The article itself is a subject of its own, and no referent the last turn gave.
const THE_ARTICLE = /这篇(?:文章|稿子|报道|新闻)?|本文|本报|\b(?:this|the) (?:article|report|story|piece|text|headline)\b/giu;
// "This year" points at the calendar, "there is" at nothing.
const NO_REFERENT = /\bthis (?:year|month|week|time)\b|\bthese days\b|\bthere (?:is|are|was|were)\b|\b(?:is|are|was|were) there\b/giu;
const PERIOD = /上一年|前一年|上年|去年|前年|同期|\blast year\b|\bthe previous year\b|\bthe year before\b|\ba year earlier\b/giu;
// Chinese ways of saying the year before, in the word news text uses.
const YEAR_BEFORE = /^(?:上一年|前一年|上年)$/u;
const COMPARISON = /比|较|相比|同比|\bcompared?\b|\bthan\b/iu;
const QUESTION_WORD =
  /什么|啥|哪|谁|几|多少|多大|多长|多久|怎么|怎样|如何|为什么|为何|是否|吗|有没有|\b(?:what|which|who|whom|whose|where|when|why|how)\b/iu;
const PUNCTUATION = /[\s?？。.!！,，、]+/gu;

// Chinese time words, and English ones as the question wrote them.
const TIME_WORD =
  /^(?:今年|去年|明年|前年|本年|上一?年|前一年|一年|同期|较去年|以来|年底|年初|年末|年内|上半年|下半年|同比|环比|本月|上月|目前|现在|当前|近年|近年来|历年|每年|过去|未来|此前|之前|以后|之后|今后|年间|时间|长时间|多久|\d+年|period|year|years|month|time|when|since|ago|last year|so far)$/u;
const TIME_SENSE = /^(?:this|last|next|previous) (?:year|month|week)\b|^since\b|^(?:the )?(?:corresponding )?(?:time )?period\b/u;
// What a Chinese question puts before its subject without naming one: 有 (there is), modals and
// adverbs (能, 已经, 具体).
const BEFORE_SUBJECT = /有|能|会|可以|要|已经|已|还|也|都|又|具体|到底|究竟|一共|总共|主要|是否/u;
const LEADING_PREPOSITION = /^(?:在|从|对于|对|向|于)/u;
// An English question carries a finite verb; a fragment ("Over what period?") does not.
const AUXILIARY = /\b(?:is|are|was|were|be|been|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)\b|'s\b/iu;
// Below this weight of its own words, an English fragment names no subject.
const THIN_QUESTION = 2.5;

/**
 * Sorts a word into time, predicate or noun by its first sense, the one CC-CEDICT puts first as the
 * commonest: verbs are glossed "to …" (累计 "to calculate the running total; cumulative"), things
 * otherwise (贷款 "a loan; to provide a loan"). A word the dictionary does not know (a name, a term,
 * an English word) is a noun.
 */
export function classifyWord(word: string, senses: Senses): WordClass {
  if (TIME_WORD.test(word)) return 'time';
  const first = senses(word)[0];
  if (first === undefined) return 'noun';
  if (TIME_SENSE.test(first)) return 'time';
  return first.startsWith('to ') ? 'predicate' : 'noun';
}

/** Reads the cues of a turn from its normalized text (see normalize.ts) and its concepts. */
export function readCues(normalized: string, concepts: readonly Concept[], senses: Senses): Cues {
  const text = normalized.trim();
  const withoutArticle = text.replace(THE_ARTICLE, ' ');
  const aboutArticle = withoutArticle !== text;
  const anaphoric = withoutArticle.replace(NO_REFERENT, ' ');
  const places = concepts.filter((concept) => concept.role === 'place' && !isScope(concept, text));
  const people = concepts.filter((concept) => concept.role === 'person');
  const content = concepts
    .filter((concept) => concept.role === 'subject' || concept.role === 'number')
    .map((concept) => ({ concept, word: classifyWord(concept.source, senses) }));
  const nouns = content
    .filter(({ concept, word }) => word === 'noun' && !/^\p{Script=Han}$/u.test(concept.source))
    .map(({ concept }) => concept);
  const bare = text.replace(LEADING_MARKER, '').replace(TRAILING_MARKER, '').trim();
  const withoutPeriod = bare.replace(PERIOD, '');
  const hasPeriod = withoutPeriod !== bare;
  const english = !/\p{Script=Han}/u.test(text);
  const weight = content.reduce((sum, { concept }) => sum + concept.weight, 0);
  const namesNothing = places.length === 0 && people.length === 0 && !aboutArticle;
  return {
    elliptical: LEADING_MARKER.test(text) || TRAILING_MARKER.test(text),
    personPronoun: PERSON_PRONOUN.test(anaphoric),
    thingPronoun: THING_PRONOUN.test(anaphoric),
    periodOnly: hasPeriod && withoutPeriod.replace(PUNCTUATION, '') === '',
    period: hasPeriod ? (bare.match(PERIOD) ?? []).map((word) => (YEAR_BEFORE.test(word) ? '去年' : word)).join(' ') : null,
    comparison: hasPeriod && COMPARISON.test(withoutPeriod),
    subjectless:
      namesNothing &&
      (english
        ? !AUXILIARY.test(bare) && weight < THIN_QUESTION
        : !namesSubject(bare, nouns, content.filter(({ word }) => word === 'predicate').map(({ concept }) => concept))),
    asksItself: QUESTION_WORD.test(bare),
    nouns,
    places,
    people,
    hasTime: hasPeriod || content.some(({ word }) => word === 'time'),
    hasPredicate: content.some(({ word }) => word === 'predicate'),
  };
}

/**
 * Whether a Chinese question names its subject: a noun of its own that is not the object of a verb
 * or of 有 (覆盖哪些重点领域？ and 具体有哪些产品？ do not; G60有哪些贷款产品？ and 联合攻关清单有几项？
 * do). What comes before a 的 only describes the noun after it (到会的副部长).
 */
function namesSubject(text: string, nouns: readonly Concept[], predicates: readonly Concept[]): boolean {
  if (nouns.length === 0) return false;
  const spans = nouns
    .map((noun) => ({ start: text.indexOf(noun.source), end: text.indexOf(noun.source) + noun.source.length }))
    .filter((span) => span.start !== -1)
    .sort((a, b) => a.start - b.start);
  // A noun the question wrote otherwise (a typo the reading fixed) is still its own.
  if (spans.length === 0) return true;
  // 在全国排第几: the noun of a leading preposition says where, and is no subject.
  const opening = LEADING_PREPOSITION.exec(text);
  const first = opening !== null && spans[0]!.start === opening[0].length ? spans[1] : spans[0];
  if (first === undefined) return false;
  const before = text.slice(first === spans[0] ? 0 : spans[0]!.end, first.start);
  const head = before.slice(before.lastIndexOf('的') + 1);
  if (BEFORE_SUBJECT.test(head)) return false;
  // A verb then a question word (覆盖哪些) asks for its object; a verb written into the noun
  // (联合攻关清单) only describes it.
  return !(predicates.some((predicate) => head.includes(predicate.source)) && QUESTION_WORD.test(head));
}
