import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, GAZETTEER_PATH } from '../../bench/generate-corpus.js';
import { chunkDocument } from '../../src/core/chunk.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { tempDirs } from '../support/temp-dirs.js';

const root = tempDirs()('generate-corpus-test-');

function generate(name: string, seed: number, articles = 3): string {
  const dir = join(root, name);
  generateCorpus({ articles, seed, dir });
  return dir;
}

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

const first = generate('first', 7);
const again = generate('again', 7);
const other = generate('other', 8);
const articles = Object.entries(filesOf(first)).filter(([name]) => name.endsWith('.md'));
const gazetteerCities = ['松江', '嘉兴', '杭州', '金华', '苏州', '湖州', '宣城', '芜湖', '合肥'];

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed', () => {
    expect(filesOf(again)).toEqual(filesOf(first));
  });

  it('writes other text for another seed', () => {
    expect(filesOf(other)['article-00001.md']).not.toBe(filesOf(first)['article-00001.md']);
  });

  it('writes the asked number of articles and a copy of the gazetteer', () => {
    expect(readdirSync(first).sort()).toEqual(['article-00001.md', 'article-00002.md', 'article-00003.md', 'cities.json']);
    expect(readFileSync(join(first, 'cities.json'), 'utf8')).toBe(readFileSync(GAZETTEER_PATH, 'utf8'));
  });

  it('writes a folder the corpus loader reads, front matter included', async () => {
    const loaded = await loadCorpus(first);
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    expect(loaded.corpus.documents).toHaveLength(3);
    for (const { meta } of loaded.corpus.documents) {
      expect(meta.title).toMatch(/^\p{Script=Han}{4,}$/u);
      expect(meta.date).toMatch(/^20(1[5-9]|2[0-5])-\d\d-\d\d$/u);
      expect(meta.author).toMatch(/^\p{Script=Han}{2,3}$/u);
    }
  });

  it.each(articles)('%s has about 3,000 characters in paragraphs of 100–300', async (name) => {
    const loaded = await loadCorpus(first);
    if (loaded.kind !== 'ok') throw new Error(loaded.problem);
    const document = loaded.corpus.documents.find(({ meta }) => `${meta.id}.md` === name);
    if (document === undefined) throw new Error(`${name} not loaded`);
    const paragraphs = chunkDocument(document.meta, document.body).filter((block) => block.kind === 'paragraph');
    const total = paragraphs.reduce((sum, block) => sum + block.text.length, 0);
    expect(total).toBeGreaterThanOrEqual(2_700);
    expect(total).toBeLessThan(3_700);
    for (const { text } of paragraphs) expect(text.length).toSatisfy((length: number) => length >= 100 && length <= 300);
  });

  it.each(articles)('%s has figures with units, years and gazetteer cities', (_name, text) => {
    expect(text).toMatch(/\d+(?:\.\d+)?(?:亿元|万元|万亿元|亿美元|万人|%|家|个|项)/u);
    expect(text).toMatch(/(?:19|20)\d\d年/u);
    expect(gazetteerCities.some((city) => text.includes(city))).toBe(true);
  });
});
