import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { assertNever } from '../../src/core/assert-never.js';
import { openEngine, type OpenEngineResult } from '../../src/corpus/open-engine.js';
import type { BuildStep, Contender } from './contender.js';

/**
 * Our engine, whole: its build is openEngine on an empty cache folder (load, chunk, figures,
 * index, vocabulary, and saving the cache file); its load is openEngine finding that cache, which
 * also reads and hashes the corpus files to know the cache is theirs. It answers with the whole
 * `engine.ask`, figures and direct answer included.
 */
export const ours: Contender = {
  async build(corpusDir, indexPath) {
    const marks = [{ step: 'reading the corpus', at: performance.now() }];
    // openEngine names each step as it begins ("building the index (why)", "chunking", ...).
    const onProgress = (message: string) => marks.push({ step: message.replace(/\s*\(.*\)$/u, ''), at: performance.now() });
    const opened = ready(await openEngine(corpusDir, { cacheDir: indexPath, onProgress }));
    const end = performance.now();
    const { origin } = opened;
    if (origin.kind !== 'built' || origin.file === null) throw new Error(`expected a fresh build, got ${origin.kind}`);
    if (origin.saveError !== null) throw new Error(`the cache was not saved: ${origin.saveError}`);
    const steps: BuildStep[] = marks.map(({ step, at }, i) => ({ step, ms: (marks[i + 1]?.at ?? end) - at }));
    return { indexBytes: (await stat(origin.file)).size, steps };
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
