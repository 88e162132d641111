import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/core/chunk.js';
import { splitSentences } from '../../src/core/sentences.js';
import type { DocumentMeta } from '../../src/core/types.js';

const meta: DocumentMeta = { id: 'd', title: '标题', subtitle: '副题', author: null, date: null };
const body = ['标题', '——副题', '　　第一段。第二句！', '小节标题', '　　正文，“引语。”他说。', '本报记者张三采写'].join('\n');

describe('chunkDocument', () => {
  const blocks = chunkDocument(meta, body);

  it.each([
    [1, 'title', '标题', null],
    [2, 'subtitle', '——副题', null],
    [3, 'paragraph', '第一段。第二句！', null],
    [4, 'heading', '小节标题', '小节标题'],
    [5, 'paragraph', '正文，“引语。”他说。', '小节标题'],
    [6, 'byline', '本报记者张三采写', '小节标题'],
  ])('reads block %i as a %s', (paragraph, kind, text, section) => {
    expect(blocks[paragraph - 1]).toMatchObject({ paragraph, kind, text, section, doc: 'd' });
  });
});

describe('splitSentences', () => {
  it.each([
    ['第一句。第二句！', ['第一句。', '第二句！']],
    ['“引语。”他说。', ['“引语。”', '他说。']],
    ['没有句号', ['没有句号']],
    ['甲；乙。', ['甲；', '乙。']],
  ])('splits %s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps each sentence at its span', () => {
    const text = '一句话。 另一句话？';
    for (const s of splitSentences(text)) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });
});
