import { chunkDocument } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { BenchPassage } from './passage.js';

/**
 * The passages every contender indexes: the corpus folder read by our loader and cut by our
 * chunker, so the anchors and our engine answer from identical blocks of text.
 */
export async function loadPassages(dir: string): Promise<BenchPassage[]> {
  const loaded = await loadCorpus(dir);
  if (loaded.kind === 'error') throw new Error(`${loaded.file}: ${loaded.problem}`);
  return loaded.corpus.documents.flatMap((document) =>
    chunkDocument(document.meta, document.body).map(({ doc, paragraph, section, kind, text }) => ({
      doc,
      paragraph,
      section,
      kind,
      text,
    })),
  );
}
