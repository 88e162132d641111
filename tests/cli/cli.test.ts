import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The scorers' interface, run as they run it: one process, JSON lines on stdout and nothing else.
function cli(args: readonly string[], input?: string): string {
  return execFileSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });
}

describe('the JSON CLI', () => {
  it('answers questions from stdin, one JSON Answer a line, a blank line starting a new conversation', () => {
    const lines = cli(['ask', '--json', '--stdin', '--conversation'], '九城市贸易进出口额是多少？\n利用外资呢？\n\n宣城的GDP是多少\n')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; direct: { raw: string } | null; passages: { text: string }[] });
    expect(lines.map((line) => line.kind)).toEqual(['answer', 'answer', 'no-answer']);
    expect(lines[0]?.direct?.raw).toBe('3.8万亿美元');
    expect(lines[1]?.passages[0]?.text).toContain('利用外资增长54.5%');
  });

  it('reports a city by any alias, and the figures of any text file', () => {
    const report = JSON.parse(cli(['city', '--json', 'hu zhou'])) as { city: { key: string }; figures: { raw: string }[] };
    expect(report.city.key).toBe('湖州');
    expect(report.figures.map((figure) => figure.raw)).toContain('1611家');
    const figures = JSON.parse(cli(['figures', '--json', 'corpus/g60-corridor-2023.md'])) as { raw: string; value: unknown }[];
    expect(figures.find((figure) => figure.raw === '1.29万亿元')?.value).toBe(1290000000000);
  });
});
