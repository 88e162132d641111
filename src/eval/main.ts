import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { chunkDocument } from '../core/chunk.js';
import { extractBlockFigures } from '../core/figures/extract.js';
import type { Gazetteer } from '../core/gazetteer.js';
import { withTextPlaces } from '../core/places.js';
import type { SourceDocument } from '../core/types.js';
import { loadDictionaryPlaces } from '../corpus/dictionary.js';
import { loadCorpus } from '../corpus/load.js';
import { openEngine } from '../corpus/open-engine.js';
import { formatGroupCounts, formatTargets, runConversations, scoreConversationTurns } from './conversation-score.js';
import { formatDirect, scoreDirectRows } from './direct-score.js';
import { formatCityLookups, formatFigureScore, scoreCityLookups, scoreFigures } from './figures-score.js';
import { GoldCitiesSchema, GoldFiguresSchema, NotFiguresSchema, type GoldFigure, type NotFigure } from './gold-schemas.js';
import { EvalConversationSchema, EvalQuestionSchema, parseJsonLines } from './questions.js';
import { evidenceRank, formatRetrievalTable, scoreByGroup, type ScoredQuestion } from './retrieval-score.js';
import { readArticles, scoreSecondArticle } from './second-article.js';

/**
 * `npm run eval [-- <folder>] [--corpus <dir>] [--second <dir>[,<dir>…]] [--verbose]`: scores the
 * engine on an evaluation folder (default: the public set copied into eval/public) and prints every
 * table: passages by language and kind, direct answers, conversations, figures and city lookups;
 * then, for each other article (default eval/second to eval/tenth; `--second=` skips them) added
 * to the corpus, the folder's questions again and the article's own, and the article's questions
 * with it as the only article.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: 'corpus' },
    verbose: { type: 'boolean', default: false },
    second: { type: 'string', default: 'eval/second,eval/third,eval/fourth,eval/fifth,eval/sixth,eval/seventh,eval/eighth,eval/ninth,eval/tenth' },
  },
});
const folder = positionals[0] ?? 'eval/public';
const read = (name: string) => readFile(join(folder, name), 'utf8');
const readJson = async <T>(name: string, schema: z.ZodType<T>): Promise<T> => schema.parse(JSON.parse(await read(name)));

const opened = await openEngine(values.corpus);
const dictionaryPlaces = loadDictionaryPlaces();
const loaded = await loadCorpus(values.corpus);
if (opened.kind === 'error' || loaded.kind === 'error') {
  console.error(opened.kind === 'error' ? opened.message : 'the corpus could not be read');
  process.exit(1);
}
const { engine } = opened;
const { corpus } = loaded;
const gold = await readJson('figures.json', GoldFiguresSchema);

// Passages.
const questions = parseJsonLines(await read('questions.jsonl'), EvalQuestionSchema, 'questions.jsonl');
const scored = questions.map((q) => ({ q, groups: [q.lang, q.kind], evidence: q.evidence, answer: engine.ask(q.q) }));
console.log(`Passages (${questions.length} questions, ${folder})`);
console.log(formatRetrievalTable(scoreByGroup(scored)));
if (values.verbose) printMisses(scored.map(({ q, ...rest }) => ({ id: q.id, question: q.q, ...rest })));

// Direct answers.
const direct = scoreDirectRows(
  scored.map(({ q, answer }) => ({ answer, answerFigure: q.answer_figure, unanswerable: q.kind === 'unanswerable' })),
  gold,
);
console.log(`\n${formatDirect(direct, 'Direct answers')}`);

// Conversations: every turn in order with the topic of the turn before, later turns also alone,
// grouped into follow-ups and topic changes by the rule of conversation-score.ts.
const conversations = parseJsonLines(await read('conversations.jsonl'), EvalConversationSchema, 'conversations.jsonl');
const passages = corpus.documents.flatMap((document) => chunkDocument(document.meta, document.body).map((block) => block.text));
const turns = runConversations(engine, conversations, passages);
console.log(`\nConversations (${conversations.length}, ${turns.length} turns: ${formatGroupCounts(turns)})`);
console.log(formatRetrievalTable(scoreConversationTurns(turns)));
console.log(formatTargets(turns));
const conversationDirect = scoreDirectRows(
  turns.map(({ answer, answerFigure, group }) => ({ answer, answerFigure, unanswerable: group === 'unanswerable' })),
  gold,
);
console.log(formatDirect(conversationDirect, 'Direct answers in conversations'));
if (values.verbose) printMisses(turns.map(({ id, question, group, evidence, answer }) => ({ id: `${id} ${group}`, question, groups: [], evidence, answer })));

// Figures over the article the gold describes, and city lookups.
const article = articleFigureScore(corpus.documents, corpus.gazetteer, gold, await readJson('not_figures.json', NotFiguresSchema));
if (article !== null) {
  console.log(`\n${article}`);
  const cities = await readJson('cities.json', GoldCitiesSchema);
  console.log(`\n${formatCityLookups(scoreCityLookups(cities.cities, (name) => engine.city(name), gold))}`);
}

// Another article in the corpus: the first one's answers must survive it, and its own must be found.
for (const other of values.second.split(',').filter((dir) => dir !== '')) {
  const second = await scoreSecondArticle(values.corpus, other, questions);
  if (second.kind === 'error') {
    console.error(second.message);
    continue;
  }
  console.log(`\nPassages with ${second.added.join(', ')} added to the corpus (${questions.length} questions, ${folder})`);
  console.log(formatRetrievalTable(scoreByGroup(second.first)));
  if (values.verbose) printMisses(second.first);
  console.log(`\nPassages of ${second.added.join(', ')} (${second.own.length} questions, ${other})`);
  console.log(formatRetrievalTable(scoreByGroup(second.own)));
  if (values.verbose) printMisses(second.own);
  console.log(`\n${second.added.join(', ')} as the only article in the corpus (${second.alone.length} questions, ${other})`);
  console.log(formatRetrievalTable(scoreByGroup(second.alone)));
  if (values.verbose) printMisses(second.alone);
  // Figures of an article the engine was not tuned on, where the folder has its gold.
  const otherGold = await readOptionalJson(join(other, 'figures.json'), GoldFiguresSchema);
  if (otherGold !== null) {
    const otherNot = (await readOptionalJson(join(other, 'not_figures.json'), NotFiguresSchema)) ?? [];
    const documents = await readArticles(other);
    console.log(`\n${articleFigureScore(documents, corpus.gazetteer, otherGold, otherNot) ?? `${other}/figures.json: no article of the folder holds its sentences`}`);
    for (const [where, rows] of [['beside the shipped article', second.own], ['alone', second.alone]] as const) {
      const scores = scoreDirectRows(
        rows.map(({ answer, answerFigure, kind }) => ({ answer, answerFigure, unanswerable: kind === 'unanswerable' })),
        otherGold,
      );
      console.log(formatDirect(scores, `Direct answers (${other}, ${where})`));
    }
  }
}

/** Scores the figures extracted from the document whose text holds the gold sentences. */
function articleFigureScore(
  documents: readonly SourceDocument[],
  gazetteer: Gazetteer,
  goldFigures: readonly GoldFigure[],
  notFigures: readonly NotFigure[],
): string | null {
  const document = documents.find((candidate) => goldFigures.some((figure) => candidate.body.includes(figure.sentence)));
  if (!document) return null;
  // As the figures command reads a file: with the places it writes beyond the gazetteer.
  const places = withTextPlaces(gazetteer, dictionaryPlaces, document.body);
  const extracted = extractBlockFigures(chunkDocument(document.meta, document.body), document.meta, places).flat();
  return formatFigureScore(scoreFigures(extracted, goldFigures, notFigures), `Figures (${document.meta.id})`);
}

/** A gold file a folder may lack: null when it is absent; present, it must parse. */
async function readOptionalJson<T>(path: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  return schema.parse(JSON.parse(text));
}

function printMisses(rows: readonly (ScoredQuestion & { id: string; question: string })[]) {
  for (const { id, question, answer, evidence } of rows) {
    const rank = evidenceRank(answer, evidence);
    if (evidence.length === 0 ? answer.kind !== 'answer' : rank === 1) continue;
    const shown = answer.kind === 'answer' ? answer.passages[0]?.text.slice(0, 40) : answer.kind;
    console.log(`MISS ${id} ${question} → rank ${rank ?? '-'} | ${shown}`);
  }
}
