import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { shareFor, type DictionaryShare } from '../../src/core/dictionary-data.js';
import { loadDictionary, prepareDictionaryInBackground, type SharedDictionary } from '../../src/corpus/dictionary.js';

// A corpus of one sentence: the share links the English of the dictionary words it writes.
const TEXT = '湖州国家高新技术企业达到1611家，外贸进出口总额增长';
const inCorpus = (word: string) => TEXT.includes(word);

// Megabytes of typed arrays: compared by a digest of their serialization, not element by element.
const digest = (share: DictionaryShare) => createHash('sha256').update(serialize(share)).digest('hex');

async function shareOf(worker?: URL): Promise<SharedDictionary> {
  const { share } = await prepareDictionaryInBackground(worker).tell(inCorpus);
  return share;
}

describe('prepareDictionaryInBackground', { timeout: 120_000 }, () => {
  let onThisThread: string;
  beforeAll(() => {
    onThisThread = digest(shareFor(loadDictionary(), inCorpus));
  });

  it('makes on a worker thread the share this thread would make', async () => {
    const shared = await shareOf();
    expect(shared.thread).toBe('worker');
    expect(digest(shared.share)).toBe(onThisThread);
  });

  it('stops its worker when closed, and a share still asked for is made on this thread', async () => {
    const dictionary = prepareDictionaryInBackground();
    dictionary.close();
    const { share } = await dictionary.tell(inCorpus);
    const shared = await share;
    expect(shared).toMatchObject({ thread: 'main', why: expect.stringMatching(/stopped/u) });
    expect(digest(shared.share)).toBe(onThisThread);
  });

  it('makes the share on this thread, saying why, when the worker cannot start', async () => {
    const shared = await shareOf(new URL('./no-such-worker.ts', import.meta.url));
    expect(shared).toMatchObject({ thread: 'main', why: expect.stringMatching(/no-such-worker/u) });
    expect(digest(shared.share)).toBe(onThisThread);
  });
});
