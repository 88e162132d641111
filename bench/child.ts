/**
 * One measurement in a fresh process, started by the harness (./run-child.ts): build a
 * contender's index, load it, or serve questions from it. Prints FIRST_ANSWER_LINE the moment it
 * has a first answer, then one result line; everything else goes to stderr.
 *
 *   node --import tsx bench/child.ts '<ChildTask as JSON>'
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { assertNever } from '../src/core/assert-never.js';
import { scoreRetrieval } from '../src/eval/retrieval-score.js';
import { loadContender, type OpenedContender } from './contenders/contender.js';
import {
  ChildTaskSchema,
  FIRST_ANSWER_LINE,
  RESULT_PREFIX,
  WorkloadSchema,
  type ChildResult,
  type ChildTask,
  type Workload,
} from './protocol.js';
import { peakRssMb, percentile } from './stats.js';

async function run(task: ChildTask): Promise<ChildResult> {
  const engine = await loadContender(task.contender, task.phase);
  switch (task.phase) {
    case 'build': {
      const started = performance.now();
      const { indexBytes, steps } = await engine.build(task.corpusDir, task.indexPath);
      return { phase: 'build', buildMs: performance.now() - started, indexBytes, rssMb: peakRssMb(), steps: [...steps] };
    }
    case 'load': {
      const { loadMs } = await engine.open(task.corpusDir, task.indexPath);
      return { phase: 'load', loadMs, rssMb: peakRssMb() };
    }
    case 'serve': {
      const workload = WorkloadSchema.parse(JSON.parse(await readFile(task.workloadPath, 'utf8')));
      const opened = await engine.open(task.corpusDir, task.indexPath);
      opened.ask(workload.questions[0] ?? '');
      process.stdout.write(`${FIRST_ANSWER_LINE}\n`);
      return serve(opened, workload);
    }
    default:
      return assertNever(task.phase);
  }
}

// Untimed questions before the timed ones, for every engine alike: the percentiles describe a
// running process, whose code the JIT has compiled; a cold start is the spawn → first answer column.
const WARMUP_QUESTIONS = 100;

function serve(opened: OpenedContender, workload: Workload): ChildResult {
  for (const question of workload.questions.slice(0, WARMUP_QUESTIONS)) opened.ask(question);
  const times: number[] = [];
  for (const question of workload.questions) {
    const started = performance.now();
    opened.ask(question);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const hit1 =
    workload.scored === null
      ? null
      : scoreRetrieval(workload.scored.map(({ q, evidence }) => ({ groups: [], evidence, answer: opened.ask(q) }))).hit1;
  return { phase: 'serve', answers: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), rssMb: peakRssMb(), hit1 };
}

const task = ChildTaskSchema.parse(JSON.parse(process.argv[2] ?? ''));
const result = await run(task);
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
