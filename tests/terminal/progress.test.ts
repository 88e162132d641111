import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/terminal/progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progressLine', () => {
  it('rewrites one line in place on a terminal and clears it when done', () => {
    const out = stream(true);
    const line = progressLine(out);
    line.update('indexing');
    line.update('saving the index');
    line.done();
    expect(out.written).toEqual([
      '\r\x1b[2KPreparing the corpus: indexing…',
      '\r\x1b[2KPreparing the corpus: saving the index…',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing off a terminal, so piped output stays clean', () => {
    const out = stream(false);
    const line = progressLine(out);
    line.update('indexing');
    line.done();
    expect(out.written).toEqual([]);
  });

  it('clears nothing when nothing was shown', () => {
    const out = stream(true);
    progressLine(out).done();
    expect(out.written).toEqual([]);
  });
});
