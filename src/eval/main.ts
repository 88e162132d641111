import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openEngine } from '../corpus/open-engine.js';
import { EvalQuestionSchema, parseJsonLines } from './questions.js';
import { evidenceRank, formatRetrievalTable, scoreByGroup } from './retrieval-score.js';

/**
 * `npm run eval [-- <folder>] [--corpus <dir>] [--verbose]`: scores the engine on an evaluation
 * folder (default: the public set in eval/public) and prints the tables.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string', default: 'corpus' }, verbose: { type: 'boolean', default: false } },
});
const folder = positionals[0] ?? 'eval/public';

const opened = await openEngine(values.corpus);
if (opened.kind === 'error') {
  console.error(opened.message);
  process.exit(1);
}
const { engine } = opened;
const questions = parseJsonLines(
  await readFile(join(folder, 'questions.jsonl'), 'utf8'),
  EvalQuestionSchema,
  'questions.jsonl',
);
const scored = questions.map((q) => ({ q, groups: [q.lang, q.kind], evidence: q.evidence, answer: engine.ask(q.q) }));
console.log(`Passages (${questions.length} questions, ${folder})`);
console.log(formatRetrievalTable(scoreByGroup(scored)));
if (values.verbose) {
  for (const { q, answer, evidence } of scored) {
    const rank = evidenceRank(answer, evidence);
    const ok = evidence.length === 0 ? answer.kind !== 'answer' : rank === 1;
    if (ok) continue;
    const shown = answer.kind === 'answer' ? answer.passages[0]?.text.slice(0, 40) : answer.kind;
    console.log(`MISS ${q.id} [${q.lang}/${q.kind}] ${q.q} → rank ${rank ?? '-'} | ${shown}`);
  }
}
