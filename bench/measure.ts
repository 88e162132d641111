import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { assertNever } from '../src/core/assert-never.js';
import type { BuildStep } from './contenders/contender.js';
import type { ChildResult, ContenderName, Phase } from './protocol.js';
import { runChild, type ChildLimits, type ChildOutcome } from './run-child.js';
import type { PreparedSize } from './sizes.js';

/** One cell of the table: a measured value or why there is none. */
export type Cell =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'out-of-memory' }
  | { readonly kind: 'failed' }
  /** Not run because the build before it did not finish. */
  | { readonly kind: 'skipped' }
  /** Not measured at this size (hit@1 needs the public questions' evidence). */
  | { readonly kind: 'not-applicable' };

export const METRICS = ['buildMs', 'indexBytes', 'loadMs', 'startMs', 'p50Ms', 'p99Ms', 'buildRssMb', 'serveRssMb', 'hit1'] as const;
export type Metric = (typeof METRICS)[number];
export type Row = {
  readonly contender: ContenderName;
  /** The build's own account of its steps (ours only). */
  readonly buildSteps: readonly BuildStep[];
} & Record<Metric, Cell>;

const SKIPPED: Cell = { kind: 'skipped' };

/**
 * Measures one contender on one size in three fresh processes: build (from the corpus folder to
 * the prebuilt index), load (deserializing it), serve (spawn to first answer, then the latency of
 * every workload question, peak RSS, and hit@1 when the size has scored questions).
 */
export async function measureContender(
  size: PreparedSize,
  contender: ContenderName,
  limits: ChildLimits,
  log: (line: string) => void,
): Promise<Row> {
  const indexPath = join(size.indexDir, contender === 'ours' ? 'ours' : `${contender}.json`);
  // A build always starts from nothing, so that ours cannot find an old cache.
  await rm(indexPath, { recursive: true, force: true });
  await mkdir(size.indexDir, { recursive: true });
  const run = async (phase: Phase) => {
    log(`${size.label} · ${contender} · ${phase} …`);
    const outcome = await runChild(
      { contender, phase, corpusDir: size.corpusDir, indexPath, workloadPath: size.workloadPath },
      limits,
    );
    log(`${size.label} · ${contender} · ${phase}: ${describe(outcome)}`);
    return outcome;
  };

  const build = await run('build');
  const built = build.kind === 'ok' && build.result.phase === 'build' ? build.result : null;
  if (built === null) {
    const failed = failureCell(build);
    return {
      contender,
      buildSteps: [],
      buildMs: failed,
      indexBytes: failed,
      buildRssMb: failed,
      loadMs: SKIPPED,
      startMs: SKIPPED,
      p50Ms: SKIPPED,
      p99Ms: SKIPPED,
      serveRssMb: SKIPPED,
      hit1: SKIPPED,
    };
  }
  const load = await run('load');
  const loaded = load.kind === 'ok' && load.result.phase === 'load' ? load.result : null;
  const serve = await run('serve');
  const served = serve.kind === 'ok' && serve.result.phase === 'serve' ? serve.result : null;
  const serveCell = (value: number | null | undefined): Cell => (served === null ? failureCell(serve) : valueCell(value));
  return {
    contender,
    buildSteps: built.steps,
    buildMs: valueCell(built.buildMs),
    indexBytes: valueCell(built.indexBytes),
    buildRssMb: valueCell(built.rssMb),
    loadMs: loaded === null ? failureCell(load) : valueCell(loaded.loadMs),
    startMs: serve.kind === 'ok' ? valueCell(serve.firstAnswerMs) : failureCell(serve),
    p50Ms: serveCell(served?.p50Ms),
    p99Ms: serveCell(served?.p99Ms),
    serveRssMb: serveCell(served?.rssMb),
    hit1: served === null ? failureCell(serve) : served.hit1 === null ? { kind: 'not-applicable' } : valueCell(served.hit1),
  };
}

function valueCell(value: number | null | undefined): Cell {
  return value === null || value === undefined ? { kind: 'failed' } : { kind: 'value', value };
}

function failureCell(outcome: ChildOutcome): Cell {
  switch (outcome.kind) {
    case 'timeout':
      return { kind: 'timeout' };
    case 'out-of-memory':
      return { kind: 'out-of-memory' };
    case 'failed':
    case 'ok':
      return { kind: 'failed' };
    default:
      return assertNever(outcome);
  }
}

function describe(outcome: ChildOutcome): string {
  switch (outcome.kind) {
    case 'ok':
      return summary(outcome.result);
    case 'timeout':
      return `timeout after ${outcome.seconds} s`;
    case 'out-of-memory':
      return 'out of memory (raise --heap-mb)';
    case 'failed':
      return `failed: ${outcome.reason}`;
    default:
      return assertNever(outcome);
  }
}

function summary(result: ChildResult): string {
  switch (result.phase) {
    case 'build':
      return `${(result.buildMs / 1000).toFixed(1)} s, ${result.indexBytes} bytes, ${result.rssMb.toFixed(0)} MB`;
    case 'load':
      return `${result.loadMs.toFixed(0)} ms, ${result.rssMb.toFixed(0)} MB`;
    case 'serve':
      return `${result.answers} answers, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${result.rssMb.toFixed(0)} MB`;
    default:
      return assertNever(result);
  }
}
