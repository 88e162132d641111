import type { Answer } from '../core/types.js';
import type { GoldFigure } from './gold-schemas.js';
import { sameFigure } from './figures-score.js';

/**
 * Direct answers as eval/public/README.md scores them: the figure a reply leads with must be the
 * gold figure (matched by sentence and raw text), and an unanswerable question gets none at all.
 */
export type DirectCase = { readonly answer: Answer; readonly expected: readonly string[] | null };
export type DirectScores = {
  readonly asked: number;
  readonly right: number;
  readonly unanswerable: number;
  readonly silent: number;
};

export function expectedIds(answerFigure: string | readonly string[] | undefined): readonly string[] | null {
  if (answerFigure === undefined) return null;
  return typeof answerFigure === 'string' ? [answerFigure] : answerFigure;
}

export function directIsRight(answer: Answer, expected: readonly string[], gold: readonly GoldFigure[]): boolean {
  if (answer.kind !== 'answer' || answer.direct === null) return false;
  const direct = answer.direct;
  return gold.some((figure) => expected.includes(figure.id) && sameFigure(direct, figure));
}

export function scoreDirect(
  withFigure: readonly DirectCase[],
  unanswerable: readonly Answer[],
  gold: readonly GoldFigure[],
): DirectScores {
  return {
    asked: withFigure.length,
    right: withFigure.filter((c) => c.expected !== null && directIsRight(c.answer, c.expected, gold)).length,
    unanswerable: unanswerable.length,
    silent: unanswerable.filter((answer) => answer.kind !== 'answer' || answer.direct === null).length,
  };
}

/** An answer as a question set gives it: the gold figure(s) it should lead with, if any, and whether the question has no answer. */
export type DirectRow = {
  readonly answer: Answer;
  readonly answerFigure: string | readonly string[] | undefined;
  readonly unanswerable: boolean;
};

/** Scores a question set's answers: those with a gold figure for the figure they lead with, the unanswerable ones for having none. */
export function scoreDirectRows(rows: readonly DirectRow[], gold: readonly GoldFigure[]): DirectScores {
  const withFigure = rows.flatMap(({ answer, answerFigure }) => {
    const expected = expectedIds(answerFigure);
    return expected === null ? [] : [{ answer, expected }];
  });
  return scoreDirect(withFigure, rows.filter((row) => row.unanswerable).map((row) => row.answer), gold);
}

export function formatDirect(scores: DirectScores, title: string): string {
  const share = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(2));
  return (
    `${title}: right ${scores.right}/${scores.asked} = ${share(scores.right, scores.asked)}` +
    ` | no direct answer on unanswerable ${scores.silent}/${scores.unanswerable} = ${share(scores.silent, scores.unanswerable)}`
  );
}
