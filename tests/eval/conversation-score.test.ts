import { describe, expect, it } from 'vitest';
import { classifyTurn, evidencePassages } from '../../src/eval/conversation-score.js';

// Three passages of a small article: a trade paragraph, a quote, a finance paragraph.
const PASSAGES = [
  '九城市贸易进出口额达到3.8万亿美元，利用外资增长54.5%。',
  '副部长说，这体现了九城市的共同愿景。',
  '科创贷、园区贷等产品矩阵已经形成。',
];

describe('evidencePassages', () => {
  it.each([
    [['利用外资增长54.5%'], [0]],
    [['共同愿景', '产品矩阵'], [1, 2]],
    [['不在文中'], []],
    [[], []],
  ])('finds %j in passages %j', (evidence, indexes) => {
    expect([...evidencePassages(evidence, PASSAGES)]).toEqual(indexes);
  });
});

describe('classifyTurn', () => {
  it.each([
    ['a turn with no evidence', [], true, ['贸易进出口额达到3.8万亿美元'], 'unanswerable'],
    ['a turn not answered alone (他说了什么？)', ['共同愿景'], false, ['副部长说'], 'follow-up'],
    ['a turn answered alone from the last turn’s passage (利用外资呢？)', ['利用外资增长54.5%'], true, ['贸易进出口额达到3.8万亿美元'], 'follow-up'],
    ['a turn answered alone from another passage', ['产品矩阵'], true, ['副部长说'], 'topic-change'],
    ['a turn answered alone after an unanswerable one', ['产品矩阵'], true, [], 'topic-change'],
    ['a turn not answered alone, in another passage (那湖州呢？)', ['产品矩阵'], false, ['副部长说'], 'follow-up'],
  ])('groups %s', (_what, evidence, answeredAlone, previousEvidence, group) => {
    expect(classifyTurn({ evidence, answeredAlone }, previousEvidence, PASSAGES)).toBe(group);
  });
});
