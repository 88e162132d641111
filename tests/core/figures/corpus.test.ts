import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chunkDocument } from '../../../src/core/chunk.js';
import { EMPTY_LEXICON, prepareDictionary } from '../../../src/core/dictionary-data.js';
import { createEngine } from '../../../src/core/engine-data.js';
import { parseDocument } from '../../../src/core/document.js';
import { extractBlockFigures, extractFigures } from '../../../src/core/figures/extract.js';
import { scoreCityLookups, scoreFigures } from '../../../src/eval/figures-score.js';
import { GoldCitiesSchema, GoldFiguresSchema, NotFiguresSchema } from '../../../src/eval/gold-schemas.js';
import { withTextPlaces } from '../../../src/core/places.js';
import { loadDictionaryPlaces } from '../../../src/corpus/dictionary.js';
import { gazetteer } from './gazetteer-fixture.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

// The floors reached when this test was written; a change that lowers one is a regression.
const FLOORS = { precision: 1, recall: 1, valueUnitApprox: 1, metric: 1, entity: 1 } as const;

describe('figures of the real corpus against eval/public', () => {
  const parsed = parseDocument('g60-corridor-2023', readFileSync(new URL('../../../corpus/g60-corridor-2023.md', import.meta.url), 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(parsed.problem);
  const blocks = chunkDocument(parsed.document.meta, parsed.document.body);
  const figures = extractBlockFigures(blocks, parsed.document.meta, gazetteer);
  const gold = GoldFiguresSchema.parse(read('eval/public/figures.json'));
  const score = scoreFigures(figures.flat(), gold, NotFiguresSchema.parse(read('eval/public/not_figures.json')));

  it.each(Object.entries(FLOORS))('keeps %s at or above %d', (name, floor) => {
    expect(score[name as keyof typeof FLOORS]).toBeGreaterThanOrEqual(floor);
  });

  it('gets all nine city lookups exact', () => {
    const cities = GoldCitiesSchema.parse(read('eval/public/cities.json')).cities;
    const engine = createEngine({ documents: [parsed.document], gazetteer, dictionary: prepareDictionary(EMPTY_LEXICON) });
    const results = scoreCityLookups(cities, (name) => engine.city(name), gold);
    expect(results.filter((result) => !result.exact)).toEqual([]);
  });

  it('aligns the figures with the blocks', () => {
    expect(figures).toHaveLength(blocks.length);
    blocks.forEach((block, i) => {
      for (const figure of figures[i] ?? []) expect(block.text).toContain(figure.sentence);
    });
  });
});

const FixtureSchema = z.object({ date: z.iso.date(), figures: GoldFiguresSchema, not_figures: NotFiguresSchema });

describe('figures of a second, hand-written article (tests/fixtures/figures)', () => {
  const text = readFileSync(new URL('../../fixtures/figures/ev-industry-2024.txt', import.meta.url), 'utf8');
  const fixture = FixtureSchema.parse(read('tests/fixtures/figures/ev-industry-2024.gold.json'));
  const score = scoreFigures(extractFigures({ text, date: fixture.date, gazetteer }), fixture.figures, fixture.not_figures);

  it.each(Object.entries(FLOORS))('keeps %s at or above %d', (name, floor) => {
    expect(score[name as keyof typeof FLOORS]).toBeGreaterThanOrEqual(floor);
  });
});

// Articles the extractor was not written for, with gold written blind to it (eval/*/figures.json):
// the floors reached when their gold arrived and the rules it exposed were fixed (places beyond the
// gazetteer raised entity on five and lowered it on the second: 上海港 is the gold's, read now as
// 上海). Read as the figures command reads a file: with the places it writes beyond the gazetteer
// (上海, 太湖, 青浦).
const dictionaryPlaces = loadDictionaryPlaces();
describe.each([
  { folder: 'eval/second', precision: 0.99, recall: 0.98, valueUnitApprox: 0.98, metric: 0.87, entity: 0.76 },
  { folder: 'eval/third', precision: 0.96, recall: 0.96, valueUnitApprox: 0.96, metric: 1, entity: 0.93 },
  { folder: 'eval/fourth', precision: 0.98, recall: 0.98, valueUnitApprox: 0.98, metric: 0.89, entity: 0.91 },
  { folder: 'eval/fifth', precision: 0.99, recall: 0.99, valueUnitApprox: 0.99, metric: 0.86, entity: 0.67 },
  { folder: 'eval/sixth', precision: 0.98, recall: 0.98, valueUnitApprox: 0.99, metric: 0.84, entity: 0.93 },
  { folder: 'eval/seventh', precision: 0.99, recall: 0.98, valueUnitApprox: 0.99, metric: 0.75, entity: 0.75 },
  { folder: 'eval/eighth', precision: 0.97, recall: 0.99, valueUnitApprox: 0.98, metric: 0.85, entity: 0.92 },
  { folder: 'eval/ninth', precision: 0.95, recall: 0.99, valueUnitApprox: 0.99, metric: 0.86, entity: 0.86 },
  { folder: 'eval/tenth', precision: 0.91, recall: 0.98, valueUnitApprox: 0.99, metric: 0.78, entity: 0.93 },
])('figures of $folder against its blind gold', ({ folder, ...floors }) => {
  const article = readdirSync(new URL(`../../../${folder}`, import.meta.url)).find((name) => name.endsWith('.md') && name !== 'README.md')!;
  const parsed = parseDocument(article.replace(/\.md$/u, ''), readFileSync(new URL(`../../../${folder}/${article}`, import.meta.url), 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(parsed.problem);
  const places = withTextPlaces(gazetteer, dictionaryPlaces, parsed.document.body);
  const extracted = extractBlockFigures(chunkDocument(parsed.document.meta, parsed.document.body), parsed.document.meta, places).flat();
  const score = scoreFigures(extracted, GoldFiguresSchema.parse(read(`${folder}/figures.json`)), NotFiguresSchema.parse(read(`${folder}/not_figures.json`)));

  it.each(Object.entries(floors))('keeps %s at or above %d', (name, floor) => {
    expect(score[name as keyof typeof floors]).toBeGreaterThanOrEqual(floor);
  });
});
