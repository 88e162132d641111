/**
 * Tokens for Chinese text that minisearch can index. minisearch's default tokenizer splits on
 * spaces and punctuation, which leaves a Chinese clause as one giant token that nothing matches;
 * instead a run of Han characters gives its overlapping character bigrams (a word-free stand-in
 * for words that needs no segmenter and no dictionary), and its single characters go to a second,
 * low-weight field so that a one-character typo (松将 for 松江) still shares something.
 * Latin words and numbers (g60, 1611, 3.8) stay whole. Input is normalized text.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
// Numbers with a decimal part stay one token (3.8, 62.4); letters and digits together (g60) too.
const LATIN_RUN = /[a-z0-9]+(?:\.[0-9]+)?/gu;

export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i]! + chars[i + 1]!);
  return bigrams;
}

/** Bigrams of every Han run plus the Latin words and numbers. */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) tokens.push(...hanBigrams(run));
  for (const [run] of text.matchAll(LATIN_RUN)) tokens.push(run);
  return tokens;
}

/** Every Han character, for the typo-tolerant field. */
export function charTokens(text: string): string[] {
  return [...text.matchAll(/\p{Script=Han}/gu)].map(([char]) => char);
}

export function latinRuns(text: string): string[] {
  return [...text.matchAll(LATIN_RUN)].map(([run]) => run);
}

export function hanRuns(text: string): string[] {
  return [...text.matchAll(HAN_RUN)].map(([run]) => run);
}
