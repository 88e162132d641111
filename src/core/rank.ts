import type { Asks } from './intent.js';
import type { AnalyzedQuestion, Concept } from './query.js';
import type { Block, Figure, NoAnswerReason, Span } from './types.js';

/**
 * Re-ranks the index's candidates by how much of the question each one covers, and decides when
 * the corpus does not answer at all. The index finds passages that share characters with the
 * question; this step asks whether they speak of every thing the question is about.
 */

/** A passage as ranking sees it: the block, its normalized text and what it holds. */
export type RankablePassage = {
  readonly block: Block;
  readonly normalized: string;
  readonly figures: readonly Figure[];
  /** Gazetteer keys of the places and bodies it names or attributes figures to. */
  readonly places: ReadonlySet<string>;
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

/** Below this share of the question's weight, the best passage does not answer it. */
export const MIN_COVERAGE = 0.5;
/** Above this share of the question's weight missing from the whole corpus, nothing answers. */
export const MAX_MISSING = 0.34;

const TIME_WORDS = /\d{4}年|\d{1,2}月|\d{1,2}日|今年|去年|明年|前年|年底|年初|年末|上半年|下半年|季度|周年|年间|以来|\d+年|日前|近日/u;
const PARTIAL_STRENGTH = 0.6;

export function rankPassages(
  question: AnalyzedQuestion,
  candidates: readonly { readonly id: number; readonly score: number }[],
  passages: readonly RankablePassage[],
): RankOutcome {
  const concepts = question.concepts;
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const metaKind = metaBlockKind(question.asks);
  if (metaKind !== null) {
    const ids = passages.flatMap((passage, id) => (passage.block.kind === metaKind ? [id] : []));
    if (ids.length > 0) {
      return { kind: 'ranked', passages: ids.map((id) => ({ id, score: 1, coverage: 1, matched: [] })) };
    }
  }
  if (concepts.length === 0 || total === 0) return { kind: 'abstain', reason: 'not-in-corpus' };

  const missing = concepts.filter((concept) => concept.forms.length === 0);
  const missingWeight = missing.reduce((sum, concept) => sum + concept.weight, 0);
  if (missing.some((concept) => concept.role === 'place')) return { kind: 'abstain', reason: 'unknown-place' };
  if (missing.some((concept) => concept.role === 'number')) return { kind: 'abstain', reason: 'figure-not-given' };
  if (missingWeight / total > MAX_MISSING) return { kind: 'abstain', reason: 'not-in-corpus' };

  const places = concepts.filter((concept) => concept.role === 'place' && concept.key !== null);
  const maxIndexScore = Math.max(...candidates.map((candidate) => candidate.score), 1e-9);
  const ranked: RankedPassage[] = [];
  for (const candidate of candidates) {
    const passage = passages[candidate.id];
    if (!passage) continue;
    // A question about a place is answered only by a passage about that place.
    if (places.some((place) => !passage.places.has(place.key!) && !matchesAnyForm(place, passage))) continue;
    let covered = 0;
    const matched: string[] = [];
    for (const concept of concepts) {
      const match = conceptMatch(concept, passage);
      covered += concept.weight * match.strength;
      if (match.text !== null) matched.push(match.text);
    }
    const coverage = covered / total;
    const score =
      coverage + 0.15 * (candidate.score / maxIndexScore) + intentBonus(question.asks, passage) + kindBonus(passage);
    ranked.push({ id: candidate.id, score, coverage, matched });
  }
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  const best = ranked[0];
  if (!best) return { kind: 'abstain', reason: places.length > 0 ? 'figure-not-given' : 'not-in-corpus' };
  if (best.coverage < MIN_COVERAGE) return { kind: 'abstain', reason: places.length > 0 ? 'figure-not-given' : 'not-in-corpus' };
  if (question.asks === 'time' && !TIME_WORDS.test(passages[best.id]!.normalized)) {
    return { kind: 'abstain', reason: 'figure-not-given' };
  }
  return { kind: 'ranked', passages: ranked };
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

function matchesAnyForm(concept: Concept, passage: RankablePassage): boolean {
  return concept.forms.some((form) => passage.normalized.includes(form.text));
}

function conceptMatch(concept: Concept, passage: RankablePassage): { strength: number; text: string | null } {
  let best = { strength: 0, text: null as string | null };
  for (const form of concept.forms) {
    if (passage.normalized.includes(form.text)) {
      if (form.strength > best.strength) best = { strength: form.strength, text: form.text };
      continue;
    }
    const partial = partialMatch(form.text, passage.normalized) * form.strength * PARTIAL_STRENGTH;
    if (partial > best.strength) best = { strength: partial, text: null };
  }
  if (concept.key !== null && passage.places.has(concept.key) && best.strength < 1) {
    best = { strength: 0.9, text: best.text };
  }
  return best;
}

// A longer word with one character wrong or missing (高新技企业) still shares most bigrams.
function partialMatch(text: string, passage: string): number {
  const chars = [...text];
  if (chars.length < 3) return 0;
  let hits = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (passage.includes(chars[i]! + chars[i + 1]!)) hits++;
  const share = hits / (chars.length - 1);
  return share >= 0.5 ? share : 0;
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
  return passage.block.kind === 'paragraph' ? 0 : -0.03;
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
