/**
 * A quantity found in a sentence before it is labelled and attributed: what kind of figure it is,
 * where it sits, and its normalized value. `kind` is finer than the figure's `unit` and drives how
 * the metric is read (a rank's metric is what is ranked, a count's is what is counted).
 */
import type { FigureUnit } from '../types.js';

export type QuantityKind =
  | 'money'
  | 'percent'
  | 'points'
  | 'multiple'
  | 'ratio'
  | 'count'
  | 'people'
  | 'trips'
  | 'measure'
  | 'rank'
  | 'ordinal'
  | 'date'
  | 'period'
  | 'duration'
  | 'year';

export type Quantity = {
  readonly kind: QuantityKind;
  /** Offsets in the sentence; `raw` is `sentence.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly value: number | readonly [number, number] | string;
  readonly unit: FigureUnit;
  readonly counter: string | null;
  readonly approx: boolean;
};

/** The year a partial date (11月8日, 上半年) is read in. */
export type YearContext = {
  /** A year written in the same sentence (2023长三角…大会, 2024年). */
  readonly sentence: number | null;
  /** The document's date, from its front matter. */
  readonly document: number | null;
  /** The nearest year written elsewhere in the text, for text without a date. */
  readonly nearby: number | null;
  /** The document's full date (ISO), where a period that runs until now ends (2022年以来). */
  readonly today: string | null;
};
