import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The corpus folder's files as bytes. Kept apart from parsing (load.ts) so that a start served
 * from the cache reads the files to check them against it and loads no parser at all.
 */

export const DOCUMENT_EXTENSIONS = new Set(['.md', '.txt']);
export const GAZETTEER_FILE = 'cities.json';

/** A corpus file's name and bytes, as read; enough to tell whether a cached engine is current. */
export type CorpusFile = { readonly name: string; readonly bytes: Uint8Array };

export type CorpusReadResult =
  | { readonly kind: 'ok'; readonly files: readonly CorpusFile[] }
  | { readonly kind: 'error'; readonly file: string; readonly problem: string };

/** The gazetteer shipped in the project's own corpus folder. */
export const SHIPPED_GAZETTEER = fileURLToPath(new URL(`../../corpus/${GAZETTEER_FILE}`, import.meta.url));

/**
 * Reads the bytes of every `.md` and `.txt` file of a corpus folder and of its `cities.json`,
 * without decoding or parsing them: a start with a current cache needs no more. A folder without
 * a `cities.json` of its own (a user's folder of articles, `--corpus`) gets the shipped one, so its
 * articles are still answered and its cities still known.
 */
export async function readCorpusFiles(dir: string): Promise<CorpusReadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    return { kind: 'error', file: dir, problem: `cannot read the corpus folder (${errorCode(error)})` };
  }
  const documents = names.filter((name) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()));
  const gazetteer = names.includes(GAZETTEER_FILE) ? join(dir, GAZETTEER_FILE) : SHIPPED_GAZETTEER;
  const wanted = [...documents.map((name) => ({ name, path: join(dir, name) })), { name: GAZETTEER_FILE, path: gazetteer }];
  // A few reads in flight at a time: one after another, a thousand small files spent most of a
  // warm start's 250 ms waiting on the thread pool; all at once, ten thousand could exhaust file handles.
  const read: (CorpusFile | { readonly failed: string })[] = new Array(wanted.length);
  let next = 0;
  const reader = async () => {
    while (next < wanted.length) {
      const at = next++;
      const { name, path } = wanted[at]!;
      read[at] = await readFile(path).then(
        (bytes) => ({ name, bytes }),
        (error: unknown) => ({ failed: `cannot read the file (${errorCode(error)})` }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, wanted.length) }, reader));
  const files: CorpusFile[] = [];
  for (const [at, file] of read.entries()) {
    if ('failed' in file) return { kind: 'error', file: wanted[at]!.path, problem: file.failed };
    files.push(file);
  }
  return { kind: 'ok', files };
}

const PARALLEL_READS = 16;

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}
