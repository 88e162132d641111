import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { tempDirs } from '../support/temp-dirs.js';

const tempDir = tempDirs();

function corpusWith(name: string, content: string | Uint8Array): string {
  const dir = tempDir('corpus-');
  copyFileSync('corpus/cities.json', join(dir, 'cities.json'));
  writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadCorpus', () => {
  it('reads the shipped article with its front matter', async () => {
    const loaded = await loadCorpus('corpus');
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    expect(loaded.corpus.documents[0]?.meta).toEqual({
      id: 'g60-corridor-2023',
      title: '共建共享区域高质量发展机遇',
      subtitle: '长三角G60科创走廊观察',
      author: '谢卫群',
      date: '2023-11-08',
    });
  });

  it('takes title, subtitle and author from a plain text without front matter', async () => {
    const dir = corpusWith('plain.txt', '标题一行\n——副标题\n　　正文第一段。\n　　本报记者张三采写');
    const loaded = await loadCorpus(dir);
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    expect(loaded.corpus.documents[0]?.meta).toMatchObject({ title: '标题一行', subtitle: '副标题', author: '张三', date: null });
  });

  it.each([
    ['an empty file', 'empty.md', '', 'the file is empty'],
    ['a file that is not UTF-8', 'latin1.txt', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xff]), 'not UTF-8'],
    ['unterminated front matter', 'open.md', '---\ntitle: x\n正文。', 'never ends'],
    ['a bad date in front matter', 'date.md', '---\ndate: yesterday\n---\n正文。', 'bad front matter'],
    ['an unknown front matter field', 'field.md', '---\ntitel: x\n---\n正文。', 'bad front matter'],
  ])('stops on %s, naming the file and the problem', async (_what, name, content, problem) => {
    const dir = corpusWith(name, content);
    const loaded = await loadCorpus(dir);
    expect(loaded.kind).toBe('error');
    if (loaded.kind === 'error') {
      expect(loaded.file).toBe(join(dir, name));
      expect(loaded.problem).toContain(problem);
    }
  });

  it('answers a folder of articles without its own cities.json with the shipped gazetteer', async () => {
    const dir = tempDir('corpus-');
    writeFileSync(join(dir, 'plain.txt'), '标题一行\n　　湖州的正文第一段。');
    const loaded = await loadCorpus(dir);
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    expect(loaded.corpus.gazetteer.cities.map((city) => city.key)).toContain('湖州');
  });

  it('uses a folder’s own cities.json over the shipped one', async () => {
    const dir = corpusWith('plain.txt', '标题一行\n　　正文第一段。');
    writeFileSync(join(dir, 'cities.json'), JSON.stringify({ groups: [], cities: [] }));
    const loaded = await loadCorpus(dir);
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    expect(loaded.corpus.gazetteer.cities).toEqual([]);
  });
});
