import { z } from 'zod';
import type { Answer, Block } from '../../src/core/types.js';

/** A passage as every contender indexes it: one block of our chunker. */
export type BenchPassage = Pick<Block, 'doc' | 'paragraph' | 'section' | 'kind' | 'text'>;

/**
 * A passage read back from an anchor's serialized index. Parsed one at a time, when it is the
 * answer: validating every passage on load would add zod's time to the library's load time.
 */
export const BenchPassageSchema = z.object({
  doc: z.string(),
  paragraph: z.number(),
  section: z.string().nullable(),
  kind: z.enum(['title', 'subtitle', 'heading', 'paragraph', 'byline']),
  text: z.string(),
}) satisfies z.ZodType<BenchPassage>;

/** An anchor's top passage as an Answer, so the eval's own scoring reads it like ours. */
export function passageAnswer(question: string, passage: BenchPassage | null): Answer {
  if (passage === null) {
    return { kind: 'no-answer', question, language: 'zh', reason: 'not-in-corpus', suggestions: [], understood: null };
  }
  return {
    kind: 'answer',
    question,
    language: 'zh',
    direct: null,
    passages: [{ ...passage, score: 1, highlights: [], figures: [] }],
    understood: null,
  };
}
