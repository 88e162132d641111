import type { Topic } from './engine-types.js';
import type { Asks } from './intent.js';
import type { AnalyzedQuestion } from './query.js';

/**
 * Reads an elliptical turn against the conversation's last topic, as a person would:
 * - a turn that names only a new city or body keeps the last subject ("那湖州呢？");
 * - a turn that names only a new measure keeps the last city ("合同外资呢？");
 * - 他/她 (he, she) are the last person, 它/这/其 (it, they) the last city, body or subject;
 * - "去年呢" and other short turns add to the last question.
 * A complete question on a new topic is left alone.
 */

export type Resolution =
  | { readonly kind: 'standalone' }
  | { readonly kind: 'follow-up'; readonly text: string; readonly asks: Asks };

const ELLIPSIS = /(?:呢|吗)[?？。.!！]*$|^(?:那|那么|那个|还有|另外|and\b|what about\b|how about\b|also\b|then\b)/iu;
const PERSON_PRONOUN = /他们|她们|他|她|\b(?:he|him|his|she|her)\b/iu;
const THING_PRONOUN = /它们|它|其|这些|这个|这|那里|该|此|\b(?:it|its|they|their|them|that|this|there)\b/iu;
const PERIOD_SHIFT = /去年|上一年|前一年|同期|\blast year\b|\bprevious year\b/iu;
// A turn whose own words weigh less than this leans on the one before.
const THIN_QUESTION = 2.5;

export function resolveFollowUp(question: string, analyzed: AnalyzedQuestion, previous: Topic | null): Resolution {
  if (previous === null) return { kind: 'standalone' };
  const places = analyzed.concepts.filter((concept) => concept.role === 'place');
  const people = analyzed.concepts.filter((concept) => concept.role === 'person');
  const subjects = analyzed.concepts.filter((concept) => concept.role === 'subject' || concept.role === 'number');
  const weight = subjects.reduce((sum, concept) => sum + concept.weight, 0);
  const elliptical = ELLIPSIS.test(question.trim());
  const personPronoun = PERSON_PRONOUN.test(question);
  const thingPronoun = THING_PRONOUN.test(question);
  const periodShift = PERIOD_SHIFT.test(question);
  const thin = weight < THIN_QUESTION && places.length === 0 && people.length === 0;
  if (!elliptical && !personPronoun && !thingPronoun && !periodShift && !thin) return { kind: 'standalone' };
  // A full question that names its own place and subject needs nothing from before.
  if (!personPronoun && !thingPronoun && places.length > 0 && weight >= THIN_QUESTION && !elliptical) {
    return { kind: 'standalone' };
  }

  const asks = analyzed.asks === 'other' ? previous.asks : analyzed.asks;
  const placeName = previous.entityName ?? '';
  const subject = previous.subject.join('');
  if (places.length > 0 && weight < THIN_QUESTION && people.length === 0) {
    // 那湖州呢 / What about Huzhou: the new place, the old subject.
    return { kind: 'follow-up', text: `${places.map((place) => place.source).join(' ')} ${subject} ${question}`, asks };
  }
  if (personPronoun && previous.person !== null) {
    return { kind: 'follow-up', text: replaceFirst(question, PERSON_PRONOUN, previous.person), asks };
  }
  if (thingPronoun && (placeName !== '' || subject !== '')) {
    const referent = previous.entityName ?? subject;
    return { kind: 'follow-up', text: `${replaceFirst(question, THING_PRONOUN, referent)} ${subject}`, asks };
  }
  if (elliptical && places.length === 0 && weight >= THIN_QUESTION) {
    // 合同外资呢 / And utilised foreign investment: the new measure, the old place.
    return { kind: 'follow-up', text: `${placeName} ${question}`, asks };
  }
  return { kind: 'follow-up', text: `${previous.question} ${question}`, asks };
}

function replaceFirst(text: string, pattern: RegExp, replacement: string): string {
  return text.replace(pattern, ` ${replacement} `);
}
