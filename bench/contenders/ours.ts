import { stat } from 'node:fs/promises';
import { assertNever } from '../../src/core/assert-never.js';
import { openEngine, type OpenEngineResult } from '../../src/corpus/open-engine.js';
import type { Contender } from './contender.js';

/**
 * Our engine, whole: its build is openEngine on an empty cache folder (load, chunk, figures,
 * index, vocabulary, and saving the cache file); its load is openEngine finding that cache, which
 * also reads and hashes the corpus files to know the cache is theirs. It answers with the whole
 * `engine.ask`, figures and direct answer included.
 */
export const ours: Contender = {
  async build(corpusDir, indexPath) {
    const opened = ready(await openEngine(corpusDir, { cacheDir: indexPath }));
    const { origin } = opened;
    if (origin.kind !== 'built' || origin.file === null) throw new Error(`expected a fresh build, got ${origin.kind}`);
    if (origin.saveError !== null) throw new Error(`the cache was not saved: ${origin.saveError}`);
    return { indexBytes: (await stat(origin.file)).size };
  },
  async open(corpusDir, indexPath) {
    const opened = ready(await openEngine(corpusDir, { cacheDir: indexPath }));
    switch (opened.origin.kind) {
      case 'cache':
        return { ask: (question) => opened.engine.ask(question), loadMs: opened.milliseconds };
      case 'built':
        // A rebuild here would be timed as a load: refuse rather than report it.
        throw new Error(`the prebuilt engine was not used: ${opened.origin.why}`);
      default:
        return assertNever(opened.origin);
    }
  },
};

function ready(opened: OpenEngineResult): Extract<OpenEngineResult, { kind: 'ok' }> {
  if (opened.kind === 'error') throw new Error(opened.message);
  return opened;
}
