import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deserializer, Serializer } from 'node:v8';
import { z } from 'zod';
import type { EngineData } from '../core/engine-data.js';
import type { CorpusFile } from './files.js';

/**
 * The prebuilt engine on disk: everything `buildEngineData` derives from a corpus, saved so that
 * a start with an unchanged corpus rebuilds nothing. A cache file belongs to one corpus folder and
 * says which corpus bytes and which engine code it was built from; a file that does not match, or
 * that is truncated or corrupt (its payload's SHA-256 disagrees), is discarded, never trusted.
 *
 * Layout: a header line `g60-engine-cache <json>`, padded to `HEADER_BYTES`; then every typed array
 * of the data (the index's and the vocabulary's postings: most of a large corpus's bytes), each at
 * an offset aligned to 8; then the rest of the data in Node's structured-clone format, which keeps
 * maps and reads back several times faster than JSON. The arrays' region is read into a buffer
 * that the typed arrays of the data read back are views into: deserializing copied every posting,
 * and at 10,000 articles the file and its copy were 1.5 GB at once. The payload is all after the
 * header.
 */

const MAGIC = 'g60-engine-cache ';
const HEADER_BYTES = 512;
const ALIGN = 8;
// The one buffer the structured-clone part refers to for every typed array: the whole file.
const FILE_BUFFER_ID = 0;
const HeaderSchema = z.object({
  format: z.literal(2),
  key: z.string().regex(/^[0-9a-f]{64}$/u),
  /** Bytes of the typed arrays' region, which starts right after the header. */
  arrayBytes: z.number().int().nonnegative(),
  payloadBytes: z.number().int().nonnegative(),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/u),
});
type Header = z.infer<typeof HeaderSchema>;

/** The top level of a payload; deeper checks would cost a start what the hash already proves. */
const PayloadSchema = z.looseObject({
  documents: z.array(z.unknown()),
  gazetteer: z.looseObject({ cities: z.array(z.unknown()) }),
  passages: z.looseObject({ texts: z.array(z.unknown()), blockDoc: z.instanceof(Uint32Array) }),
  normalized: z.array(z.unknown()),
  figureColumns: z.looseObject({ block: z.instanceof(Uint32Array) }),
  index: z.looseObject({ kind: z.enum(['minisearch', 'packed']) }),
  vocabulary: z.looseObject({ postings: z.looseObject({ ids: z.instanceof(Uint32Array) }) }),
});

export type CacheRead =
  | { readonly kind: 'hit'; readonly data: EngineData }
  | { readonly kind: 'miss'; readonly reason: 'absent' | 'stale' | 'corrupt'; readonly detail: string };

/**
 * Where a corpus folder's cache lives inside the cache folder, for one engine: a file per corpus
 * folder and engine fingerprint, so that the built code (dist/) and the sources run by tsx, whose
 * fingerprints differ, do not overwrite each other's cache at every alternate start.
 */
export function cacheFileFor(cacheDir: string, corpusDir: string, fingerprint: string): string {
  return join(cacheDir, `${corpusPrefix(corpusDir)}${fingerprint.slice(0, 12)}.cache`);
}

function corpusPrefix(corpusDir: string): string {
  return `engine-${createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16)}-`;
}

/** How many engines' caches of one corpus folder are kept; older ones are deleted when a new one is saved. */
const KEPT_PER_CORPUS = 2;

/**
 * The key a cache file must carry: a hash of the engine's code and data packages (its
 * fingerprint) and of every corpus file's name and bytes.
 */
