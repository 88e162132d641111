import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/core/chunk.js';
import type { Engine } from '../../src/core/engine-types.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { inGroup, runConversations, scoreTurns, type ConversationTurn } from '../../src/eval/conversation-score.js';
import { scoreDirectRows } from '../../src/eval/direct-score.js';
import { GoldFiguresSchema } from '../../src/eval/gold-schemas.js';
import { EvalConversationSchema, EvalQuestionSchema, parseJsonLines } from '../../src/eval/questions.js';
import { scoreByGroup, scoreRetrieval } from '../../src/eval/retrieval-score.js';
import { realEngine } from '../support/real-engine.js';

// The floors reached on the public set (npm run eval); a change that falls below one fails CI.
const read = (name: string) => readFileSync(`eval/public/${name}`, 'utf8');
const questions = parseJsonLines(read('questions.jsonl'), EvalQuestionSchema, 'questions.jsonl');
const conversations = parseJsonLines(read('conversations.jsonl'), EvalConversationSchema, 'conversations.jsonl');
const gold = GoldFiguresSchema.parse(JSON.parse(read('figures.json')));

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

describe('the public evaluation set', () => {
  it.each([
    ['all', 0.96, 0.98],
    ['zh', 0.95, 0.97],
    ['en', 0.95, 1],
    ['zh-Hant', 1, 1],
  ])('keeps hit@1 and hit@3 of %s at or above %d and %d', (group, hit1, hit3) => {
    const scored = questions.map((q) => ({ groups: [q.lang], evidence: q.evidence, answer: engine.ask(q.q) }));
    const row = scoreByGroup(scored).find((r) => r.group === group)!;
    expect(row.scores.hit1).toBeGreaterThanOrEqual(hit1);
    expect(row.scores.hit3).toBeGreaterThanOrEqual(hit3);
  });

  it('abstains on every unanswerable question and on no answerable one', () => {
    const scores = scoreRetrieval(questions.map((q) => ({ groups: [], evidence: q.evidence, answer: engine.ask(q.q) })));
    expect(scores.abstention).toBe(1);
    expect(scores.falseAbstention).toBe(0);
  });

  it('leads with the right figure on at least 0.97 of the questions that ask for one, and never on unanswerable ones', () => {
    const answers = questions.map((q) => ({ q, answer: engine.ask(q.q) }));
    const scores = scoreDirectRows(
      answers.map(({ q, answer }) => ({ answer, answerFigure: q.answer_figure, unanswerable: q.kind === 'unanswerable' })),
      gold,
    );
    expect(scores.right / scores.asked).toBeGreaterThanOrEqual(0.97);
    expect(scores.silent).toBe(scores.unanswerable);
  });

  describe('conversations', () => {
    let turns: ConversationTurn[];
    beforeAll(async () => {
      const loaded = await loadCorpus('corpus');
      if (loaded.kind === 'error') throw new Error(loaded.problem);
      const passages = loaded.corpus.documents.flatMap((document) => chunkDocument(document.meta, document.body).map((block) => block.text));
      turns = runConversations(engine, conversations, passages);
    });

    it('keeps hit@1 of follow-up turns at 1.00 (the issue asks for 0.90)', () => {
      expect(scoreTurns(inGroup(turns, 'follow-up'), 'in conversation').hit1).toBeGreaterThanOrEqual(1);
    });

    it('keeps all six topic-change turns answered alone, and answers them as well in conversation', () => {
      const changes = inGroup(turns, 'topic-change');
      expect(changes.length).toBeGreaterThanOrEqual(6);
      expect(scoreTurns(changes, 'in conversation').hit1).toBeGreaterThanOrEqual(scoreTurns(changes, 'alone').hit1);
    });

    it('abstains on every unanswerable turn in conversation', () => {
      expect(scoreTurns(inGroup(turns, 'unanswerable'), 'in conversation').abstention).toBe(1);
    });

    it('leads with the right figure on at least 0.92 of the turns that ask for one, and with none on unanswerable turns', () => {
      const scores = scoreDirectRows(
        turns.map(({ answer, answerFigure, group }) => ({ answer, answerFigure, unanswerable: group === 'unanswerable' })),
        gold,
      );
      expect(scores.right / scores.asked).toBeGreaterThanOrEqual(0.92);
      expect(scores.silent).toBe(scores.unanswerable);
    });
  });
});
