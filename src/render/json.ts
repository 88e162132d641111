import type { CityReport, Figure, Passage, Answer } from '../core/types.js';
import { assertNever } from '../core/assert-never.js';

/**
 * The machine-readable shapes of eval/public/README.md, which scorers and other tools read: an
 * Answer's `kind` is `answer` or `no-answer` (a question that could not be read is a no-answer
 * with its `reason`), passages carry their figures, and nothing else is printed to stdout.
 */
export type JsonFigure = Omit<Figure, 'span'>;
export type JsonPassage = Omit<Passage, 'figures' | 'highlights' | 'kind'> & {
  readonly figures: readonly JsonFigure[];
};
export type JsonAnswer = {
  readonly kind: 'answer' | 'no-answer';
  readonly question: string;
  readonly direct: JsonFigure | null;
  readonly passages: readonly JsonPassage[];
  readonly reason: string | null;
  readonly suggestions: readonly string[];
  readonly understood: string | null;
};

export function figureJson(figure: Figure): JsonFigure {
  const { span: _span, ...rest } = figure;
  return rest;
}

function passageJson(passage: Passage): JsonPassage {
  const { figures, highlights: _highlights, kind: _kind, ...rest } = passage;
  return { ...rest, figures: figures.map(figureJson) };
}

export function answerJson(answer: Answer): JsonAnswer {
  switch (answer.kind) {
    case 'answer':
      return {
        kind: 'answer',
        question: answer.question,
        direct: answer.direct === null ? null : figureJson(answer.direct),
        passages: answer.passages.map(passageJson),
        reason: null,
        suggestions: [],
        understood: answer.understood?.resolved ?? null,
      };
    case 'no-answer':
      return {
        kind: 'no-answer',
        question: answer.question,
        direct: null,
        passages: [],
        reason: answer.reason,
        suggestions: answer.suggestions,
        understood: answer.understood?.resolved ?? null,
      };
    case 'invalid':
      return {
        kind: 'no-answer',
        question: answer.question,
        direct: null,
        passages: [],
        reason: answer.problem,
        suggestions: [],
        understood: null,
      };
    default:
      return assertNever(answer);
  }
}

export function cityJson(report: CityReport): unknown {
  return {
    ...report,
    figures: report.figures.map(figureJson),
    shared: report.shared.map(figureJson),
    mentions: report.mentions.map(passageJson),
  };
}
