import type { BenchPassage } from './passage.js';

/**
 * A search library set up the way a project would use it, to measure our engine against. It
 * indexes the passages, serializes itself (passage texts included, so that it answers from its
 * file alone), and answers a question with its top passage.
 */
export type Anchor = {
  /** The built index, serialized as the library does it. */
  build(passages: readonly BenchPassage[]): string;
  /** Restores a serialized index; this is what the load time measures. */
  load(serialized: string): AnchorSearcher;
};

export type AnchorSearcher = {
  top(question: string): BenchPassage | null;
};
