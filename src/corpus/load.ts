import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { parseDocument } from '../core/document.js';
import { GazetteerSchema, type Gazetteer } from '../core/gazetteer.js';
import type { SourceDocument } from '../core/types.js';
import { errorCode, GAZETTEER_FILE, readCorpusFiles, type CorpusFile } from './files.js';

/** The corpus folder as the engine needs it: the documents and the gazetteer beside them. */
export type LoadedCorpus = {
  readonly documents: readonly SourceDocument[];
  readonly gazetteer: Gazetteer;
  /** Each corpus file's name and bytes, for the cache key. */
  readonly files: readonly CorpusFile[];
};

export type CorpusLoadResult =
  | { readonly kind: 'ok'; readonly corpus: LoadedCorpus }
  | { readonly kind: 'error'; readonly file: string; readonly problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses files read by `readCorpusFiles`: every document and the gazetteer. The first broken file
 * (empty, not UTF-8, bad front matter) is reported with its name and problem.
 */
export function parseCorpusFiles(dir: string, files: readonly CorpusFile[]): CorpusLoadResult {
  const documents: SourceDocument[] = [];
  let gazetteer: Gazetteer | undefined;
  for (const { name, bytes } of files) {
    const path = join(dir, name);
    const decoded = decode(bytes);
    if (decoded.kind === 'error') return { kind: 'error', file: path, problem: decoded.problem };
    if (name === GAZETTEER_FILE) {
      const parsed = parseGazetteer(decoded.text);
      if (parsed.kind === 'error') return { kind: 'error', file: path, problem: parsed.problem };
      gazetteer = parsed.gazetteer;
      continue;
    }
    const parsed = parseDocument(basename(name, extname(name)), decoded.text);
    if (parsed.kind === 'error') return { kind: 'error', file: path, problem: parsed.problem };
    documents.push(parsed.document);
  }
  if (documents.length === 0) return { kind: 'error', file: dir, problem: 'no .md or .txt document in the corpus folder' };
  if (!gazetteer) return { kind: 'error', file: join(dir, GAZETTEER_FILE), problem: 'cannot read the file (ENOENT)' };
  return { kind: 'ok', corpus: { documents, gazetteer, files } };
}

/** Reads and parses a whole corpus folder: its documents and the gazetteer beside them. */
export async function loadCorpus(dir: string): Promise<CorpusLoadResult> {
  const read = await readCorpusFiles(dir);
  return read.kind === 'error' ? read : parseCorpusFiles(dir, read.files);
}

export type GazetteerLoadResult =
  | { readonly kind: 'ok'; readonly gazetteer: Gazetteer; readonly bytes: Uint8Array }
  | { readonly kind: 'error'; readonly file: string; readonly problem: string };

/** Reads and validates a corpus folder's `cities.json`. */
export async function loadGazetteer(dir: string): Promise<GazetteerLoadResult> {
  const path = join(dir, GAZETTEER_FILE);
  const read = await readText(path);
  if (read.kind === 'error') return { kind: 'error', file: path, problem: read.problem };
  const parsed = parseGazetteer(read.text);
  if (parsed.kind === 'error') return { kind: 'error', file: path, problem: parsed.problem };
  return { kind: 'ok', gazetteer: parsed.gazetteer, bytes: read.bytes };
}

function parseGazetteer(text: string): { kind: 'ok'; gazetteer: Gazetteer } | { kind: 'error'; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'error', problem: 'not valid JSON' };
  }
  const gazetteer = GazetteerSchema.safeParse(json);
  if (!gazetteer.success) return { kind: 'error', problem: z.prettifyError(gazetteer.error).replace(/\n/gu, ' ') };
  return { kind: 'ok', gazetteer: gazetteer.data };
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
  const decoded = decode(bytes);
  return decoded.kind === 'ok' ? { kind: 'ok', text: decoded.text, bytes } : decoded;
}

function decode(bytes: Uint8Array): { kind: 'ok'; text: string } | { kind: 'error'; problem: string } {
  if (bytes.length === 0) return { kind: 'error', problem: 'the file is empty' };
  try {
    return { kind: 'ok', text: utf8.decode(bytes) };
  } catch {
    return { kind: 'error', problem: 'the file is not UTF-8 text' };
  }
}


