/**
 * Cuts a run of Han characters into words: the cut whose words are, together, most likely in
 * written Chinese (a unigram model over word frequencies, solved by dynamic programming). 新高铁站
 * becomes 新 | 高铁 | 站, not 新高 | 铁 | 站, because 高铁 is far more common than 新高.
 */

export type WordModel = {
  /** How often the word is written; 0 for a string that is not a word. */
  frequency(word: string): number;
  readonly total: number;
  readonly maxWordLength: number;
};

// An unknown single character costs more than any known word, so known words win where they fit.
const UNKNOWN_PENALTY = 4;

export function segmentWords(run: string, model: WordModel): string[] {
  const chars = [...run];
  const n = chars.length;
  const logTotal = Math.log(model.total);
  const best = new Array<number>(n + 1).fill(-Infinity);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - model.maxWordLength); start < end; start++) {
      const word = chars.slice(start, end).join('');
      const frequency = model.frequency(word);
      if (frequency === 0 && end - start > 1) continue;
      const cost = frequency > 0 ? Math.log(frequency) - logTotal : -logTotal - UNKNOWN_PENALTY;
      const score = best[start]! + cost;
      if (score > best[end]!) {
        best[end] = score;
        from[end] = start;
      }
    }
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end]!) words.unshift(chars.slice(from[end]!, end).join(''));
  return words;
}
