import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseDocument } from '../core/document.js';
import type { Engine } from '../core/engine-types.js';
import type { SourceDocument } from '../core/types.js';
import { GAZETTEER_FILE } from '../corpus/files.js';
import { openEngine } from '../corpus/open-engine.js';
import { EvalQuestionSchema, parseJsonLines, type EvalQuestion } from './questions.js';
import type { ScoredQuestion } from './retrieval-score.js';

/**
 * A second article in the corpus, as a user adds one: its files are dropped into a copy of the
 * corpus folder beside the first article and its gazetteer, and the engine is built over both.
 * Its own questions are scored there, and so are the first article's, since an article added to
 * the corpus must not take the first one's answers away.
 *
 * The second article's folder (eval/second) holds its `.md`/`.txt` file(s), `questions.jsonl` in
 * the format of eval/public/questions.jsonl, and a README that is not an article.
 */

export type SecondArticleRow = ScoredQuestion & {
  readonly id: string;
  readonly question: string;
  readonly kind: EvalQuestion['kind'];
  /** The gold figure(s) a direct answer must be, where the question asks for one number. */
  readonly answerFigure: EvalQuestion['answer_figure'];
};

export type SecondArticleResult =
  | {
      readonly kind: 'ok';
      /** The document ids the second folder added. */
      readonly added: readonly string[];
      /** The second article's own questions, answered over both articles. */
      readonly own: readonly SecondArticleRow[];
      /** The first article's questions, answered over both articles. */
      readonly first: readonly SecondArticleRow[];
      /** The second article's own questions, answered with it as the only article. */
      readonly alone: readonly SecondArticleRow[];
    }
  | { readonly kind: 'error'; readonly message: string };

const DOCUMENT_EXTENSIONS = new Set(['.md', '.txt']);
const isDocument = (name: string) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());
// The folder's README describes the article; it is not one.
const isArticle = (name: string) => isDocument(name) && !/^readme\./iu.test(name);

/**
 * Builds the engine over `corpusDir` plus the articles of `secondDir`, in a temporary folder that
 * is removed afterwards. A file name both folders hold is an error, not a silent overwrite. With
 * `alone`, the corpus's own articles are left out (its gazetteer stays): the second article as a
 * user's only one.
 */
export async function openWithSecondArticle(
  corpusDir: string,
  secondDir: string,
  { alone = false }: { readonly alone?: boolean } = {},
): Promise<{ kind: 'ok'; engine: Engine; added: readonly string[] } | { kind: 'error'; message: string }> {
  const corpusFiles = (await readdir(corpusDir)).filter((name) => (!alone && isDocument(name)) || name === GAZETTEER_FILE);
  const secondFiles = (await readdir(secondDir)).filter(isArticle).sort();
  if (secondFiles.length === 0) return { kind: 'error', message: `${secondDir}: no .md or .txt article` };
  const clash = secondFiles.find((name) => corpusFiles.includes(name));
  if (clash !== undefined) return { kind: 'error', message: `${secondDir}/${clash}: the corpus already has a file of that name` };
  const folder = await mkdtemp(join(tmpdir(), 'second-article-'));
  try {
    for (const name of corpusFiles) await copyFile(join(corpusDir, name), join(folder, name));
    for (const name of secondFiles) await copyFile(join(secondDir, name), join(folder, name));
    const opened = await openEngine(folder);
    if (opened.kind === 'error') return opened;
    return { kind: 'ok', engine: opened.engine, added: secondFiles.map((name) => name.slice(0, -extname(name).length)) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The articles of an evaluation folder, parsed as the corpus would; a broken one is an error. */
export async function readArticles(dir: string): Promise<SourceDocument[]> {
  const names = (await readdir(dir)).filter(isArticle).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = parseDocument(name.slice(0, -extname(name).length), await readFile(join(dir, name), 'utf8'));
      if (parsed.kind === 'error') throw new Error(`${join(dir, name)}: ${parsed.problem}`);
      return parsed.document;
    }),
  );
}

/** Answers the second article's questions and the first article's over a corpus of both. */
export async function scoreSecondArticle(
  corpusDir: string,
  secondDir: string,
  firstQuestions: readonly EvalQuestion[],
): Promise<SecondArticleResult> {
  let text: string;
  try {
    text = await readFile(join(secondDir, 'questions.jsonl'), 'utf8');
  } catch {
    return { kind: 'error', message: `${secondDir}/questions.jsonl: cannot read it` };
  }
  const own = parseJsonLines(text, EvalQuestionSchema, join(secondDir, 'questions.jsonl'));
  const opened = await openWithSecondArticle(corpusDir, secondDir);
  if (opened.kind === 'error') return opened;
  const alone = await openWithSecondArticle(corpusDir, secondDir, { alone: true });
  if (alone.kind === 'error') return alone;
  const answerWith = (engine: Engine) => (q: EvalQuestion): SecondArticleRow => ({
    id: q.id,
    question: q.q,
    kind: q.kind,
    answerFigure: q.answer_figure,
    groups: [q.lang, q.kind],
    evidence: q.evidence,
    answer: engine.ask(q.q),
  });
  return {
    kind: 'ok',
    added: opened.added,
    own: own.map(answerWith(opened.engine)),
    first: firstQuestions.map(answerWith(opened.engine)),
    alone: own.map(answerWith(alone.engine)),
  };
}
