import { performance } from 'node:perf_hooks';
import { engineFromData } from '../core/engine.js';
import type { CorpusInput, EngineData } from '../core/engine-data.js';
import type { Engine } from '../core/engine-types.js';
import type { DictionaryPlace } from '../core/places.js';
import { cacheFileFor, cacheKey, engineFingerprint, readEngineCache, writeEngineCache } from './engine-cache.js';
import type { BackgroundDictionary } from './dictionary.js';
import { errorMessage } from './error-message.js';
import { readCorpusFiles } from './files.js';

export type OpenEngineOptions = {
  /** Folder for the prebuilt engine; null or absent builds at every start and saves nothing. */
  readonly cacheDir?: string | null;
  /** Hears what a slow start is doing ("indexing"), for a status line. */
  readonly onProgress?: (message: string) => void;
};

/** How the engine was made, for logs and the benchmark. */
export type EngineOrigin =
  | { readonly kind: 'cache'; readonly file: string }
  | { readonly kind: 'built'; readonly file: string | null; readonly why: string; readonly saveError: string | null };

export type OpenEngineResult =
  | { readonly kind: 'ok'; readonly engine: Engine; readonly origin: EngineOrigin; readonly milliseconds: number }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Opens the engine over a corpus folder: from the cache when the corpus and the engine are those
 * it was built from, else by building it (and saving the cache). A broken corpus file becomes one
 * readable line; a cache that cannot be read or written only costs time.
 */
export async function openEngine(dir: string, options: OpenEngineOptions = {}): Promise<OpenEngineResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const read = await readCorpusFiles(dir);
  if (read.kind === 'error') return { kind: 'error', message: `${read.file}: ${read.problem}` };

  const cacheDir = options.cacheDir ?? null;
  const fingerprint = cacheDir === null ? '' : await engineFingerprint();
  const file = cacheDir === null ? null : cacheFileFor(cacheDir, dir, fingerprint);
  const key = file === null ? '' : cacheKey(read.files, fingerprint);
  let why = 'no cache folder configured';
  if (file !== null) {
    const cached = await readEngineCache(file, key);
    if (cached.kind === 'hit') return ok(engineFromData(cached.data), { kind: 'cache', file }, started);
    why = cached.detail;
  }

  // Parsers, the dictionary and the builders are loaded only when there is something to build.
  const [{ parseCorpusFiles }, { prepareDictionaryInBackground, loadDictionaryPlaces }, builders] = await Promise.all([
    import('./load.js'),
    import('./dictionary.js'),
    import('../core/engine-data.js'),
  ]);
  const parsed = parseCorpusFiles(dir, read.files);
  if (parsed.kind === 'error') return { kind: 'error', message: `${parsed.file}: ${parsed.problem}` };
  progress(`building the index (${why})`);
  const { data, engine } = await buildBesideDictionary(
    { documents: parsed.corpus.documents, gazetteer: parsed.corpus.gazetteer },
    loadDictionaryPlaces,
    prepareDictionaryInBackground(),
    builders,
    progress,
  );
  let saveError: string | null = null;
  if (file !== null) {
    progress('saving the index');
    saveError = await writeEngineCache(file, key, data).then(
      () => null,
      (error: unknown) => errorMessage(error),
    );
  }
  return ok(engine, { kind: 'built', file, why, saveError }, started);
}

type Builders = Pick<typeof import('../core/engine-data.js'), 'indexCorpus' | 'corpusContains' | 'packCorpus' | 'completeEngine'>;

/**
 * Preparing the dictionary is the same for any corpus, seconds of it: a worker does it while this
 * thread indexes the corpus, then links the English of the corpus's words while this one packs. The
 * worker never outlives the build, even one that fails.
 */
async function buildBesideDictionary(
  input: CorpusInput,
  loadPlaces: () => readonly DictionaryPlace[],
  dictionary: BackgroundDictionary,
  { indexCorpus, corpusContains, packCorpus, completeEngine }: Builders,
  progress: (message: string) => void,
): Promise<{ data: EngineData; engine: Engine }> {
  try {
    const indexed = indexCorpus({ ...input, places: loadPlaces() }, progress);
    const { share } = await dictionary.tell(corpusContains(indexed));
    const packed = packCorpus(indexed, progress);
    const shared = await share;
    if (shared.thread === 'main') progress(`prepared the dictionary on this thread (${shared.why})`);
    return completeEngine(packed, shared.share);
  } finally {
    dictionary.close();
  }
}

function ok(engine: Engine, origin: EngineOrigin, started: number): OpenEngineResult {
  return { kind: 'ok', engine, origin, milliseconds: performance.now() - started };
}
