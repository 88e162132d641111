import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ChildResultSchema, FIRST_ANSWER_LINE, RESULT_PREFIX, type ChildResult, type ChildTask } from './protocol.js';

export type ChildOutcome =
  | {
      readonly kind: 'ok';
      readonly result: ChildResult;
      /** From spawn to the child's first answer line, when it printed one. */
      readonly firstAnswerMs: number | null;
    }
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** V8 gave up at the heap limit (ChildLimits.heapMb). */
  | { readonly kind: 'out-of-memory' }
  | { readonly kind: 'failed'; readonly reason: string };

export type ChildLimits = {
  readonly timeoutSeconds: number;
  /** V8 heap limit: the bigram anchor needs more than Node's default on the larger corpora. */
  readonly heapMb: number;
};

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const STDERR_TAIL = 400;
const HEAP_EXHAUSTED = /JavaScript heap out of memory|Reached heap limit/u;

/**
 * Runs one measurement in a fresh Node process (tsx loaded the way `npm start` loads it), kills
 * it when it runs past the timeout, and reads its result line.
 */
export function runChild(task: ChildTask, limits: ChildLimits): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${limits.heapMb}`, '--import', 'tsx', CHILD, JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let firstAnswerMs: number | null = null;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutSeconds * 1000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (firstAnswerMs === null && stdout.includes(`${FIRST_ANSWER_LINE}\n`)) firstAnswerMs = performance.now() - started;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL * 4);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ kind: 'failed', reason: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ kind: 'timeout', seconds: limits.timeoutSeconds });
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
      if (code !== 0 && HEAP_EXHAUSTED.test(stderr)) return resolve({ kind: 'out-of-memory' });
      if (code !== 0 || line === undefined) {
        return resolve({ kind: 'failed', reason: `exit ${code ?? signal}: ${stderr.trim().slice(-STDERR_TAIL)}` });
      }
      const parsed = ChildResultSchema.safeParse(JSON.parse(line.slice(RESULT_PREFIX.length)));
      if (!parsed.success) return resolve({ kind: 'failed', reason: z.prettifyError(parsed.error) });
      resolve({ kind: 'ok', result: parsed.data, firstAnswerMs });
    });
  });
}
