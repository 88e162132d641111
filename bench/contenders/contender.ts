import { assertNever } from '../../src/core/assert-never.js';
import type { Answer } from '../../src/core/types.js';
import type { Anchor } from '../anchors/anchor.js';
import type { ContenderName, Phase } from '../protocol.js';

/** One engine as a child process drives it: build its index, or open it and answer. */
export type Contender = {
  /** From the corpus folder to a prebuilt index at `indexPath`; returns its size in bytes. */
  build(corpusDir: string, indexPath: string): Promise<Built>;
  /** Ready to answer, from the prebuilt index when there is one. */
  open(corpusDir: string, indexPath: string): Promise<OpenedContender>;
};

export type Built = {
  readonly indexBytes: number;
  /** The build's steps in order, with their time; empty when the contender does not tell. */
  readonly steps: readonly BuildStep[];
};

export type BuildStep = { readonly step: string; readonly ms: number };

export type OpenedContender = {
  ask(question: string): Answer;
  /** Time spent loading the prebuilt index. */
  readonly loadMs: number;
};

/**
 * Imported on demand, before any clock starts, and only what the phase needs: a child serving an
 * anchor loads neither our engine's modules nor our corpus loader, which would count in its
 * start-up time and its RSS.
 */
export async function loadContender(name: ContenderName, phase: Phase): Promise<Contender> {
  if (name === 'ours') return (await import('./ours.js')).ours;
  const [{ anchorContender }, anchor, passages] = await Promise.all([
    import('./anchor.js'),
    loadAnchor(name),
    phase === 'build' ? import('../anchors/passages.js') : null,
  ]);
  return anchorContender(anchor, passages?.loadPassages ?? null);
}

async function loadAnchor(name: Exclude<ContenderName, 'ours'>): Promise<Anchor> {
  switch (name) {
    case 'flexsearch':
      return (await import('../anchors/flexsearch.js')).flexsearchAnchor;
    case 'minisearch':
      return (await import('../anchors/minisearch.js')).minisearchAnchor;
    default:
      return assertNever(name);
  }
}
