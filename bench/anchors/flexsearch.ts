import { Charset, Index } from 'flexsearch';
import { z } from 'zod';
import type { Anchor } from './anchor.js';
import { BenchPassageSchema } from './passage.js';

/**
 * flexsearch 0.8 with its Chinese, Japanese and Korean preset, `encoder: Charset.CJK` (the
 * README's "CJK Encoder Preset", which splits text into single characters). The tokenizer stays
 * `strict`: `forward` and `full` index prefixes and infixes of a term, and a one-character term
 * has none. Search asks for `suggest: true`, since flexsearch otherwise returns only passages that
 * hold every character of the question, and a whole question rarely fits one passage that way.
 */
const OPTIONS = { encoder: Charset.CJK } as const;

const SerializedSchema = z.object({
  passages: z.array(z.unknown()),
  /** flexsearch's own export: a data string per key, handed back to `import`. */
  index: z.array(z.tuple([z.string(), z.string()])),
});

export const flexsearchAnchor: Anchor = {
  build(passages) {
    const index = new Index(OPTIONS);
    passages.forEach((passage, id) => index.add(id, passage.text));
    const parts: [string, string][] = [];
    // With a synchronous handler, export is synchronous too.
    void index.export((key: string, data: string) => {
      parts.push([key, data]);
    });
    return JSON.stringify({ passages, index: parts });
  },
  load(serialized) {
    const { passages, index: parts } = SerializedSchema.parse(JSON.parse(serialized));
    const index = new Index(OPTIONS);
    for (const [key, data] of parts) index.import(key, data);
    return {
      top(question) {
        const [id] = index.search(question, { limit: 1, suggest: true });
        return id === undefined ? null : BenchPassageSchema.parse(passages[Number(id)]);
      },
    };
  },
};
