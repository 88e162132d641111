import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EvalQuestionSchema, parseJsonLines } from '../src/eval/questions.js';
import { createRng } from './corpus/prng.js';
import { generateCorpus } from './generate-corpus.js';
import type { Workload } from './protocol.js';
import { sampleQuestions } from './sample-questions.js';

/** A corpus to measure on: the shipped article, or so many generated articles. */
export type Size = { readonly kind: 'article' } | { readonly kind: 'generated'; readonly articles: number };

export type PreparedSize = {
  readonly label: string;
  readonly corpusDir: string;
  /** Where the contenders' prebuilt indexes go. */
  readonly indexDir: string;
  readonly workloadPath: string;
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PUBLIC_QUESTIONS = join(ROOT, 'eval/public/questions.jsonl');
/** Generated corpora live in the temp folder, never in the repository, cached by seed and size. */
export const BENCH_DIR = join(tmpdir(), 'g60-bench');
const COMPLETE = 'complete';

export function sizeLabel(size: Size): string {
  return size.kind === 'article' ? 'article' : `${size.articles.toLocaleString('en-US')} articles`;
}

/**
 * The corpus folder and question list of a size. A generated corpus is made once per seed and
 * size; a marker written last tells a finished one from one a killed run left half-written.
 */
export async function prepareSize(size: Size, seed: number, questions: number): Promise<PreparedSize> {
  const label = sizeLabel(size);
  if (size.kind === 'article') {
    const base = join(BENCH_DIR, 'article');
    const workloadPath = join(base, `workload-${questions}.json`);
    await mkdir(base, { recursive: true });
    await writeWorkload(workloadPath, await articleWorkload(questions));
    return { label, corpusDir: join(ROOT, 'corpus'), indexDir: join(base, 'index'), workloadPath };
  }
  const base = join(BENCH_DIR, `seed-${seed}-articles-${size.articles}`);
  const corpusDir = join(base, 'corpus');
  if (!existsSync(join(base, COMPLETE))) {
    await rm(base, { recursive: true, force: true });
    generateCorpus({ articles: size.articles, seed, dir: corpusDir });
    await writeFile(join(base, COMPLETE), '');
  }
  const workloadPath = join(base, `workload-${questions}.json`);
  if (!existsSync(workloadPath)) {
    const texts = await readArticles(corpusDir);
    await writeWorkload(workloadPath, { questions: sampleQuestions(texts, questions, createRng(seed)), scored: null });
  }
  return { label, corpusDir, indexDir: join(base, 'index'), workloadPath };
}

/** The public questions, asked in turn until there are enough; all of them scored for hit@1. */
async function articleWorkload(count: number): Promise<Workload> {
  const questions = parseJsonLines(await readFile(PUBLIC_QUESTIONS, 'utf8'), EvalQuestionSchema, 'questions.jsonl');
  return {
    questions: Array.from({ length: Math.max(count, questions.length) }, (_, i) => questions[i % questions.length]?.q ?? ''),
    scored: questions.map(({ q, evidence }) => ({ q, evidence })),
  };
}

async function readArticles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => extname(name) === '.md').sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}

async function writeWorkload(path: string, workload: Workload): Promise<void> {
  await writeFile(path, JSON.stringify(workload));
}
