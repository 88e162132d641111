/**
 * The figures of a Chinese news text: every quantity, normalized (value, unit, counter, approx),
 * labelled with what it measures (metric) and attributed to whose it is (entity), with the verbatim
 * sentence it came from. General rules of Chinese news writing plus the gazetteer's names; nothing
 * here knows any particular article.
 */
import { splitSentences } from '../sentences.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Block, DocumentMeta, Figure, Span } from '../types.js';
import { findAmounts } from './amounts.js';
import { splitClauses } from './clauses.js';
import { findDates, firstYear } from './dates.js';
import { attribute, type AttributionBlock } from './entity.js';
import { findMentions, nameForms } from './mentions.js';
import { labelMetric } from './metric.js';
import { isNotFigure, numeralWordSpans } from './not-figures.js';
import { foldWidth } from './numerals.js';
import { findOrdinals } from './ordinals.js';
import type { Quantity, QuantityKind, YearContext } from './quantity.js';
import { findQuotes } from './speakers.js';

export type ExtractInput = {
  readonly text: string;
  /** The document's ISO date (2023-11-08), which anchors 11月8日, 今年, 上半年; null when unknown. */
  readonly date: string | null;
  readonly gazetteer: Gazetteer;
};

/** The parts of a block the extractor reads; a corpus Block has them all. */
type BlockLike = Pick<Block, 'kind' | 'section' | 'text' | 'sentences'>;

/**
 * Extracts the figures of a plain text, one paragraph a line. Without a date, a month-and-day
 * takes its year from a year written in the same sentence or, failing that, the nearest year
 * written in the text; with no year anywhere it stays partial ("--11-08"). Figures come in text
 * order.
 */
export function extractFigures(input: ExtractInput): Figure[] {
  const blocks: BlockLike[] = input.text
    .split(/\r?\n/u)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((line) => line !== '')
    .map((text) => ({ kind: 'paragraph', section: null, text, sentences: splitSentences(text) }));
  return extractAll(blocks, input.date, input.gazetteer).flat();
}

/**
 * Extracts the figures of each block of a chunked document; the result is aligned with `blocks`.
 * A figure's entity may come from the paragraphs before it in its section or from the title (a
 * paragraph that names no place continues the one before it).
 */
export function extractBlockFigures(blocks: readonly Block[], meta: DocumentMeta, gazetteer: Gazetteer): Figure[][] {
  return extractAll(blocks, meta.date, gazetteer);
}

const PRIORITY: Readonly<Record<QuantityKind, number>> = {
  date: 3, period: 3, year: 3, rank: 2, ordinal: 2, multiple: 1, ratio: 1, percent: 1, points: 1,
  money: 0, count: 0, people: 0, trips: 0, measure: 0, duration: 0,
};

function extractAll(blocks: readonly BlockLike[], date: string | null, gazetteer: Gazetteer): Figure[][] {
  const forms = nameForms(gazetteer);
  const documentYear = date === null ? null : Number(date.slice(0, 4));
  const prepared = blocks.map((block) => {
    const text = foldWidth(block.text);
    const mentions = findMentions(text, forms);
    return { text, mentions, clauses: splitClauses(text), quotes: findQuotes(text, mentions) } satisfies AttributionBlock;
  });
  const blockYears = blocks.map((block) => firstYear(foldWidth(block.text)));
  return blocks.map((block, index) => {
    const context = prepared[index];
    if (context === undefined) return [];
    const nearby = nearestYear(blockYears, index);
    const found = block.sentences.flatMap((sentence) =>
      findInSentence(context.text, sentence.span, context.mentions, { sentence: null, document: documentYear, nearby, today: date }),
    );
    const labels: (string | null)[] = [];
    for (let i = 0; i < found.length; i++) {
      labels.push(labelMetric({ ...context, quantities: found, labels }, i));
    }
    const earlier = earlierBlocks(blocks, prepared, index);
    return found.map((quantity, i): Figure => {
      const sentence = block.sentences.find((s) => s.span.start <= quantity.start && quantity.end <= s.span.end);
      const offset = sentence?.span.start ?? 0;
      return {
        raw: block.text.slice(quantity.start, quantity.end),
        value: quantity.value,
        unit: quantity.unit,
        counter: quantity.counter,
        approx: quantity.approx,
        metric: labels[i] ?? null,
        entity: attribute(quantity, context, earlier),
        sentence: sentence?.text ?? block.text,
        span: { start: quantity.start - offset, end: quantity.end - offset },
      };
    });
  });
}

/** The quantities of one sentence that are figures, none overlapping, in block offsets. */
function findInSentence(blockText: string, span: Span, mentions: readonly Span[], years: YearContext): Quantity[] {
  const text = blockText.slice(span.start, span.end);
  const names = [
    ...mentions
      .filter((m) => span.start <= m.start && m.end <= span.end)
      .map((m) => ({ start: m.start - span.start, end: m.end - span.start })),
    ...numeralWordSpans(text),
  ];
  const sentenceYears = { ...years, sentence: firstYear(text) };
  const candidates = [...findDates(text, sentenceYears), ...findOrdinals(text), ...findAmounts(text)]
    .filter((candidate) => !isNotFigure(text, candidate, names))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start);
  const chosen: Quantity[] = [];
  for (const candidate of candidates) {
    if (chosen.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((q) => ({ ...q, start: q.start + span.start, end: q.end + span.start }));
}

// The paragraphs before a block in its section, nearest first, then the title and subtitle.
function earlierBlocks(
  blocks: readonly BlockLike[],
  prepared: readonly AttributionBlock[],
  index: number,
): AttributionBlock[] {
  const section = blocks[index]?.section ?? null;
  const earlier: AttributionBlock[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i];
    const context = prepared[i];
    if (block === undefined || context === undefined) continue;
    if (block.section === section || block.kind === 'title' || block.kind === 'subtitle') earlier.push(context);
  }
  return earlier;
}

function nearestYear(years: readonly (number | null)[], index: number): number | null {
  for (let distance = 0; distance < years.length; distance++) {
    const before = years[index - distance];
    if (before !== undefined && before !== null) return before;
  }
  for (const year of years.slice(index + 1)) if (year !== null) return year;
  return null;
}
