import { splitSentences } from './sentences.js';
import type { Block, BlockKind, Figure, Sentence } from './types.js';

/**
 * The corpus's blocks and their figures, stored as columns and JSON strings instead of a graph of
 * objects, and turned back into objects only for the passages a question or a lookup touches.
 * A cache file restores strings and typed arrays several times faster than hundreds of thousands
 * of small objects, and most blocks of a large corpus are never shown in a session.
 */
export type PassageTable = {
  /** Document ids; `blockDoc[i]` indexes this list. */
  readonly docs: readonly string[];
  readonly blockDoc: Uint32Array;
  /** Indexes BLOCK_KINDS. */
  readonly blockKind: Uint8Array;
  readonly blockParagraph: Uint32Array;
  /** Indexes `sections`; -1 before a document's first heading. */
  readonly blockSection: Int32Array;
  readonly sections: readonly string[];
  readonly texts: readonly string[];
  /**
   * Each block's figures as JSON; '' for a block without any. A sentence found in the block's
   * text is stored as where it is ([start, end]): written out, sentences were three quarters of
   * the figures' bytes, a sentence with three figures three times over.
   */
  readonly figures: readonly string[];
  /** Gazetteer keys of the places each block names or attributes figures to, joined by ','. */
  readonly places: readonly string[];
};

const BLOCK_KINDS: readonly BlockKind[] = ['title', 'subtitle', 'heading', 'paragraph', 'byline'];

export function packPassages(
  blocks: readonly Block[],
  figures: readonly (readonly Figure[])[],
  places: readonly (readonly string[])[],
): PassageTable {
  const docs = [...new Set(blocks.map((block) => block.doc))];
  const sections = [...new Set(blocks.flatMap((block) => (block.section === null ? [] : [block.section])))];
  const docIndex = new Map(docs.map((doc, i) => [doc, i]));
  const sectionIndex = new Map(sections.map((section, i) => [section, i]));
  return {
    docs,
    blockDoc: Uint32Array.from(blocks, (block) => docIndex.get(block.doc)!),
    blockKind: Uint8Array.from(blocks, (block) => BLOCK_KINDS.indexOf(block.kind)),
    blockParagraph: Uint32Array.from(blocks, (block) => block.paragraph),
    blockSection: Int32Array.from(blocks, (block) => (block.section === null ? -1 : sectionIndex.get(block.section)!)),
    sections,
    texts: blocks.map((block) => block.text),
    figures: blocks.map((block, id) => packFigures(block.text, figures[id] ?? [])),
    places: blocks.map((_, id) => (places[id] ?? []).join(',')),
  };
}

export type PassageStore = {
  readonly count: number;
  block(id: number): Block;
  /** A block's kind and document, read from the columns without making the block. */
  kind(id: number): BlockKind;
  doc(id: number): string;
  /** The same array for the same id every time, so callers may remember things per figure. */
  figures(id: number): readonly Figure[];
  places(id: number): ReadonlySet<string>;
  /** The blocks that name a place or hold its figures, in corpus order. */
  withPlace(key: string): readonly number[];
};

/** Objects for the table's rows, each made on first use and kept. */
export function openPassageStore(table: PassageTable): PassageStore {
  const count = table.texts.length;
  const blocks = new Array<Block | undefined>(count);
  const figures = new Array<readonly Figure[] | undefined>(count);
  const places = new Array<ReadonlySet<string> | undefined>(count);
  const none: readonly Figure[] = [];
  let byPlace: Map<string, number[]> | undefined;
  return {
    count,
    block: (id) => (blocks[id] ??= new StoredBlock(table, id)),
    kind: (id) => BLOCK_KINDS[table.blockKind[id]!]!,
    doc: (id) => table.docs[table.blockDoc[id]!]!,
    figures: (id) => (figures[id] ??= table.figures[id] ? unpackFigures(table.texts[id]!, table.figures[id]) : none),
    places: (id) => (places[id] ??= new Set(table.places[id] ? table.places[id].split(',') : [])),
    withPlace: (key) => {
      if (!byPlace) {
        byPlace = new Map();
        table.places.forEach((joined, id) => {
          for (const place of joined ? joined.split(',') : []) {
            const list = byPlace!.get(place);
            if (list) list.push(id);
            else byPlace!.set(place, [id]);
          }
        });
      }
      return byPlace.get(key) ?? [];
    },
  };
}

/** A figure as the table keeps it: its sentence, or where the sentence is in the block's text. */
type StoredFigure = Omit<Figure, 'sentence'> & { readonly sentence: string | readonly [start: number, end: number] };

function packFigures(text: string, figures: readonly Figure[]): string {
  if (figures.length === 0) return '';
  const stored = figures.map((figure): StoredFigure => {
    const start = text.indexOf(figure.sentence);
    return start < 0 ? figure : { ...figure, sentence: [start, start + figure.sentence.length] };
  });
  return JSON.stringify(stored);
}

function unpackFigures(text: string, json: string): Figure[] {
  return (JSON.parse(json) as StoredFigure[]).map((figure) =>
    typeof figure.sentence === 'string' ? (figure as Figure) : { ...figure, sentence: text.slice(figure.sentence[0], figure.sentence[1]) },
  );
}

/** A block read from the table; its sentences are split on first use (see chunk.ts). */
class StoredBlock implements Block {
  readonly doc: string;
  readonly kind: BlockKind;
  readonly paragraph: number;
  readonly section: string | null;
  readonly text: string;
  #sentences: readonly Sentence[] | undefined;

  constructor(table: PassageTable, id: number) {
    this.doc = table.docs[table.blockDoc[id]!]!;
    this.kind = BLOCK_KINDS[table.blockKind[id]!]!;
    this.paragraph = table.blockParagraph[id]!;
    const section = table.blockSection[id]!;
    this.section = section < 0 ? null : table.sections[section]!;
    this.text = table.texts[id]!;
  }

  get sentences(): readonly Sentence[] {
    this.#sentences ??= splitSentences(this.text);
    return this.#sentences;
  }
}
