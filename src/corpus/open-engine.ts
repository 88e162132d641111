import { createEngine } from '../core/engine.js';
import type { Engine } from '../core/engine-types.js';
import { loadLexicon } from './dictionary.js';
import { loadCorpus, type LoadedCorpus } from './load.js';

export type OpenEngineResult =
  | { readonly kind: 'ok'; readonly engine: Engine; readonly corpus: LoadedCorpus }
  | { readonly kind: 'error'; readonly message: string };

/** Loads a corpus folder and builds the engine over it; a broken file becomes one readable line. */
export async function openEngine(dir: string): Promise<OpenEngineResult> {
  const loaded = await loadCorpus(dir);
  if (loaded.kind === 'error') return { kind: 'error', message: `${loaded.file}: ${loaded.problem}` };
  const engine = createEngine({
    documents: loaded.corpus.documents,
    gazetteer: loaded.corpus.gazetteer,
    lexicon: loadLexicon(),
  });
  return { kind: 'ok', engine, corpus: loaded.corpus };
}
