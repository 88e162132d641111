import { splitSentences } from './sentences.js';
import type { Block, BlockKind, DocumentMeta } from './types.js';

// Indentation in Chinese print is ideographic spaces; strip them with ordinary white space.
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/gu;
const SUBTITLE_DASH = /^(?:——|──|--|—)/u;
const BYLINE = /(?:本报记者|本报通讯员|记者|通讯员|撰稿|采写|编辑)[^。！？]{0,24}$/u;
const SENTENCE_PUNCTUATION = /[。！？!?；;，,：:]/u;
// A heading is a short line without sentence punctuation that is not the document's first line.
const MAX_HEADING_LENGTH = 24;

/**
 * Splits a document body into blocks: title, subtitle, section headings, paragraphs and the
 * byline, one per non-empty line, each with its sentences. Paragraph numbers count every block,
 * so that a citation ("paragraph 12") points at the same line a reader counts.
 */
export function chunkDocument(meta: DocumentMeta, body: string): Block[] {
  const lines = body
    .split(/\r?\n/u)
    .map((line) => line.replace(EDGE_SPACE, ''))
    .filter((line) => line !== '');
  const blocks: Block[] = [];
  let section: string | null = null;
  lines.forEach((text, index) => {
    const kind = classifyLine(text, index, lines.length, meta);
    if (kind === 'heading') section = text;
    blocks.push({
      doc: meta.id,
      kind,
      paragraph: blocks.length + 1,
      section: kind === 'heading' ? text : section,
      text,
      sentences: splitSentences(text),
    });
  });
  return blocks;
}

function classifyLine(text: string, index: number, count: number, meta: DocumentMeta): BlockKind {
  if (index === 0 && (text === meta.title || !SENTENCE_PUNCTUATION.test(text))) return 'title';
  if (index <= 1 && (SUBTITLE_DASH.test(text) || text === meta.subtitle)) return 'subtitle';
  if (index === count - 1 && BYLINE.test(text) && text.length <= 40) return 'byline';
  if (text.length <= MAX_HEADING_LENGTH && !SENTENCE_PUNCTUATION.test(text)) return 'heading';
  return 'paragraph';
}
