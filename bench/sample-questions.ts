import type { Rng } from './corpus/prng.js';

// A clause: the text between two punctuation marks of a sentence.
const CLAUSE_BREAK = /[，、。！？；：“”]/u;
const SENTENCE_END = /[。！？]/u;
const MIN_LENGTH = 4;
const MAX_LENGTH = 12;

/**
 * Questions for a generated corpus, taken from its own text: a phrase of 4–12 characters from
 * one clause of a sentence of a random article, as a person would type a few words they
 * remember. The same texts and generator give the same list.
 */
export function sampleQuestions(texts: readonly string[], count: number, rng: Rng): string[] {
  const questions: string[] = [];
  // A text with no clause long enough would loop forever; give up on it loudly instead.
  for (let attempts = 0; questions.length < count; attempts++) {
    if (attempts > count * 100) throw new Error('the texts hold too few sentences to sample questions from');
    const lines = rng.pick(texts).split('\n').filter((line) => SENTENCE_END.test(line));
    if (lines.length === 0) continue;
    const clauses = rng
      .pick(lines)
      .split(CLAUSE_BREAK)
      .map((clause) => clause.trim())
      .filter((clause) => clause.length >= MIN_LENGTH);
    if (clauses.length === 0) continue;
    const clause = rng.pick(clauses);
    const length = rng.int(MIN_LENGTH, Math.min(MAX_LENGTH, clause.length));
    const start = rng.int(0, clause.length - length);
    questions.push(clause.slice(start, start + length));
  }
  return questions;
}
