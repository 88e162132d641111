import { indexOfKey, packInOrder, tableSize, type StringTable } from './string-table.js';

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
  /** The measure words a count of it takes (企业 → 家, 项目 → 个), from the CL: note. */
  readonly classifiers: readonly string[];
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
      // Usually a gloss of its own (/CL:家[jia1]/), sometimes inside a sense ("block of flats (CL:套[tao4])").
      classifiers: [...glosses.matchAll(/CL:[^/)]+/gu)].flatMap(([note]) => classifiersInNote(note)),
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

// CL:個|个[ge4],家[jia1] → 个, 家 (the simplified form follows the bar when there is one).
function classifiersInNote(note: string): string[] {
  return note
    .slice('CL:'.length)
    .split(',')
    .map((classifier) => classifier.replace(/\[[^\]]*\]/u, '').split('|').at(-1)!.trim())
    .filter((classifier) => classifier !== '');
}

/**
 * The lexicon as questions need it at run time: for every word, how often it is written and its
 * English senses. Packed (see string-table.ts) so that a cached engine starts without rebuilding
 * half a million map entries.
 */
export type PackedLexicon = {
  readonly words: StringTable;
  /** Count of word `i` in the frequency list, 0 for a dictionary word it lacks. */
  readonly frequencies: Uint32Array;
  /** Sum of all counts, for the segmenter's probabilities. */
  readonly total: number;
  /**
   * The senses of word `i`, joined by SENSE_SEPARATOR, as UTF-8 between byte `senseStarts[i]` and
   * `[i + 1]`: half the size of a JavaScript string, which one accented letter makes two bytes a
   * character.
   */
  readonly senses: Uint8Array;
  readonly senseStarts: Uint32Array;
};

const SENSE_SEPARATOR = '\u001f';
const CLASSIFIER_MARK = 'CL:';

export function packLexicon(lexicon: Lexicon): PackedLexicon {
  const senses = new Map<string, string[]>();
  for (const entry of lexicon.entries) {
    const list = senses.get(entry.simplified) ?? [];
    list.push(...entry.senses);
    // Classifiers ride along as one more gloss that no sense can look like (NOISE drops CL: notes).
    if (entry.classifiers.length > 0) list.push(CLASSIFIER_MARK + entry.classifiers.join(','));
    senses.set(entry.simplified, list);
  }
  const sorted = [...new Set([...senses.keys(), ...lexicon.frequencies.keys()])].sort();
  const words = packInOrder(sorted);
  const count = tableSize(words);
  const frequencies = new Uint32Array(count);
  const senseStarts = new Uint32Array(count + 1);
  const glosses: string[] = new Array(count);
  let total = 0;
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const word = sorted[i]!;
    // Counts are clamped to what a Uint32Array holds; the commonest word has under five million.
    frequencies[i] = Math.min(lexicon.frequencies.get(word) ?? 0, 0xffffffff);
    total += frequencies[i]!;
    glosses[i] = (senses.get(word) ?? []).join(SENSE_SEPARATOR);
    senseStarts[i] = offset;
    offset += utf8Length(glosses[i]!);
  }
  senseStarts[count] = offset;
  // Encoded at once: a Uint8Array per word was most of the packing's second and a half.
  const all = utf8.encode(glosses.join(''));
  return { words, frequencies, total, senses: all, senseStarts };
}

const utf8 = new TextEncoder();

/** Bytes of a string in UTF-8; English glosses are ASCII, where that is the length. */
function utf8Length(text: string): number {
  return NOT_ASCII.test(text) ? utf8.encode(text).length : text.length;
}

const NOT_ASCII = /[^\u0000-\u007f]/u;
const fromUtf8 = new TextDecoder();

/** How often a word is written; 0 for a string the frequency list lacks. */
export function frequencyOf(lexicon: PackedLexicon, word: string): number {
  const index = indexOfKey(lexicon.words, word);
  return index < 0 ? 0 : lexicon.frequencies[index]!;
}

/** A dictionary word's English senses; empty when it is not in the dictionary. */
export function sensesOf(lexicon: PackedLexicon, word: string): readonly string[] {
  return glossesOf(lexicon, word).filter((gloss) => !gloss.startsWith(CLASSIFIER_MARK));
}

/** The measure words a dictionary word is counted with (企业 → 家); empty when none is noted. */
export function classifiersOf(lexicon: PackedLexicon, word: string): readonly string[] {
  return glossesOf(lexicon, word).flatMap((gloss) => (gloss.startsWith(CLASSIFIER_MARK) ? gloss.slice(CLASSIFIER_MARK.length).split(',') : []));
}

function glossesOf(lexicon: PackedLexicon, word: string): readonly string[] {
  const index = indexOfKey(lexicon.words, word);
  if (index < 0) return [];
  const text = fromUtf8.decode(lexicon.senses.subarray(lexicon.senseStarts[index], lexicon.senseStarts[index + 1]));
  return text === '' ? [] : text.split(SENSE_SEPARATOR);
}
