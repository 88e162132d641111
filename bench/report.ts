import { assertNever } from '../src/core/assert-never.js';
import { METRICS, type Cell, type Metric, type Row } from './measure.js';

export type SizeRows = { readonly label: string; readonly rows: readonly Row[] };

const HEADERS: Record<Metric, string> = {
  buildMs: 'build',
  indexBytes: 'index file',
  loadMs: 'load',
  startMs: 'spawn → 1st answer',
  p50Ms: 'answer p50',
  p99Ms: 'answer p99',
  buildRssMb: 'peak RSS build',
  serveRssMb: 'peak RSS serve',
  hit1: 'hit@1',
};

/**
 * One Markdown table for every size: a row per contender, then a row per anchor with our value
 * divided by the anchor's (above 1 means ours takes more time, bytes or memory, or scores higher).
 */
export function formatTable(sizes: readonly SizeRows[]): string {
  const lines = [
    `| size | engine | ${METRICS.map((metric) => HEADERS[metric]).join(' | ')} |`,
    `| --- | --- | ${METRICS.map(() => '---:').join(' | ')} |`,
  ];
  for (const { label, rows } of sizes) {
    for (const row of rows) {
      lines.push(`| ${label} | ${row.contender} | ${METRICS.map((metric) => formatCell(metric, row[metric])).join(' | ')} |`);
    }
    const ours = rows.find((row) => row.contender === 'ours');
    if (ours === undefined) continue;
    for (const anchor of rows.filter((row) => row.contender !== 'ours')) {
      lines.push(
        `| ${label} | ours ÷ ${anchor.contender} | ${METRICS.map((metric) => ratio(ours[metric], anchor[metric])).join(' | ')} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Where each build's time went, for the contenders that tell (ours). */
export function formatBuildSteps(sizes: readonly SizeRows[]): string[] {
  return sizes.flatMap(({ label, rows }) =>
    rows
      .filter((row) => row.buildSteps.length > 0)
      .map((row) => `${label} · ${row.contender} build: ${row.buildSteps.map(({ step, ms }) => `${step} ${duration(ms)}`).join(' · ')}`),
  );
}

export function formatCell(metric: Metric, cell: Cell): string {
  switch (cell.kind) {
    case 'value':
      return formatValue(metric, cell.value);
    case 'timeout':
      return 'timeout';
    case 'out-of-memory':
      return 'out of memory';
    case 'failed':
      return 'failed';
    case 'skipped':
      return '–';
    case 'not-applicable':
      return 'n/a';
    default:
      return assertNever(cell);
  }
}

function formatValue(metric: Metric, value: number): string {
  switch (metric) {
    case 'buildMs':
    case 'loadMs':
    case 'startMs':
    case 'p50Ms':
    case 'p99Ms':
      return duration(value);
    case 'indexBytes':
      return `${(value / 1_048_576).toFixed(value < 10_485_760 ? 2 : 0)} MB`;
    case 'buildRssMb':
    case 'serveRssMb':
      return `${value.toFixed(0)} MB`;
    case 'hit1':
      return value.toFixed(2);
    default:
      return assertNever(metric);
  }
}

function duration(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1_000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function ratio(ours: Cell, anchor: Cell): string {
  if (ours.kind !== 'value' || anchor.kind !== 'value' || anchor.value === 0) return '–';
  const value = ours.value / anchor.value;
  return `${value.toFixed(value < 10 ? 2 : 0)}×`;
}
