import { chunkDocument } from './chunk.js';
import { engineFromData } from './engine.js';
import type { Engine } from './engine-types.js';
import { extractBlockFigures } from './figures/extract.js';
import { figureColumns, type FigureColumns } from './figure-catalog.js';
import { cityNameForms, type Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { findPeople } from './names.js';
import { normalize } from './normalize.js';
import { packPassages, type PassageTable } from './passage-store.js';
import { listCorpusTerms } from './corpus-terms.js';
import { postingsOf } from './postings.js';
import { buildSearchIndex, type IndexData, type SearchIndex } from './search-index.js';
import type { DocumentMeta, Figure, SourceDocument } from './types.js';
import type { VocabularyData } from './vocabulary.js';
import { buildVocabularyData } from './vocabulary-build.js';

export type EngineInput = {
  readonly documents: readonly SourceDocument[];
  readonly gazetteer: Gazetteer;
  /** Dictionary and word frequencies; an empty lexicon works, without English or synonyms. */
  readonly lexicon: Lexicon;
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
  let built: SearchIndex | undefined;
  const data = buildEngineData(input, progress, (index) => (built = index));
  return { data, engine: engineFromData(data, built) };
}

/**
 * Chunks every document, extracts figures, indexes the passages and learns the corpus's
 * vocabulary. Pure and synchronous; `progress` hears each step begin, for a long build's status line.
 */
export function buildEngineData(
  input: EngineInput,
  progress: (step: string) => void = () => {},
  onIndex: (index: SearchIndex) => void = () => {},
): EngineData {
  progress('chunking');
  const chunked = input.documents.map((document) => ({ document, blocks: chunkDocument(document.meta, document.body) }));
  const blocks = chunked.flatMap(({ blocks }) => blocks);
  progress('extracting figures');
  const figures = chunked.flatMap(({ document, blocks }) => extractBlockFigures(blocks, document.meta, input.gazetteer));
  progress('normalizing');
  const normalized = blocks.map((block) => normalize(block.text));
  const people = [...new Set(normalized.flatMap((text) => findPeople(text).map((person) => person.name)))];
  progress('indexing');
  const commonLimit = Math.max(COMMON_FLOOR, COMMON_SHARE * normalized.length);
  const listed = listCorpusTerms(normalized, (passages) => passages > commonLimit);
  const postings = postingsOf(listed);
  const { index: searchIndex, data: index } = buildSearchIndex(normalized, listed);
  onIndex(searchIndex);
  progress('learning the vocabulary');
  const vocabulary = buildVocabularyData({ texts: normalized, postings, lexicon: input.lexicon, gazetteer: input.gazetteer, people });
  return {
    documents: input.documents.map((document) => document.meta),
    gazetteer: input.gazetteer,
    passages: packPassages(blocks, figures, placesOf(normalized, figures, input.gazetteer)),
    normalized,
    figureColumns: figureColumns(figures),
    index,
    vocabulary,
  };
}

/**
 * Terms too common to index: in more than 1% of the passages, and in more than 1,000 of them, so
 * that a corpus of one article loses nothing (its every term is rare in absolute terms).
 */
const COMMON_SHARE = 0.01;
const COMMON_FLOOR = 1_000;

function placesOf(normalized: readonly string[], figures: readonly (readonly Figure[])[], gazetteer: Gazetteer): string[][] {
  const cityForms = gazetteer.cities.flatMap((city) =>
    cityNameForms(city)
      .filter((form) => /\p{Script=Han}/u.test(form))
      .map((form) => ({ form, key: city.key })),
  );
  const regions = new Set(gazetteer.groups.filter(({ region }) => region).map(({ key }) => key));
  return normalized.map((text, id) => {
    const places = new Set(cityForms.filter(({ form }) => text.includes(form)).map(({ key }) => key));
    // A region is every passage's place; as one it would only blur which city a passage is about.
    for (const figure of figures[id] ?? []) for (const key of figure.entity?.split('、') ?? []) if (!regions.has(key)) places.add(key);
    return [...places];
  });
}
