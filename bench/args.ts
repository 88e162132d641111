import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CONTENDERS } from './protocol.js';
import type { Size } from './sizes.js';

export type BenchOptions = {
  readonly sizes: readonly Size[];
  readonly seed: number;
  readonly contenders: readonly (typeof CONTENDERS)[number][];
  /** Questions per size for the latency percentiles (at least 1,000). */
  readonly questions: number;
  /** Per child process; a measurement that runs longer shows "timeout". */
  readonly timeoutSeconds: number;
  readonly heapMb: number;
  /** Discord interactions to time; 0 leaves the Discord lines out. */
  readonly discord: number;
};

export const USAGE = `usage: npm run bench -- [--sizes article,1000,10000] [--seed 1] [--engines ours,flexsearch,minisearch]
                      [--questions 1000] [--timeout 600] [--heap-mb 8192] [--discord 1000]`;

const SizeSchema = z.union([
  z.literal('article').transform((): Size => ({ kind: 'article' })),
  z
    .string()
    .regex(/^[1-9]\d*$/u, 'a size is "article" or a number of articles')
    .transform((articles): Size => ({ kind: 'generated', articles: Number(articles) })),
]);

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z.string().transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== '')).pipe(z.array(item).min(1));

const OptionsSchema = z.object({
  sizes: list(SizeSchema),
  seed: z.coerce.number().int().nonnegative(),
  engines: list(z.enum(CONTENDERS)),
  questions: z.coerce.number().int().min(1_000),
  timeout: z.coerce.number().positive(),
  'heap-mb': z.coerce.number().int().positive(),
  discord: z.coerce.number().int().nonnegative(),
});

export type ParsedArgs = { readonly kind: 'ok'; readonly options: BenchOptions } | { readonly kind: 'error'; readonly message: string };

export function parseBenchArgs(argv: readonly string[]): ParsedArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string', default: 'article,1000,10000' },
        seed: { type: 'string', default: '1' },
        engines: { type: 'string', default: CONTENDERS.join(',') },
        questions: { type: 'string', default: '1000' },
        timeout: { type: 'string', default: '600' },
        'heap-mb': { type: 'string', default: '8192' },
        discord: { type: 'string', default: '1000' },
      },
    }).values;
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = OptionsSchema.safeParse(values);
  if (!parsed.success) return { kind: 'error', message: z.prettifyError(parsed.error) };
  const { sizes, seed, engines, questions, timeout, discord } = parsed.data;
  return {
    kind: 'ok',
    options: { sizes, seed, contenders: engines, questions, timeoutSeconds: timeout, heapMb: parsed.data['heap-mb'], discord },
  };
}
