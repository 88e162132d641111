import { englishFromData, type EnglishData, type EnglishLexicon } from './english.js';
import { classifiersOf, frequencyOf, sensesOf, type PackedLexicon } from './lexicon.js';
import { MIN_TYPO_LENGTH } from './edit-distance.js';
import { memoize } from './memo.js';
import { createOccurrenceCounter, findJoins, type Join, type Postings } from './postings.js';
import type { WordModel } from './segment.js';
import { valueOf, type StringMap } from './string-table.js';

/**
 * What the engine knows about the words of a corpus: which strings are words, which occur in
 * the corpus and how often, what a word means in English, which corpus bigram a homophone typo
 * stands for, and the names (places, bodies, people) a question may spell in pinyin.
 */

/**
 * A region (长三角) is named like a group, but a question that names it is not narrowed by it. A
 * place is one the corpus writes beyond its gazetteer (上海, 青浦): a city to read, though too
 * little known to correct a misspelling to (Taipu is no Taihu).
 */
export type NameKind = 'city' | 'place' | 'group' | 'region' | 'person';
export type KnownName = {
  /** The name as the corpus writes it (normalized): 湖州, 吴朝晖. */
  readonly text: string;
  readonly kind: NameKind;
  /** The gazetteer key it stands for (a city or a group), or the person's name itself. */
  readonly key: string;
  /** Latin spellings a user may type, folded: "huzhou", "wuzhaohui". */
  readonly latin: readonly string[];
};

export type Vocabulary = {
  readonly passageCount: number;
  /** How many passages contain the (normalized) string. */
  occurrences(text: string): number;
  /** Corpus strings that write `left`, up to two Han characters, then `right`; commonest first. */
  joins(left: string, right: string): readonly string[];
  /** Whether the string is a dictionary word or a known name. */
  isWord(text: string): boolean;
  /** English senses of a dictionary word (empty when it is not one). */
  sensesOf(word: string): readonly string[];
  /** The measure words the dictionary counts a word with (企业 → 家). */
  classifiersOf(word: string): readonly string[];
  /** The corpus bigram written with the same toneless pinyin, for a bigram the corpus lacks. */
  homophoneOf(bigram: string): string | null;
  /**
   * The corpus bigram whose toneless pinyin is the Latin word (zhejiang → 浙江, taihu → 太湖), for a
   * place typed in Latin letters that is no gazetteer name; null when it is no two syllables the
   * corpus writes.
   */
  bigramSpelled(latin: string): string | null;
  readonly names: readonly KnownName[];
  /**
   * The name a Latin spelling stands for: a Han-written place or person ("huzhou", "wuzhaohui"),
   * else a body whose own alias is Latin ("g60 corridor").
   */
  nameSpelled(latin: string): KnownName | null;
  /** Han-written places and people (not groups) whose Latin spelling has `length` letters (MIN_TYPO_LENGTH or more), for typo matching. */
  spellingsOfLength(length: number): readonly { readonly latin: string; readonly name: KnownName }[];
  readonly english: EnglishLexicon;
  /** Word frequencies for cutting questions into words; names count as common words. */
  readonly words: WordModel;
};

/**
 * What a vocabulary is built from, all of it plain data that a cache file can hold: the packed
 * lexicon, the corpus's postings, the homophone table and the English side, built once per corpus.
 */
export type VocabularyData = {
  readonly lexicon: PackedLexicon;
  readonly postings: Postings;
  /**
   * Toneless pinyin of a bigram ("song jiang") → the corpus bigram most passages use. Packed: as
   * JSON, a thousand articles' table took the first question that needed it 90 ms to parse.
   */
  readonly homophones: StringMap;
  /** The English side (see english.ts), as `englishToData` writes it. */
  readonly english: EnglishData;
  /** Places, bodies and people a question may name, with their pinyin worked out at build time. */
  readonly names: readonly KnownName[];
  /** The commonest toneless reading of each character U+4E00–U+9FFF, comma-separated, in order. */
  readonly readings: string;
};

