import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../../src/corpus/open-engine.js';
import type { Engine } from '../../src/core/engine-types.js';

let engine: Promise<Engine> | undefined;

/**
 * The engine over the shipped corpus, once per test file. It goes through the prebuilt cache, as
 * `npm start` does (tests/corpus/engine-cache.test.ts checks a cached engine answers as a built
 * one); the first file to ask builds it, the others load it.
 */
export function realEngine(): Promise<Engine> {
  engine ??= openEngine('corpus', { cacheDir: join(tmpdir(), 'g60-test-engine-cache') }).then((opened) => {
    if (opened.kind === 'error') throw new Error(opened.message);
    return opened.engine;
  });
  return engine;
}
