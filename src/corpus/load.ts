import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { parseDocument } from '../core/document.js';
import { GazetteerSchema, type Gazetteer } from '../core/gazetteer.js';
import type { SourceDocument } from '../core/types.js';

/** The corpus folder as the engine needs it: the documents and the gazetteer beside them. */
export type LoadedCorpus = {
  readonly documents: readonly SourceDocument[];
  readonly gazetteer: Gazetteer;
  /** Each corpus file's name and bytes, for the cache key. */
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
};

export type CorpusLoadResult =
  | { readonly kind: 'ok'; readonly corpus: LoadedCorpus }
  | { readonly kind: 'error'; readonly file: string; readonly problem: string };

const DOCUMENT_EXTENSIONS = new Set(['.md', '.txt']);
export const GAZETTEER_FILE = 'cities.json';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every `.md` and `.txt` file of a corpus folder and its `cities.json`. The first broken
 * file (empty, not UTF-8, bad front matter, unreadable) is reported with its name and problem.
 */
export async function loadCorpus(dir: string): Promise<CorpusLoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    return { kind: 'error', file: dir, problem: `cannot read the corpus folder (${errorCode(error)})` };
  }
  const documents: SourceDocument[] = [];
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const name of names.filter((file) => DOCUMENT_EXTENSIONS.has(extname(file).toLowerCase()))) {
    const path = join(dir, name);
    const read = await readText(path);
    if (read.kind === 'error') return { kind: 'error', file: path, problem: read.problem };
    files.push({ name, bytes: read.bytes });
    const parsed = parseDocument(basename(name, extname(name)), read.text);
    if (parsed.kind === 'error') return { kind: 'error', file: path, problem: parsed.problem };
    documents.push(parsed.document);
  }
  if (documents.length === 0) return { kind: 'error', file: dir, problem: 'no .md or .txt document in the corpus folder' };

  const gazetteer = await loadGazetteer(dir);
  if (gazetteer.kind === 'error') return gazetteer;
  files.push({ name: GAZETTEER_FILE, bytes: gazetteer.bytes });
  return { kind: 'ok', corpus: { documents, gazetteer: gazetteer.gazetteer, files } };
}

export type GazetteerLoadResult =
  | { readonly kind: 'ok'; readonly gazetteer: Gazetteer; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly file: string; readonly problem: string };

/** Reads and validates a corpus folder's `cities.json`. */
export async function loadGazetteer(dir: string): Promise<GazetteerLoadResult> {
  const path = join(dir, GAZETTEER_FILE);
  const read = await readText(path);
  if (read.kind === 'error') return { kind: 'error', file: path, problem: read.problem };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return { kind: 'error', file: path, problem: 'not valid JSON' };
  }
  const gazetteer = GazetteerSchema.safeParse(json);
  if (!gazetteer.success) {
    return { kind: 'error', file: path, problem: z.prettifyError(gazetteer.error).replace(/\n/gu, ' ') };
  }
  return { kind: 'ok', gazetteer: gazetteer.data, bytes: read.bytes };
}

export type ReadText =
  | { readonly kind: 'ok'; readonly text: string; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly problem: string };

export async function readText(path: string): Promise<ReadText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'error', problem: `cannot read the file (${errorCode(error)})` };
  }
  if (bytes.length === 0) return { kind: 'error', problem: 'the file is empty' };
  try {
    return { kind: 'ok', text: utf8.decode(bytes), bytes };
  } catch {
    return { kind: 'error', problem: 'the file is not UTF-8 text' };
  }
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}
