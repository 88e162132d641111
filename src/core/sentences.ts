import type { Sentence } from './types.js';

// A sentence ends at 。！？!? or ；; and takes any closing quotes or brackets that follow with it.
const SENTENCE = /[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*|$)/gu;

/** Splits a block of Chinese text into sentences, keeping each one's span in the block. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = match.index + lead;
    sentences.push({ text: trimmed, span: { start, end: start + trimmed.length } });
  }
  return sentences;
}
