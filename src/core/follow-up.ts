import { classifyWord, PERSON_PRONOUN, readCues, THING_PRONOUN, type Cues, type Senses } from './follow-up-cues.js';
import type { Topic } from './engine-types.js';
import type { Asks } from './intent.js';
import type { AnalyzedQuestion, Concept } from './query.js';

/**
 * Reads a conversation turn against the last topic, as a person would:
 * - 去年呢 / 上一年呢 / What about last year?: the last question, for that period;
 * - a turn that names only a new city or body keeps the last measure ("那湖州呢？");
 * - a turn that names only a new measure keeps the last city, or the last speaker ("合同外资呢？"),
 *   and so does a comparison ("比去年同期呢？");
 * - 他/她 (he, she) are the last person; 它/其/这/那里 (it, they, that) the last city or body (the
 *   question's, or the one its answer was about), else the last measure; where the turn names a
 *   thing of its own, "it" is the last subject in the last city, or the city a "which city"
 *   question was answered with;
 * - a turn that names no subject of its own ("今年以来累计达到多少？", "验收通过了吗？", "Over what
 *   period?") keeps the last city and measure, less the period and verb it brings itself.
 * A complete question, one that names its own subject with no marker or pronoun, is left alone.
 *
 * What is kept counts less than the turn's own words (CONTEXT_WEIGHT). The last city binds the
 * turn only where the turn asks about that city (a new measure, a comparison, a pronoun that is all
 * the turn is about); elsewhere it only leans the ranking towards it, so that a turn whose guessed
 * subject is wrong still finds its answer elsewhere.
 */

export type Resolution =
  | { readonly kind: 'standalone' }
  | {
      readonly kind: 'follow-up';
      /** The turn as it reads in the conversation: a pronoun named, the period shifted. */
      readonly text: string;
      /** What it keeps of the last turn (its city, measure or speaker); may be empty. */
      readonly context: string;
      /** Whether a city in `context` binds the turn (only passages about it answer), or only leans. */
      readonly keepsPlace: boolean;
      /**
       * The turn's own places and nouns: what it asks about, which context cannot make up for when
       * the corpus lacks it. Its verbs are not among them (排 of 在全国排第几 may be written 居).
       */
      readonly asked: readonly Concept[];
      readonly asks: Asks;
    };

const STANDALONE: Resolution = { kind: 'standalone' };
// The pronouns that stand for a thing already named, unlike 这/那/this/that, which may point at
// something new.
const IT = /它们|它|其|\b(?:it|its|they|their|them)\b/iu;
const TIME_EXPRESSION = /今年以来|今年|本年|去年|明年|上一年|前一年|\d{4}年|\bthis year\b|\blast year\b|\bso far\b/giu;
/**
 * How much the words kept from the last turn count beside the turn's own, each and all together:
 * enough to keep the conversation on its city and measure, too little to outweigh what the turn
 * itself asks.
 */
export const CONTEXT_WEIGHT = 0.5;

/**
 * Whether `question` leans on the `previous` topic, and if so how it reads and what it keeps.
 * `senses` are the dictionary's English glosses, which tell a verb ("to cover") from a noun.
 */
