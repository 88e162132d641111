import { chunkDocument } from './chunk.js';
import { shareFor, type DictionaryShare, type PreparedDictionary } from './dictionary-data.js';
import { engineFromData } from './engine.js';
import type { Engine } from './engine-types.js';
import { extractBlockFigures } from './figures/extract.js';
import { figureColumns, type FigureColumns } from './figure-catalog.js';
import type { City, Gazetteer } from './gazetteer.js';
import { findMentions, nameForms } from './figures/mentions.js';
import { findPeople } from './names.js';
import { corpusPlaces, withPlaces, type DictionaryPlace } from './places.js';
import { normalize } from './normalize.js';
import { packPassages, type PassageTable } from './passage-store.js';
import { listCorpusTerms } from './corpus-terms.js';
import { appearsIn, postingsOf, type Postings } from './postings.js';
import { buildSearchIndex, type IndexData, type SearchIndex } from './search-index.js';
import type { Block, DocumentMeta, Figure, SourceDocument } from './types.js';
import type { VocabularyData } from './vocabulary.js';
import { learnCorpusVocabulary, withDictionary, type CorpusVocabulary } from './vocabulary-build.js';

export type CorpusInput = {
  readonly documents: readonly SourceDocument[];
  readonly gazetteer: Gazetteer;
  /**
   * The dictionary's places (see places.ts), for the ones the corpus writes beyond its gazetteer;
   * without them only the gazetteer's places are read.
   */
  readonly places?: readonly DictionaryPlace[];
};

export type EngineInput = CorpusInput & {
  /** The dictionary, prepared (see dictionary-data.ts); one of `EMPTY_LEXICON` works, without English or synonyms. */
  readonly dictionary: PreparedDictionary;
};

/**
 * Everything the engine derives from a corpus, as plain data (strings, arrays, maps, typed
 * arrays): what a cache file saves so that a start with an unchanged corpus rebuilds nothing.
 * Building it is the slow part; `engineFromData` turns it back into an engine in little time.
 */
export type EngineData = {
  readonly documents: readonly DocumentMeta[];
  readonly gazetteer: Gazetteer;
  /** Every block of every document, in corpus order, with its figures and places; a block's id is its position. */
  readonly passages: PassageTable;
  /** Each block's text as the index and the ranking read it (see normalize.ts). */
  readonly normalized: readonly string[];
  /** Every figure's label, value and place, for the figure lookups. */
  readonly figureColumns: FigureColumns;
  /** The full-text index (see search-index.ts). */
  readonly index: IndexData;
  readonly vocabulary: VocabularyData;
};

/** Builds the answer engine over a corpus in one step (see `buildEngine`). */
export function createEngine(input: EngineInput): Engine {
  return buildEngine(input).engine;
}

/**
 * Builds the engine data (for a cache file) and the engine over it, handing the engine the index
 * just built rather than making it parse the index's JSON back.
 */
export function buildEngine(input: EngineInput, progress: (step: string) => void = () => {}): { data: EngineData; engine: Engine } {
  const indexed = indexCorpus(input, progress);
  const share = shareFor(input.dictionary, corpusContains(indexed));
  return completeEngine(packCorpus(indexed, progress), share);
}

/** Chunks, extracts figures, indexes the passages and learns the corpus's vocabulary. Pure and synchronous. */
export function buildEngineData(input: EngineInput, progress: (step: string) => void = () => {}): EngineData {
  return buildEngine(input, progress).data;
}

/*
 * A build in steps, for a caller that prepares the dictionary elsewhere meanwhile
 * (corpus/open-engine.ts): `indexCorpus`, then `corpusContains` tells the dictionary which of its
 * words the corpus writes, `packCorpus` while it links their senses, and `completeEngine` with its share.
 */

/** The corpus chunked, its figures extracted and its passages indexed. */
export type IndexedCorpus = {
  readonly input: CorpusInput;
  readonly blocks: readonly Block[];
  readonly figures: readonly (readonly Figure[])[];
  readonly normalized: readonly string[];
  readonly people: readonly string[];
  /** The places the corpus writes beyond its gazetteer (see places.ts). */
  readonly places: readonly City[];
  readonly postings: Postings;
  readonly index: { readonly index: SearchIndex; readonly data: IndexData };
};

