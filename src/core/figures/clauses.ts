/**
 * Clauses: the stretches of a sentence between commas, semicolons and colons. A figure's subject
 * and its metric are looked for in its own clause first, so the unit of context is the clause.
 */
import type { Span } from '../types.js';

const CLAUSE = /[^，,；;：:。！？!?]+/gu;

/** Splits a text into clause spans, punctuation excluded. */
export function splitClauses(text: string): Span[] {
  return [...text.matchAll(CLAUSE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The clause that holds an offset, or the whole text when the offset falls on punctuation. */
export function clauseAt(clauses: readonly Span[], offset: number, length: number): Span {
  return clauses.find((clause) => clause.start <= offset && offset < clause.end) ?? { start: 0, end: length };
}