export function resolveFollowUp(
  question: string,
  analyzed: AnalyzedQuestion,
  previous: Topic | null,
  senses: Senses,
): Resolution {
  if (previous === null) return STANDALONE;
  const cues = readCues(analyzed.normalized, analyzed.concepts, senses);
  if (!leansOnLast(cues)) return STANDALONE;
  // A turn with a question word of its own asks its own kind of thing; "那湖州呢？" asks the last.
  const asks = cues.asksItself ? analyzed.asks : previous.asks;
  const followUp = (text: string, keepsPlace: boolean, ...context: readonly (string | null)[]): Resolution => ({
    kind: 'follow-up',
    text: text.replace(/\s+/gu, ' ').trim(),
    context: context.filter((part) => part !== null && part !== '').join(' '),
    keepsPlace,
    asked: [...cues.places, ...cues.nouns],
    asks,
  });
  const place = previous.entityName;
  const measure = keptMeasure(previous, cues, senses);

  if (cues.periodOnly && cues.period !== null) {
    return followUp(`${cues.period} ${previous.question.replace(TIME_EXPRESSION, ' ')}`, true);
  }
  if (cues.places.length > 0 && cues.nouns.length === 0 && cues.people.length === 0) {
    // 那湖州呢 / What about Huzhou: the new place, and the old measure as fully its own, since it
    // is all the turn asks about (the article may not give it for the new place).
    return followUp(`${previous.subject.join(' ')} ${question}`, true);
  }
  // Pronouns are named in the normalized text, where 這 and 这 are one.
  const text = analyzed.normalized;
  if (cues.personPronoun && previous.person !== null) {
    return followUp(text.replace(PERSON_PRONOUN, ` ${previous.person} `), true);
  }
  const referent = place ?? (measure !== '' ? measure : null);
  if (cues.thingPronoun && referent !== null) {
    // 这是谁介绍的: the pronoun is all the turn is about. Where the turn names more, "it" is the
    // city a "which city" question was answered with (How many R&D institutions does it have?),
    // else the last subject, in the last city (When will it open? of Songjiang's rail hub); a
    // demonstrative before a noun of the turn's own (这是第几届进博会) only leans on the last turn.
    if (cues.nouns.length === 0) return followUp(text.replace(THING_PRONOUN, ` ${referent} `), true, measure);
    if (IT.test(text) && previous.asks !== 'place') return followUp(`${measure} ${question}`, false, place);
    return followUp(question, false, place, previous.asks === 'place' ? null : measure);
  }
  if (cues.comparison || (cues.elliptical && cues.nouns.length > 0 && cues.places.length === 0)) {
    // 合同外资呢 / And utilised foreign investment / 比去年同期呢: the new measure, the old place.
    return followUp(question, true, place ?? previous.person);
  }
  return followUp(question, false, place, measure);
}

/**
 * The turn read in its conversation: its own concepts as they are, and those of the context it
 * does not name itself, together weighing at most CONTEXT_WEIGHT of the turn's own (a context that
 * the reading cuts into many words must not outweigh the turn). A kept city that does not bind the
 * turn becomes a plain subject: it counts where a passage names it, and filters nothing.
 */
export function readInContext(
  turn: AnalyzedQuestion,
  context: AnalyzedQuestion,
  resolution: { readonly asks: Asks; readonly keepsPlace: boolean },
): AnalyzedQuestion {
  const own = new Set(turn.concepts.map(conceptId));
  const kept = context.concepts.filter((concept) => !own.has(conceptId(concept)));
  const ownWeight = totalWeight(turn.concepts);
  const keptWeight = totalWeight(kept);
  const scale =
    ownWeight === 0 || keptWeight === 0 ? CONTEXT_WEIGHT : Math.min(CONTEXT_WEIGHT, (CONTEXT_WEIGHT * ownWeight) / keptWeight);
  const weighed = kept.map((concept): Concept => ({
    ...concept,
    role: concept.role === 'place' && !resolution.keepsPlace ? 'subject' : concept.role,
    weight: concept.weight * scale,
  }));
  return { ...turn, asks: resolution.asks, concepts: [...weighed, ...turn.concepts] };
}

function totalWeight(concepts: readonly Concept[]): number {
  return concepts.reduce((sum, concept) => sum + concept.weight, 0);
}

function conceptId(concept: Concept): string {
  return `${concept.role}:${concept.key ?? ''}:${concept.forms.map((form) => form.text).join('|') || concept.source}`;
}

function leansOnLast(cues: Cues): boolean {
  return cues.elliptical || cues.personPronoun || cues.thingPronoun || cues.periodOnly || cues.subjectless;
}

/**
 * The last measure as this turn keeps it: without the last period when the turn names its own
 * (今年以来 replaces 较去年同期), without the last verb when the turn brings one (达到 replaces 增长).
 */
function keptMeasure(previous: Topic, cues: Cues, senses: Senses): string {
  return previous.subject
    .filter((word) => {
      const kind = classifyWord(word, senses);
      return !(kind === 'time' && cues.hasTime) && !(kind === 'predicate' && cues.hasPredicate);
    })
    .join(' ');
}
