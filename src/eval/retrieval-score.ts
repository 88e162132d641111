import type { Answer } from '../core/types.js';

/**
 * Passage scoring as eval/public/README.md defines it: hit@1 and hit@3 (a shown passage contains
 * one of the evidence strings), MRR@5, abstention on unanswerable questions and false abstention
 * on answerable ones; reported overall and by group (language, kind).
 */

export type ScoredQuestion = {
  readonly groups: readonly string[];
  readonly evidence: readonly string[];
  readonly answer: Answer;
};

export type RetrievalScores = {
  readonly answerable: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr5: number;
  readonly unanswerable: number;
  /** Share of unanswerable questions that got no-answer. */
  readonly abstention: number;
  /** Share of answerable questions that got no-answer. */
  readonly falseAbstention: number;
};

/** 1-based rank of the first shown passage that holds an evidence string, or null. */
export function evidenceRank(answer: Answer, evidence: readonly string[]): number | null {
  if (answer.kind !== 'answer') return null;
  const index = answer.passages.findIndex((passage) => evidence.some((text) => passage.text.includes(text)));
  return index === -1 ? null : index + 1;
}

export function scoreRetrieval(questions: readonly ScoredQuestion[]): RetrievalScores {
  const answerable = questions.filter((q) => q.evidence.length > 0);
  const unanswerable = questions.filter((q) => q.evidence.length === 0);
  const ranks = answerable.map((q) => evidenceRank(q.answer, q.evidence));
  const share = (count: number, total: number) => (total === 0 ? Number.NaN : count / total);
  return {
    answerable: answerable.length,
    hit1: share(ranks.filter((rank) => rank === 1).length, answerable.length),
    hit3: share(ranks.filter((rank) => rank !== null && rank <= 3).length, answerable.length),
    mrr5: share(
      ranks.reduce<number>((sum, rank) => sum + (rank !== null && rank <= 5 ? 1 / rank : 0), 0),
      answerable.length,
    ),
    unanswerable: unanswerable.length,
    abstention: share(unanswerable.filter((q) => q.answer.kind !== 'answer').length, unanswerable.length),
    falseAbstention: share(answerable.filter((q) => q.answer.kind !== 'answer').length, answerable.length),
  };
}

/** Scores overall and for every group value, as rows of a table. */
export function scoreByGroup(questions: readonly ScoredQuestion[]): { group: string; scores: RetrievalScores }[] {
  const groups = [...new Set(questions.flatMap((q) => q.groups))].sort();
  return [
    { group: 'all', scores: scoreRetrieval(questions) },
    ...groups.map((group) => ({ group, scores: scoreRetrieval(questions.filter((q) => q.groups.includes(group))) })),
  ];
}

export function formatRetrievalTable(rows: readonly { group: string; scores: RetrievalScores }[]): string {
  const pct = (value: number) => (Number.isNaN(value) ? '   -' : value.toFixed(2).padStart(4));
  const width = Math.max(14, ...rows.map(({ group }) => group.length));
  const lines = [
    `${'group'.padEnd(width)}   n  hit@1 hit@3 mrr@5 | unans abstain false-abst`,
    ...rows.map(({ group, scores }) =>
      [
        group.padEnd(width),
        String(scores.answerable).padStart(3),
        ` ${pct(scores.hit1)} `,
        `${pct(scores.hit3)} `,
        `${pct(scores.mrr5)} |`,
        String(scores.unanswerable).padStart(5),
        `  ${pct(scores.abstention)}  `,
        `  ${pct(scores.falseAbstention)}`,
      ].join(' '),
    ),
  ];
  return lines.join('\n');
}
