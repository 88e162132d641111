/**
 * A Chinese–English dictionary in CC-CEDICT's line format, read into plain entries. The engine
 * uses it for two jobs: to know which strings of a question are words at all, and to carry a word
 * across to the corpus's own vocabulary through its English senses (外贸 "foreign trade" →
 * 贸易 "trade"; "registered capital" → 注册资本).
 */
export type DictionaryEntry = {
  readonly simplified: string;
  /** Toneless pinyin syllables, lower case: ["wai", "mao"]. */
  readonly pinyin: readonly string[];
  /** English senses, one per CEDICT gloss, without classifier and cross-reference notes. */
  readonly senses: readonly string[];
};

// 簡體 简体 [jian3 ti3] /gloss/gloss/
const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/u;
// Notes that carry no sense: classifiers, variant and abbreviation pointers.
const NOISE = /^(?:CL:|variant of |old variant of |see |see also |abbr\. for |used in |surname |\(Tw\) |\(old\) )/u;

/** The dictionary and how often each word is written, for segmenting questions into words. */
export type Lexicon = {
  readonly entries: readonly DictionaryEntry[];
  /** Word → count in a large corpus of written Chinese. */
  readonly frequencies: ReadonlyMap<string, number>;
};

/** Parses a word-frequency list of `word,count` lines. */
export function parseFrequencies(text: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const line of text.split('\n')) {
    const comma = line.lastIndexOf(',');
    if (comma <= 0) continue;
    const count = Number(line.slice(comma + 1));
    if (Number.isFinite(count) && count > 0) frequencies.set(line.slice(0, comma), count);
  }
  return frequencies;
}

/** Parses CC-CEDICT text; comment lines and malformed lines are skipped. */
export function parseCedict(text: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const [, , simplified = '', pinyin = '', glosses = ''] = match;
    const senses = glosses
      .split(/[/;]/u)
      .map((sense) => sense.trim())
      .filter((sense) => sense !== '' && !NOISE.test(sense));
    if (senses.length === 0) continue;
    entries.push({
      simplified,
      pinyin: pinyin
        .toLowerCase()
        .split(/\s+/u)
        .map((syllable) => syllable.replace(/[0-9:]/gu, '').replace('u:', 'v'))
        .filter((syllable) => syllable !== ''),
      senses,
    });
  }
  return entries;
}
