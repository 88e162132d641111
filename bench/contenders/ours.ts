import type { Engine } from '../../src/core/engine-types.js';
import { openEngine } from '../../src/corpus/open-engine.js';
import type { Contender } from './contender.js';

/**
 * Our engine, whole: load, chunk, figures, index and vocabulary, then `engine.ask` with figures
 * and direct answer. It keeps no prebuilt index yet, so opening it builds it again.
 */
export const ours: Contender = {
  async build(corpusDir) {
    await openOurs(corpusDir);
    return { indexBytes: null };
  },
  async open(corpusDir) {
    const engine = await openOurs(corpusDir);
    return { ask: (question) => engine.ask(question), loadMs: null };
  },
};

async function openOurs(corpusDir: string): Promise<Engine> {
  const opened = await openEngine(corpusDir);
  if (opened.kind === 'error') throw new Error(opened.message);
  return opened.engine;
}
