import { buildEnglishLexicon, countSenseStems, englishToData, type EnglishData, type SenseStemCounts } from './english.js';
import { packLexicon, type DictionaryEntry, type Lexicon, type PackedLexicon } from './lexicon.js';
import { allSyllablesOf } from './pinyin.js';
import { FIRST_READING, LAST_READING } from './vocabulary.js';

/**
 * The dictionary's share of a build comes in two steps. Preparing it (`prepareDictionary`: packing
 * half a million words, reading 200,000 English senses) is the same for every corpus and takes
 * seconds, so a build can do it alongside the corpus's own work, on another thread
 * (corpus/dictionary.ts). Completing it (`shareFor`) needs to know which dictionary words the
 * corpus writes, and links only their English senses.
 */
export type PreparedDictionary = {
  readonly lexicon: PackedLexicon;
  readonly entries: readonly DictionaryEntry[];
  readonly senseStems: SenseStemCounts;
  /** The commonest reading of every character of the basic CJK block, as `VocabularyData.readings`. */
  readonly readings: string;
};

/** What an engine keeps of the dictionary. Plain data, so that it crosses from a worker. */
export type DictionaryShare = {
  readonly lexicon: PackedLexicon;
  readonly readings: string;
  readonly english: EnglishData;
};

/** The corpus-independent step: the lexicon packed, its English stems counted, every character's reading. */
export function prepareDictionary(lexicon: Lexicon): PreparedDictionary {
  return {
    lexicon: packLexicon(lexicon),
    entries: lexicon.entries,
    senseStems: countSenseStems(lexicon.entries),
    readings: readingTable(),
  };
}

/** The words a corpus is asked about (`shareFor`'s `inCorpus`): each entry's, once, in entry order. */
export function dictionaryWords(prepared: PreparedDictionary): string[] {
  return [...new Set(prepared.entries.map((entry) => entry.simplified))];
}

/** The step that needs the corpus: the English senses of the dictionary words it writes (`inCorpus`), linked. */
export function shareFor(prepared: PreparedDictionary, inCorpus: (word: string) => boolean): DictionaryShare {
  return {
    lexicon: prepared.lexicon,
    readings: prepared.readings,
    english: englishToData(buildEnglishLexicon(prepared.entries, inCorpus, prepared.senseStems)),
  };
}

/** A dictionary with no words: a build works with it, without English or synonyms. */
export const EMPTY_LEXICON: Lexicon = { entries: [], frequencies: new Map() };

function readingTable(): string {
  const readings: string[] = [];
  for (let code = FIRST_READING; code <= LAST_READING; code++) readings.push(allSyllablesOf(String.fromCodePoint(code))[0] ?? '');
  return readings.join(',');
}
