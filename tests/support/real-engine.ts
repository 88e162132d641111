import { openEngine } from '../../src/corpus/open-engine.js';
import type { Engine } from '../../src/core/engine-types.js';

let engine: Promise<Engine> | undefined;

/** The engine over the shipped corpus, built once per test file. */
export function realEngine(): Promise<Engine> {
  engine ??= openEngine('corpus').then((opened) => {
    if (opened.kind === 'error') throw new Error(opened.message);
    return opened.engine;
  });
  return engine;
}
