import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

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

/**
 * Reads the bytes of every `.md` and `.txt` file of a corpus folder and of its `cities.json`,
 * without decoding or parsing them: a start with a current cache needs no more.
 */
export async function readCorpusFiles(dir: string): Promise<CorpusReadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    return { kind: 'error', file: dir, problem: `cannot read the corpus folder (${errorCode(error)})` };
  }
  const wanted = [...names.filter((name) => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())), GAZETTEER_FILE];
  const files: CorpusFile[] = [];
  for (const name of wanted) {
    try {
      files.push({ name, bytes: await readFile(join(dir, name)) });
    } catch (error) {
      return { kind: 'error', file: join(dir, name), problem: `cannot read the file (${errorCode(error)})` };
    }
  }
  return { kind: 'ok', files };
}

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}
