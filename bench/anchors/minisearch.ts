import MiniSearch from 'minisearch';
import type { Anchor } from './anchor.js';
import { BenchPassageSchema, type BenchPassage } from './passage.js';

/**
 * minisearch 7 as a naive project would set it up for Chinese: Han character bigrams as tokens
 * (runs of letters and digits stay whole words), minisearch's defaults for everything else, the
 * passage fields stored to show the answer, and toJSON / loadJSON to save and restore it.
 */
type Stored = BenchPassage & { readonly id: number };

const HAN_RUN_OR_WORD = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
const HAN = /^\p{Script=Han}/u;

export function hanBigrams(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN_OR_WORD)) {
    if (!HAN.test(run) || run.length === 1) {
      tokens.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

const OPTIONS = {
  fields: ['text'],
  storeFields: ['doc', 'paragraph', 'section', 'kind', 'text'],
  tokenize: hanBigrams,
};

export const minisearchAnchor: Anchor = {
  build(passages) {
    const mini = new MiniSearch<Stored>(OPTIONS);
    mini.addAll(passages.map((passage, id) => ({ ...passage, id })));
    return JSON.stringify(mini);
  },
  load(serialized) {
    const mini = MiniSearch.loadJSON<Stored>(serialized, OPTIONS);
    return {
      top(question) {
        const [hit] = mini.search(question);
        // The stored fields come back on the result, beside minisearch's own (stripped here).
        return hit === undefined ? null : BenchPassageSchema.parse(hit);
      },
    };
  },
};