export function cacheKey(files: readonly CorpusFile[], fingerprint: string): string {
  const hash = createHash('sha256').update(fingerprint);
  for (const { name, bytes } of files) hash.update(`\0${name}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

export async function readEngineCache(file: string, key: string): Promise<CacheRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return { kind: 'miss', reason: 'absent', detail: 'no cache file yet' };
  }
  try {
    return await readOpenCache(handle, key);
  } catch {
    return { kind: 'miss', reason: 'corrupt', detail: 'unreadable file' };
  } finally {
    await handle.close();
  }
}

/**
 * Reads the typed arrays' region into a buffer of its own, which the data read back keeps (its
 * arrays are views into it), and the rest into one dropped once deserialized: held together for
 * the life of the process, they were 400 MB more at 10,000 articles.
 */
async function readOpenCache(handle: FileHandle, key: string): Promise<CacheRead> {
  const size = (await handle.stat()).size;
  const head = Buffer.alloc(Math.min(HEADER_BYTES, size));
  await readFully(handle, head, 0);
  const newline = head.indexOf(0x0a);
  if (newline < 0 || !head.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) {
    return { kind: 'miss', reason: 'corrupt', detail: 'not an engine cache file' };
  }
  let header: Header;
  try {
    header = HeaderSchema.parse(JSON.parse(head.subarray(MAGIC.length, newline).toString('utf8')));
  } catch {
    return { kind: 'miss', reason: 'corrupt', detail: 'unreadable header' };
  }
  if (header.key !== key) return { kind: 'miss', reason: 'stale', detail: 'the corpus or the engine changed' };
  const payloadBytes = Math.max(0, size - HEADER_BYTES);
  if (payloadBytes !== header.payloadBytes || header.arrayBytes > payloadBytes) {
    return { kind: 'miss', reason: 'corrupt', detail: `truncated (${payloadBytes} of ${header.payloadBytes} bytes)` };
  }
  // Views are made at offsets from the file's start, so the arrays' buffer begins with the header.
  const arrays = new ArrayBuffer(HEADER_BYTES + header.arrayBytes);
  await readFully(handle, new Uint8Array(arrays), 0);
  const rest = Buffer.allocUnsafe(header.payloadBytes - header.arrayBytes);
  await readFully(handle, rest, HEADER_BYTES + header.arrayBytes);
  if (sha256(new Uint8Array(arrays, HEADER_BYTES), rest) !== header.payloadSha256) return { kind: 'miss', reason: 'corrupt', detail: 'checksum mismatch' };
  try {
    const deserializer = new Deserializer(rest);
    deserializer.readHeader();
    deserializer.transferArrayBuffer(FILE_BUFFER_ID, arrays);
    const data: unknown = deserializer.readValue();
    if (!PayloadSchema.safeParse(data).success) return { kind: 'miss', reason: 'corrupt', detail: 'unexpected payload' };
    return { kind: 'hit', data: data as EngineData };
  } catch {
    return { kind: 'miss', reason: 'corrupt', detail: 'unreadable payload' };
  }
}

/** Fills `into` from the file at `position`; a read may return fewer bytes than asked. */
async function readFully(handle: FileHandle, into: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < into.length; ) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error('unexpected end of file');
    done += bytesRead;
  }
}

/**
 * Saves engine data for `key`, atomically: written beside the target and renamed over it, so a
 * crash or a second process never leaves a half-written cache where a reader would look.
 */
export async function writeEngineCache(file: string, key: string, data: EngineData): Promise<void> {
  const { arrays, rest } = layOut(data);
  const payloadSha256 = sha256(arrays.subarray(HEADER_BYTES), rest);
  const arrayBytes = arrays.length - HEADER_BYTES;
  const header: Header = { format: 2, key, arrayBytes, payloadBytes: arrayBytes + rest.length, payloadSha256 };
  const line = `${MAGIC}${JSON.stringify(header)}`;
  if (line.length >= HEADER_BYTES) throw new Error('engine cache header too long');
  arrays.set(Buffer.from(`${line.padEnd(HEADER_BYTES - 1)}\n`, 'latin1'), 0);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await makeFolder(dirname(file));
  try {
    // The two parts one after the other, not joined first: at 10,000 articles a joined copy was 700 MB more.
    await writeFile(temporary, [arrays, rest]);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  await pruneOlderCaches(file);
}

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/**
 * The file in two parts: the header's room and every typed array of `data` copied to an aligned
 * offset after it, then the data in structured-clone format with those arrays as views there.
 */
function layOut(data: EngineData): { arrays: Uint8Array; rest: Buffer } {
  const found: TypedArray[] = [];
  collectTypedArrays(data, found, new Set());
  const offsets = new Map<TypedArray, number>();
  let end = HEADER_BYTES;
  for (const array of found) {
    if (offsets.has(array)) continue;
    offsets.set(array, end);
    end += Math.ceil(array.byteLength / ALIGN) * ALIGN;
  }
  const serializer = new Serializer();
  serializer.writeHeader();
  const region = new ArrayBuffer(end);
  serializer.transferArrayBuffer(FILE_BUFFER_ID, region);
  const moved = new Map<TypedArray, TypedArray>();
  for (const [array, offset] of offsets) {
    const view = new (array.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => TypedArray)(region, offset, array.length);
    view.set(array as never);
    moved.set(array, view);
  }
  serializer.writeValue(replaceTypedArrays(data, moved));
  return { arrays: new Uint8Array(region), rest: serializer.releaseBuffer() };
}

function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** Every typed array inside plain objects, arrays and maps. */
function collectTypedArrays(value: unknown, into: TypedArray[], seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isTypedArray(value)) into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectTypedArrays(item, into, seen);
  else if (value instanceof Map) for (const [k, v] of value) collectTypedArrays(k, into, seen), collectTypedArrays(v, into, seen);
  else for (const item of Object.values(value)) collectTypedArrays(item, into, seen);
}

/** A copy of `value` with each typed array replaced by its view in the file; the rest shared. */
function replaceTypedArrays(value: unknown, moved: ReadonlyMap<TypedArray, TypedArray>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isTypedArray(value)) return moved.get(value) ?? value;
  if (Array.isArray(value)) return value.some((item) => typeof item === 'object' && item !== null) ? value.map((item) => replaceTypedArrays(item, moved)) : value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [replaceTypedArrays(k, moved), replaceTypedArrays(v, moved)]));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTypedArrays(v, moved)]));
}

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir never returns for a folder that
 * cannot exist under an existing parent (ENOENT from /proc/x, seen on Node 20): it retries forever.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    await makeFolder(dirname(dir));
    // The parent exists now; a second ENOENT means this folder cannot be made there.
    await mkdir(dir).catch((again: unknown) => {
      if (!(again instanceof Error && 'code' in again && again.code === 'EEXIST')) throw again;
    });
  }
}

/** Deletes all but the newest few cache files that share `file`'s corpus folder (its name's prefix). */
async function pruneOlderCaches(file: string): Promise<void> {
  const dir = dirname(file);
  const prefix = basename(file).slice(0, basename(file).lastIndexOf('-') + 1);
  const siblings = (await readdir(dir)).filter((name) => name.startsWith(prefix) && name.endsWith('.cache'));
  const dated = await Promise.all(siblings.map(async (name) => ({ name, modified: (await stat(join(dir, name))).mtimeMs })));
  dated.sort((a, b) => b.modified - a.modified || a.name.localeCompare(b.name));
  await Promise.all(dated.slice(KEPT_PER_CORPUS).map(({ name }) => rm(join(dir, name), { force: true })));
}

/** The SHA-256 of parts read or written one after the other. */
function sha256(...parts: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

const require = createRequire(import.meta.url);
// Packages whose code or data end up in the cache: a new version must rebuild it.
const DATA_PACKAGES = ['minisearch', 'hanzi', 'pinyin-pro', 'opencc-js', 'stemmer'];

let fingerprint: Promise<string> | undefined;

/**
 * What the cache must be rebuilt for besides the corpus: the engine's own code (every file of
 * src/core, or of dist's core when built) and the versions of the packages it builds with. Hashing
 * the code itself, rather than a version number someone must remember to bump, means no change
 * to the engine can ever be served a cache built by its predecessor.
 */
export function engineFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256');
    const core = fileURLToPath(new URL('../core/', import.meta.url));
    const files = (await readdir(core, { recursive: true, withFileTypes: true }))
      // A source map changes only with the code beside it.
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    // Read together: one by one, the waits between reads were a sixth of a cached start.
    const contents = await Promise.all(files.map((file) => readFile(file)));
    files.forEach((file, i) => hash.update(`\0${file.slice(core.length)}\0`).update(contents[i]!));
    for (const name of DATA_PACKAGES) hash.update(`\0${name}@${packageVersion(name)}`);
    return hash.digest('hex');
  })();
  return fingerprint;
}

/** A dependency's version, from the package.json of the folder its entry point resolves into. */
function packageVersion(name: string): string {
  const entry = fileURLToPath(import.meta.resolve(name));
  const folder = `${sep}node_modules${sep}${name}${sep}`;
  const at = entry.lastIndexOf(folder);
  if (at < 0) return 'unknown';
  const pkg: unknown = require(entry.slice(0, at + folder.length) + 'package.json');
  return z.object({ version: z.string() }).parse(pkg).version;
}
