import { describe, expect, it } from 'vitest';
import type { AnalyzedQuestion } from '../../src/core/query.js';
import type { RankablePassage } from '../../src/core/passage-match.js';
import { rankPassages } from '../../src/core/rank.js';
import { articleEngine } from '../support/article-engine.js';

// A corpus of many documents, each a paragraph and a byline; reading the text of a passage the
// search did not find fails the test.
const DOCUMENTS = 2_000;
function corpus(found: ReadonlySet<number>): RankablePassage[] {
  return Array.from({ length: DOCUMENTS * 2 }, (_, id) => {
    const doc = `doc-${Math.floor(id / 2)}`;
    const byline = id % 2 === 1;
    return {
      kind: byline ? 'byline' : 'paragraph',
      doc,
      get normalized() {
        if (!found.has(id)) throw new Error(`read passage ${id}, which the search did not find`);
        return byline ? `本报记者${doc}采写` : id === 2 * 1234 ? '新能源汽车产量' : '别的内容';
      },
      figures: [],
      places: new Set<string>(),
      year: null,
    };
  });
}

const whoWrote: AnalyzedQuestion = {
  language: 'zh',
  normalized: '这篇新能源汽车的报道是谁写的',
  asks: 'author',
  concepts: [{ source: '新能源汽车', role: 'subject', forms: [{ text: '新能源汽车', strength: 1 }], key: null, weight: 1 }],
  counter: null,
  measure: [],
};

describe('rankPassages', () => {
  it('puts first the byline of the document the found passages speak of, reading only those passages', () => {
    const found = [{ id: 2 * 1234, score: 3 }, { id: 2 * 7, score: 1 }];
    const outcome = rankPassages(whoWrote, found, corpus(new Set(found.map(({ id }) => id))));
    expect(outcome.kind).toBe('ranked');
    if (outcome.kind === 'ranked') expect(outcome.passages[0]?.id).toBe(2 * 1234 + 1);
  });
});

describe('a question for the most or the least of something', () => {
  const engine = articleEngine('班列', [
    '合肥依托国际陆港，推动中欧班列与长江航运衔接，今年以来这座城市开行中欧班列超过600列，中欧班列货物丰富。',
    '金华今年开行中欧班列1580列，开行线路达到24条，通达50余个城市。',
  ]);

  it.each([
    ['哪个城市开的中欧班列最多', '1580列'],
    ['哪个城市开的中欧班列最少', '600列'],
  ])('answers %s with the passage whose count of it is the extreme (%s)', (question, evidence) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answer' ? answer.passages[0]?.text : answer.kind).toContain(evidence);
  });
});
