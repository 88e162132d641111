import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON, prepareDictionary } from '../../src/core/dictionary-data.js';
import { buildEngineData } from '../../src/core/engine-data.js';
import { parseDocument } from '../../src/core/document.js';
import { GazetteerSchema } from '../../src/core/gazetteer.js';
import { cacheFileFor, cacheKey, readEngineCache, writeEngineCache } from '../../src/corpus/engine-cache.js';
import { openEngine } from '../../src/corpus/open-engine.js';
import { answerJson, cityJson } from '../../src/render/json.js';
import { tempDirs } from '../support/temp-dirs.js';

const tempDir = tempDirs();

const KEY = 'a'.repeat(64);

function smallData() {
  const parsed = parseDocument('tiny', '标题\n　　湖州国家高新技术企业达到1611家。\n　　松江合同外资同比上升62.4%。');
  if (parsed.kind !== 'ok') throw new Error(parsed.problem);
  const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync('corpus/cities.json', 'utf8')));
  // An empty lexicon keeps the build instant; the cache does not care what the data says.
  return buildEngineData({ documents: [parsed.document], gazetteer, dictionary: prepareDictionary(EMPTY_LEXICON) });
}

async function savedCache(): Promise<string> {
  const file = join(tempDir('cache-'), 'engine.cache');
  await writeEngineCache(file, KEY, smallData());
  return file;
}

describe('cacheKey', () => {
  const files = [{ name: 'a.md', bytes: new TextEncoder().encode('正文') }];

  it.each([
    ['a changed byte', [{ name: 'a.md', bytes: new TextEncoder().encode('正闻') }], 'engine'],
    ['a renamed file', [{ name: 'b.md', bytes: files[0]!.bytes }], 'engine'],
    ['an added file', [...files, { name: 'cities.json', bytes: new Uint8Array([123, 125]) }], 'engine'],
    ['another engine', files, 'engine 2'],
  ])('changes with %s', (_what, other, fingerprint) => {
    expect(cacheKey(other, fingerprint)).not.toBe(cacheKey(files, 'engine'));
  });

  it('is the same for the same bytes', () => {
    expect(cacheKey(files, 'engine')).toBe(cacheKey([{ name: 'a.md', bytes: new TextEncoder().encode('正文') }], 'engine'));
  });
});

describe('readEngineCache', () => {
  it('reads back what was written', async () => {
    const read = await readEngineCache(await savedCache(), KEY);
    expect(read.kind).toBe('hit');
    if (read.kind === 'hit') expect(read.data).toEqual(smallData());
  });

  it('hands back typed arrays as views into the file it read, not copies of it', async () => {
    const read = await readEngineCache(await savedCache(), KEY);
    if (read.kind !== 'hit') throw new Error(read.detail);
    const { postings } = read.data.vocabulary;
    expect(postings.ids.buffer).toBe(postings.offsets.buffer);
    expect(postings.ids.buffer).toBe(read.data.passages.blockDoc.buffer);
  });

  it('reports a missing file as absent', async () => {
    const read = await readEngineCache(join(tmpdir(), 'no-such-folder', 'engine.cache'), KEY);
    expect(read).toEqual({ kind: 'miss', reason: 'absent', detail: 'no cache file yet' });
  });

  it.each([
    ['a cache built for another corpus', (bytes: Buffer) => bytes, 'stale', 'the corpus or the engine changed'],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length - 100), 'corrupt', 'truncated'],
    ['a flipped byte', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -10), Buffer.from([bytes.at(-10)! ^ 1]), bytes.subarray(-9)]), 'corrupt', 'checksum mismatch'],
    ['a file that is not a cache', (_bytes: Buffer) => Buffer.from('hello\nworld'), 'corrupt', 'not an engine cache file'],
    ['a mangled header', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace('"format":2', '"format":9'), 'latin1'), 'corrupt', 'unreadable header'],
  ] as const)('discards %s', async (what, damage, reason, detail) => {
    const file = await savedCache();
    writeFileSync(file, damage(readFileSync(file)));
    const key = what === 'a cache built for another corpus' ? 'b'.repeat(64) : KEY;
    const read = await readEngineCache(file, key);
    expect(read).toMatchObject({ kind: 'miss', reason });
    if (read.kind === 'miss') expect(read.detail).toContain(detail);
  });
});