/** The vocabulary over built data; cheap, so a cached engine calls it at every start. */
export function openVocabulary(data: VocabularyData, texts: readonly string[]): Vocabulary {
  const occurrences = createOccurrenceCounter(data.postings, texts);
  const { names } = data;
  const lookup = memoizedLookup(data.lexicon);
  const written = names.filter((name) => /\p{Script=Han}/u.test(name.text));
  const spelled = new Map<string, KnownName>();
  for (const name of written) for (const latin of name.latin) if (!spelled.has(latin)) spelled.set(latin, name);
  for (const name of names) if (!spelled.has(name.text)) spelled.set(name.text, name);
  const byLength = new Map<number, { latin: string; name: KnownName }[]>();
  for (const name of written.filter((known) => known.kind === 'city' || known.kind === 'person')) {
    for (const latin of name.latin.filter((spelling) => spelling.length >= MIN_TYPO_LENGTH)) {
      const list = byLength.get(latin.length);
      if (list) list.push({ latin, name });
      else byLength.set(latin.length, [{ latin, name }]);
    }
  }
  const readings = data.readings.split(',');
  // Tables that cost a cached start more as objects than as JSON are parsed on first use.
  let syllables: ReadonlySet<string> | undefined;
  let english: EnglishLexicon | undefined;
  const nameTexts = new Set(names.map((name) => name.text));
  const isWord = (text: string) => lookup(text).senses.length > 0;
  // Every English question tries a few joins per pair of neighbouring words; the same pairs recur.
  const joined = memoize((key: string): readonly string[] => {
    const [left = '', right = ''] = key.split(JOIN_KEY_SEPARATOR);
    return findJoins(data.postings, texts, left, right, MAX_JOIN_GAP, (join) => joinsWords(left, right, join, isWord)).map((join) => join.text);
  }, JOIN_MEMO_LIMIT);
  return {
    passageCount: texts.length,
    occurrences,
    joins: (left, right) => joined(`${left}${JOIN_KEY_SEPARATOR}${right}`),
    isWord: (text) => nameTexts.has(text) || lookup(text).senses.length > 0,
    sensesOf: (word) => lookup(word).senses,
    classifiersOf: (word) => classifiersOf(data.lexicon, word),
    homophoneOf: (bigram) => {
      const key = [...bigram].map((char) => readings[(char.codePointAt(0) ?? 0) - FIRST_READING]).join(' ');
      const candidate = valueOf(data.homophones, key);
      return candidate !== undefined && candidate !== bigram ? candidate : null;
    },
    bigramSpelled: (latin) => {
      syllables ??= new Set(readings.filter((reading) => /^[a-z]+$/u.test(reading)));
      const found = twoSyllables(latin, syllables).map((key) => valueOf(data.homophones, key)).filter((text) => text !== undefined);
      return found.length === 1 ? found[0]! : null;
    },
    names,
    nameSpelled: (latin) => spelled.get(latin) ?? null,
    spellingsOfLength: (length) => byLength.get(length) ?? [],
    get english() {
      english ??= englishFromData(data.english);
      return english;
    },
    words: wordModel(data.lexicon.total, lookup, nameTexts),
  };
}

/** Every way to read a Latin word as two pinyin syllables ("xi'an" only as xi an), as "a b" keys. */
function twoSyllables(latin: string, syllables: ReadonlySet<string>): string[] {
  const parts = latin.toLowerCase().split(/['’]/u);
  if (parts.length === 2) return syllables.has(parts[0]!) && syllables.has(parts[1]!) ? [`${parts[0]} ${parts[1]}`] : [];
  const keys: string[] = [];
  for (let cut = 1; cut < latin.length; cut++) {
    const first = latin.slice(0, cut).toLowerCase();
    const second = latin.slice(cut).toLowerCase();
    if (syllables.has(first) && syllables.has(second)) keys.push(`${first} ${second}`);
  }
  return keys;
}

// 新能源 + 车 → 新能源汽车 and 电 + 车 → 电动汽车, not phrases that merely follow each other.
const MAX_JOIN_GAP = 2;
const JOIN_MEMO_LIMIT = 20_000;
const JOIN_KEY_SEPARATOR = '\u0000';

/**
 * Whether `left`, a gap and `right` are whole words of the passage rather than pieces: what fills
 * the gap ends a word (新能源[汽]车: 汽车), and a lone character at the end does not start one with
 * the next (长三角产 in 长三角产业 is no compound of 长三角 and 产).
 */
function joinsWords(left: string, right: string, { gap, next }: Join, isWord: (text: string) => boolean): boolean {
  if (gap !== '') {
    // The gap closes a word: with a lone character after it (汽 + 车), or after `left` (新能源 + 汽车).
    const bridge = right.length === 1 ? gap + right : left + gap;
    const lastStart = right.length === 1 ? bridge.length - 2 : left.length;
    let bridged = false;
    for (let start = 0; start <= lastStart && !bridged; start++) bridged = isWord(bridge.slice(start));
    if (!bridged) return false;
  }
  return right.length > 1 || next === '' || !isWord(right + next);
}

// A dictionary word missing from the frequency list still beats a run of single characters, and
// a name the corpus uses is kept whole.
const DICTIONARY_ONLY_FREQUENCY = 2;
const NAME_FREQUENCY = 2000;
/** Word length the segmenter tries up to. */
const MAX_WORD_LENGTH = 8;
/** The first character of the readings table (see `VocabularyData.readings`). */
export const FIRST_READING = 0x4e00;
export const LAST_READING = 0x9fff;

type Entry = { readonly frequency: number; readonly senses: readonly string[] };

/**
 * Dictionary lookups, remembered: the segmenter asks about every substring of a question, and the
 * same words come back question after question. Bounded, so a long-running bot does not grow.
 */
function memoizedLookup(lexicon: PackedLexicon): (word: string) => Entry {
  return memoize((word: string) => ({ frequency: frequencyOf(lexicon, word), senses: sensesOf(lexicon, word) }), 100_000);
}

function wordModel(total: number, lookup: (word: string) => Entry, names: ReadonlySet<string>): WordModel {
  return {
    total,
    maxWordLength: MAX_WORD_LENGTH,
    frequency: (word) => {
      const { frequency, senses } = lookup(word);
      if (names.has(word)) return Math.max(NAME_FREQUENCY, frequency);
      if (frequency > 0) return frequency;
      return senses.length > 0 ? DICTIONARY_ONLY_FREQUENCY : 0;
    },
  };
}
