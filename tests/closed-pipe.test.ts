import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm start < questions.txt | head` and `npm run cli -- ask --stdin | head`: the reader closes the
// pipe after the first lines, with questions still to answer.
describe.each([
  { what: 'the JSON CLI', args: ['src/cli/main.ts', 'ask', '--json', '--stdin'] },
  { what: 'the terminal chat', args: ['src/main.ts'] },
])('$what, when its reader closes the pipe early', ({ args }) => {
  it('stops with exit code 0 and nothing on stderr', async () => {
    // No token and no inherited settings: the terminal chat over the shipped corpus.
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { PATH: process.env['PATH'] ?? '', CORPUS_DIR: 'corpus' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('湖州有多少家高新技术企业\n'.repeat(200));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
