import type { DictionaryShare } from './dictionary-data.js';
import { foldName, type City, type Gazetteer } from './gazetteer.js';
import { isHan } from './normalize.js';
import { allSyllablesOf, pinyinKey } from './pinyin.js';
import { termCounts, type Postings } from './postings.js';
import { packStringMap } from './string-table.js';
import type { KnownName, NameKind, VocabularyData } from './vocabulary.js';

/**
 * Learns a corpus's vocabulary (see vocabulary.ts for what it is used for). Everything that needs
 * the pinyin converter happens here and in dictionary-data.ts, at build time, so that a cached
 * engine never loads it.
 */

export type VocabularyInput = CorpusVocabularyInput & { readonly dictionary: DictionaryShare };

export type CorpusVocabularyInput = {
  readonly postings: Postings;
  readonly gazetteer: Gazetteer;
  /** Places the corpus writes beyond the gazetteer (places.ts): spelled exactly or not at all. */
  readonly places?: readonly City[];
  /** People the corpus names (normalized). */
  readonly people: readonly string[];
};

/** What the vocabulary learns from the corpus alone; the dictionary's share completes it. */
export type CorpusVocabulary = Pick<VocabularyData, 'postings' | 'homophones' | 'names'>;

export function buildVocabularyData(input: VocabularyInput): VocabularyData {
  return withDictionary(learnCorpusVocabulary(input), input.dictionary);
}

/** The corpus-dependent work: postings, homophones and the names a question may use. */
export function learnCorpusVocabulary(input: CorpusVocabularyInput): CorpusVocabulary {
  return { postings: input.postings, homophones: packStringMap(homophoneTable(input.postings)), names: knownNames(input.gazetteer, input.places ?? [], input.people) };
}

export function withDictionary(vocabulary: CorpusVocabulary, dictionary: DictionaryShare): VocabularyData {
  return { ...vocabulary, lexicon: dictionary.lexicon, english: dictionary.english, readings: dictionary.readings };
}

function knownNames(gazetteer: Gazetteer, places: readonly City[], people: readonly string[]): KnownName[] {
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
  for (const place of places) for (const alias of [place.name, ...place.aliases]) add(alias, 'place', place.key, [place.pinyin]);
  for (const group of gazetteer.groups) for (const alias of group.aliases) add(alias, group.region ? 'region' : 'group', group.key, []);
  for (const person of people) add(person, 'person', person, []);
  return names;
}

/**
 * Maps the toneless pinyin of every corpus bigram to the bigram, so that 松将 finds 松江. A
 * character is keyed under each of its readings (行: xing and hang), since a question's bigram is
 * read in its own context; where two bigrams share a key, the one more passages use wins.
 */
function homophoneTable(postings: Postings): Map<string, string> {
  const readings = new Map<string, readonly string[]>();
  const readingsOf = (char: string): readonly string[] => {
    let known = readings.get(char);
    if (!known) {
      known = [...new Set(allSyllablesOf(char))];
      readings.set(char, known);
    }
    return known;
  };
  const table = new Map<string, string>();
  const best = new Map<string, number>();
  for (const [term, passages] of termCounts(postings)) {
    const chars = [...term];
    if (chars.length !== 2 || !chars.every(isHan)) continue;
    for (const first of readingsOf(chars[0]!)) {
      for (const second of readingsOf(chars[1]!)) {
        const key = `${first} ${second}`;
        const previous = best.get(key) ?? 0;
        if (passages > previous || (passages === previous && term < table.get(key)!)) {
          best.set(key, passages);
          table.set(key, term);
        }
      }
    }
  }
  return table;
}
