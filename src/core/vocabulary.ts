import { buildEnglishLexicon, type EnglishLexicon } from './english.js';
import { foldName, type Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { pinyinKey, syllablesOf } from './pinyin.js';
import type { WordModel } from './segment.js';
import { hanRuns } from './tokenize.js';

/**
 * What the engine knows about the words of a corpus: which strings are words, which occur in
 * the corpus and how often, what a word means in English, which corpus bigram a homophone typo
 * stands for, and the names (places, bodies, people) a question may spell in pinyin.
 */

export type NameKind = 'city' | 'group' | 'person';
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
  /** Whether the string is a dictionary word or a known name. */
  isWord(text: string): boolean;
  /** English senses of a dictionary word (empty when it is not one). */
  sensesOf(word: string): readonly string[];
  /** The corpus bigram written with the same toneless pinyin, for a bigram the corpus lacks. */
  homophoneOf(bigram: string): string | null;
  readonly names: readonly KnownName[];
  readonly english: EnglishLexicon;
  /** Word frequencies for cutting questions into words; names count as common words. */
  readonly words: WordModel;
};

export type VocabularyInput = {
  /** Normalized passage texts. */
  readonly texts: readonly string[];
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
  /** People the corpus names (normalized). */
  readonly people: readonly string[];
};

const MAX_WORD_LENGTH = 8;

export function buildVocabulary(input: VocabularyInput): Vocabulary {
  const { texts, lexicon, gazetteer, people } = input;
  const counts = new Map<string, number>();
  const occurrences = (text: string): number => {
    const known = counts.get(text);
    if (known !== undefined) return known;
    let count = 0;
    for (const passage of texts) if (passage.includes(text)) count++;
    counts.set(text, count);
    return count;
  };

  const senses = new Map<string, readonly string[]>();
  for (const entry of lexicon.entries) {
    const previous = senses.get(entry.simplified);
    senses.set(entry.simplified, previous ? [...previous, ...entry.senses] : entry.senses);
  }

  const names = knownNames(gazetteer, people);
  const nameTexts = new Set(names.map((name) => name.text));
  const homophones = homophoneTable(texts);

  return {
    passageCount: texts.length,
    occurrences,
    isWord: (text) => senses.has(text) || nameTexts.has(text),
    sensesOf: (word) => senses.get(word) ?? [],
    homophoneOf: (bigram) => {
      const key = syllablesOf(bigram).join(' ');
      const candidate = homophones.get(key);
      return candidate !== undefined && candidate !== bigram ? candidate : null;
    },
    names,
    english: buildEnglishLexicon(lexicon.entries, (word) => occurrences(word) > 0),
    words: wordModel(lexicon, senses, nameTexts),
  };
}

// A dictionary word missing from the frequency list still beats a run of single characters, and
// a name the corpus uses is kept whole.
const DICTIONARY_ONLY_FREQUENCY = 2;
const NAME_FREQUENCY = 2000;

function wordModel(lexicon: Lexicon, senses: ReadonlyMap<string, unknown>, names: ReadonlySet<string>): WordModel {
  let total = 0;
  for (const count of lexicon.frequencies.values()) total += count;
  return {
    total,
    maxWordLength: MAX_WORD_LENGTH,
    frequency: (word) => {
      if (names.has(word)) return Math.max(NAME_FREQUENCY, lexicon.frequencies.get(word) ?? 0);
      const count = lexicon.frequencies.get(word);
      if (count !== undefined) return count;
      return senses.has(word) ? DICTIONARY_ONLY_FREQUENCY : 0;
    },
  };
}

function knownNames(gazetteer: Gazetteer, people: readonly string[]): KnownName[] {
  const names: KnownName[] = [];
  const add = (text: string, kind: NameKind, key: string, latin: readonly string[]) => {
    const folded = foldName(text);
    if (folded === '') return;
    const han = /\p{Script=Han}/u.test(folded);
    names.push({
      text: folded,
      kind,
      key,
      latin: [...new Set([...(han ? [pinyinKey(folded)] : [folded]), ...latin.map(foldName)])],
    });
  };
  for (const city of gazetteer.cities) {
    for (const alias of [city.key, ...city.aliases]) add(alias, 'city', city.key, [city.pinyin]);
    for (const area of city.subAreas) for (const alias of [area.name, ...area.aliases]) add(alias, 'city', city.key, []);
  }
  for (const group of gazetteer.groups) for (const alias of group.aliases) add(alias, 'group', group.key, []);
  for (const person of people) add(person, 'person', person, []);
  return names;
}

/** Maps "song jiang" to 松江 for every bigram of the corpus, reading pinyin in context. */
function homophoneTable(texts: readonly string[]): Map<string, string> {
  const frequency = new Map<string, number>();
  for (const text of texts) {
    for (const run of hanRuns(text)) {
      for (let i = 0; i + 1 < run.length; i++) {
        const bigram = run.slice(i, i + 2);
        frequency.set(bigram, (frequency.get(bigram) ?? 0) + 1);
      }
    }
  }
  const table = new Map<string, string>();
  const best = new Map<string, number>();
  for (const text of texts) {
    for (const run of hanRuns(text)) {
      const syllables = syllablesOf(run);
      for (let i = 0; i + 1 < run.length; i++) {
        const bigram = run.slice(i, i + 2);
        const key = `${syllables[i]} ${syllables[i + 1]}`;
        const count = frequency.get(bigram) ?? 0;
        if (count > (best.get(key) ?? 0)) {
          best.set(key, count);
          table.set(key, bigram);
        }
      }
    }
  }
  return table;
}