/** `progress` hears each step begin, for a long build's status line. */
export function indexCorpus(input: CorpusInput, progress: (step: string) => void = () => {}): IndexedCorpus {
  progress('chunking');
  const chunked = input.documents.map((document) => ({ document, blocks: chunkDocument(document.meta, document.body) }));
  const blocks = chunked.flatMap(({ blocks }) => blocks);
  progress('normalizing');
  const normalized = blocks.map((block) => normalize(block.text));
  const people = [...new Set(normalized.flatMap((text) => findPeople(text).map((person) => person.name)))];
  progress('indexing');
  const commonLimit = Math.max(COMMON_FLOOR, COMMON_SHARE * normalized.length);
  const listed = listCorpusTerms(normalized, (passages) => passages > commonLimit);
  const postings = postingsOf(listed);
  const places = corpusPlaces(input.places ?? [], input.gazetteer, (text) => appearsIn(postings, normalized, text), new Set(people));
  progress('extracting figures');
  const reading = withPlaces(input.gazetteer, places);
  const figures = chunked.flatMap(({ document, blocks }) => extractBlockFigures(blocks, document.meta, reading));
  return { input, blocks, figures, normalized, people, places, postings, index: buildSearchIndex(normalized, listed) };
}

/** Whether the corpus writes a string anywhere: which dictionary words its vocabulary takes in. */
export function corpusContains(indexed: IndexedCorpus): (word: string) => boolean {
  return (word) => appearsIn(indexed.postings, indexed.normalized, word);
}

/** Everything of the engine data but the dictionary's share. */
export type PackedCorpus = Omit<EngineData, 'vocabulary'> & { readonly vocabulary: CorpusVocabulary; readonly searchIndex: SearchIndex };

export function packCorpus(indexed: IndexedCorpus, progress: (step: string) => void = () => {}): PackedCorpus {
  const { input, blocks, figures, normalized, people, places, postings, index } = indexed;
  progress('learning the vocabulary');
  return {
    documents: input.documents.map((document) => document.meta),
    gazetteer: input.gazetteer,
    passages: packPassages(blocks, figures, placesOf(normalized, figures, withPlaces(input.gazetteer, places))),
    normalized,
    figureColumns: figureColumns(figures),
    index: index.data,
    vocabulary: learnCorpusVocabulary({ postings, gazetteer: input.gazetteer, places, people }),
    searchIndex: index.index,
  };
}

export function completeEngine(corpus: PackedCorpus, dictionary: DictionaryShare): { data: EngineData; engine: Engine } {
  const { searchIndex, vocabulary, ...rest } = corpus;
  const data: EngineData = { ...rest, vocabulary: withDictionary(vocabulary, dictionary) };
  return { data, engine: engineFromData(data, searchIndex) };
}

/**
 * Terms too common to index: in more than 1% of the passages, and in more than 1,000 of them, so
 * that a corpus of one article loses nothing (its every term is rare in absolute terms).
 */
const COMMON_SHARE = 0.01;
const COMMON_FLOOR = 1_000;

function placesOf(normalized: readonly string[], figures: readonly (readonly Figure[])[], gazetteer: Gazetteer): string[][] {
  const forms = nameForms(gazetteer);
  const regions = new Set(gazetteer.groups.filter(({ region }) => region).map(({ key }) => key));
  return normalized.map((text, id) => {
    // As the figures read names: 浙江 in 浙江省湖州市 is no place of the passage's own.
    const places = new Set(findMentions(text, forms).flatMap((mention) => (mention.kind === 'city' ? [mention.key] : [])));
    // A region is every passage's place; as one it would only blur which city a passage is about.
    for (const figure of figures[id] ?? []) for (const key of figure.entity?.split('、') ?? []) if (!regions.has(key)) places.add(key);
    return [...places];
  });
}