describe('cacheFileFor', () => {
  it('gives each corpus folder and each engine its own file', () => {
    expect(cacheFileFor('.cache', 'corpus', 'a1')).not.toBe(cacheFileFor('.cache', 'other-corpus', 'a1'));
    expect(cacheFileFor('.cache', 'corpus', 'a1')).not.toBe(cacheFileFor('.cache', 'corpus', 'b2'));
    expect(cacheFileFor('.cache', 'corpus', 'a1')).toBe(cacheFileFor('.cache', './corpus/', 'a1'));
  });
});

describe('writeEngineCache', () => {
  it('makes the folders it needs', async () => {
    const file = join(tempDir('cache-'), 'a', 'b', 'engine.cache');
    await writeEngineCache(file, KEY, smallData());
    expect((await readEngineCache(file, KEY)).kind).toBe('hit');
  });

  // Node's recursive mkdir retries forever there; a start must fail to save instead of hanging.
  it.runIf(existsSync('/proc/self'))('fails, and returns, for a folder that cannot exist (/proc/…)', async () => {
    await expect(writeEngineCache('/proc/no-such-folder/engine.cache', KEY, smallData())).rejects.toThrow(/ENOENT/u);
  });

  it("keeps the two newest engines' caches of a corpus folder and deletes older ones", async () => {
    const dir = tempDir('cache-');
    const data = smallData();
    const names: string[] = [];
    for (const fingerprint of ['f1', 'f2', 'f3']) {
      const file = cacheFileFor(dir, 'corpus', fingerprint);
      await writeEngineCache(file, KEY, data);
      names.push(basename(file));
      // mtime has a resolution; a pause orders the three writes for certain.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const other = cacheFileFor(dir, 'other-corpus', 'f1');
    await writeEngineCache(other, KEY, data);
    expect(readdirSync(dir).sort()).toEqual([names[1], names[2], basename(other)].sort());
  });
});

describe('openEngine with a cache folder', { timeout: 120_000 }, () => {
  const QUESTIONS = ['九城市贸易进出口额是多少？', 'How many high-tech enterprises does Huzhou have?', '松将的合同外资', '今天天气怎么样'];

  it('builds once, then starts from the cache with the same answers', async () => {
    const cacheDir = tempDir('engine-cache-');
    const built = await openEngine('corpus', { cacheDir });
    const cached = await openEngine('corpus', { cacheDir });
    if (built.kind !== 'ok' || cached.kind !== 'ok') throw new Error('the corpus did not open');
    expect(built.origin).toMatchObject({ kind: 'built', why: 'no cache file yet', saveError: null });
    expect(cached.origin).toMatchObject({ kind: 'cache', file: expect.stringContaining(cacheDir) });
    expect(built.origin.kind === 'built' && built.origin.file).toBe(cached.origin.kind === 'cache' && cached.origin.file);
    for (const question of QUESTIONS) {
      expect(answerJson(cached.engine.ask(question))).toEqual(answerJson(built.engine.ask(question)));
    }
    expect(cityJson(cached.engine.city('湖州'))).toEqual(cityJson(built.engine.city('湖州')));
    expect(cached.engine.findFigures('外资')).toEqual(built.engine.findFigures('外资'));
  });

  it('rebuilds when a corpus file changes', async () => {
    const dir = tempDir('corpus-');
    for (const name of ['g60-corridor-2023.md', 'cities.json']) copyFileSync(join('corpus', name), join(dir, name));
    const cacheDir = tempDir('engine-cache-');
    await openEngine(dir, { cacheDir });
    writeFileSync(join(dir, 'note.md'), '---\ntitle: 补充\n---\n\n补充\n　　杭州新增算力中心3个。\n');
    const reopened = await openEngine(dir, { cacheDir });
    if (reopened.kind !== 'ok') throw new Error(reopened.message);
    expect(reopened.origin).toMatchObject({ kind: 'built', why: 'the corpus or the engine changed' });
    expect(reopened.engine.stats.documents.map((document) => document.id)).toContain('note');
  });

  it('still opens when the cache cannot be written', async () => {
    const blocker = join(tempDir('engine-cache-'), 'a-file');
    writeFileSync(blocker, '');
    const opened = await openEngine('corpus', { cacheDir: join(blocker, 'below') });
    expect(opened).toMatchObject({ kind: 'ok', origin: { kind: 'built', saveError: expect.any(String) } });
  });
});
