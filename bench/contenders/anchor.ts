import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Anchor } from '../anchors/anchor.js';
import { passageAnswer, type BenchPassage } from '../anchors/passage.js';
import type { Contender } from './contender.js';

type LoadPassages = (dir: string) => Promise<BenchPassage[]>;

/**
 * An anchor library: built from our passages into one file, opened from that file alone. Only
 * a build reads the corpus, so only a build is handed the passage loader.
 */
export function anchorContender(anchor: Anchor, loadPassages: LoadPassages | null): Contender {
  return {
    async build(corpusDir, indexPath) {
      if (loadPassages === null) throw new Error('an anchor build needs the passage loader');
      const serialized = anchor.build(await loadPassages(corpusDir));
      await writeFile(indexPath, serialized);
      return { indexBytes: Buffer.byteLength(serialized), steps: [] };
    },
    async open(_corpusDir, indexPath) {
      const serialized = await readFile(indexPath, 'utf8');
      const started = performance.now();
      const searcher = anchor.load(serialized);
      const loadMs = performance.now() - started;
      return { ask: (question) => passageAnswer(question, searcher.top(question)), loadMs };
    },
  };
}
