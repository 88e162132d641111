import { z } from 'zod';

/** One line of questions.jsonl (see eval/public/README.md). */
export const EvalQuestionSchema = z.object({
  id: z.string(),
  q: z.string(),
  lang: z.enum(['zh', 'en', 'zh-Hant']),
  kind: z.enum(['fact', 'figure', 'city', 'open', 'unanswerable']),
  evidence: z.array(z.string()),
  answer_figure: z.union([z.string(), z.array(z.string())]).optional(),
  note: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** One line of conversations.jsonl. */
export const EvalConversationSchema = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en', 'mixed']),
  turns: z.array(
    z.object({
      q: z.string(),
      evidence: z.array(z.string()),
      answer_figure: z.union([z.string(), z.array(z.string())]).optional(),
    }),
  ),
});
export type EvalConversation = z.infer<typeof EvalConversationSchema>;

/** Parses a JSON Lines text with a schema; a bad line is reported with its number. */
export function parseJsonLines<T>(text: string, schema: z.ZodType<T>, file: string): T[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
