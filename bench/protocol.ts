import { z } from 'zod';

/**
 * What the harness asks of a child process and what the child reports back, validated on both
 * sides: each measurement runs in a fresh process, so its start-up and peak RSS are its own.
 */
export const CONTENDERS = ['ours', 'flexsearch', 'minisearch'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export const PHASES = ['build', 'load', 'serve'] as const;
export type Phase = (typeof PHASES)[number];

export const ChildTaskSchema = z.object({
  contender: z.enum(CONTENDERS),
  phase: z.enum(PHASES),
  corpusDir: z.string(),
  /** Where the contender keeps its prebuilt index: a file for the anchors, a folder for ours. */
  indexPath: z.string(),
  /** The serve phase's questions (a Workload as JSON). */
  workloadPath: z.string(),
});
export type ChildTask = z.infer<typeof ChildTaskSchema>;

/** The questions of one corpus size, the same for every contender. */
export const WorkloadSchema = z.object({
  /** Asked in turn for the latency percentiles; the first is the first answer. */
  questions: z.array(z.string()).min(1),
  /** Questions with their evidence, for hit@1; only for the shipped article. */
  scored: z.array(z.object({ q: z.string(), evidence: z.array(z.string()) })).nullable(),
});
export type Workload = z.infer<typeof WorkloadSchema>;

export const ChildResultSchema = z.discriminatedUnion('phase', [
  z.object({
    phase: z.literal('build'),
    buildMs: z.number(),
    /** Bytes of the prebuilt index on disk. */
    indexBytes: z.number(),
    rssMb: z.number(),
    /** Where the build's time went, as far as the contender tells (ours does, step by step). */
    steps: z.array(z.object({ step: z.string(), ms: z.number() })),
  }),
  z.object({
    phase: z.literal('load'),
    /** From the prebuilt index on disk to an engine ready to answer. */
    loadMs: z.number(),
    rssMb: z.number(),
  }),
  z.object({
    phase: z.literal('serve'),
    answers: z.number(),
    p50Ms: z.number(),
    p99Ms: z.number(),
    rssMb: z.number(),
    hit1: z.number().nullable(),
  }),
]);
export type ChildResult = z.infer<typeof ChildResultSchema>;

/** The line a serving child prints the moment it has its first answer. */
export const FIRST_ANSWER_LINE = 'first-answer';
/** The prefix of the child's one result line. */
export const RESULT_PREFIX = 'result ';
