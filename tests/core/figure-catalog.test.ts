import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFigureCatalog, figureColumns } from '../../src/core/figure-catalog.js';
import { normalize } from '../../src/core/normalize.js';
import { openPassageStore, packPassages } from '../../src/core/passage-store.js';
import type { Block, Figure } from '../../src/core/types.js';

const PLACES = ['湖州', '松江', '芜湖'] as const;
const METRICS = ['高新技术企业', '企业数', '贸易进出口额', '进出口', '外资', '合同外资', '', '研发投入'] as const;

const figure = (raw: string, metric: string, entity: string | null): Figure => ({
  raw,
  value: Number.parseFloat(raw),
  unit: 'count',
  counter: null,
  approx: false,
  metric: metric === '' ? null : metric,
  entity,
  sentence: `有${raw}。`,
  span: { start: 1, end: 1 + raw.length },
});

const catalogOf = (blocks: readonly (readonly Figure[])[]) => {
  const texts = blocks.map((figures) => figures.map((f) => f.sentence).join(''));
  const table = packPassages(
    texts.map((text, paragraph): Block => ({ doc: 'a', kind: 'paragraph', paragraph, section: null, text, sentences: [] })),
    blocks,
    blocks.map(() => []),
  );
  return createFigureCatalog(figureColumns(blocks), openPassageStore(table), texts.map(normalize));
};

/**
 * The ranking `closest` promises, read the plain way: every figure of the place (11 its own, 10
 * shared) and of the passages found, plus one for each distinct word of two or more characters its
 * label contains; highest first, then corpus order.
 */
function scanClosest(blocks: readonly (readonly Figure[])[], place: string | null, words: readonly string[], found: readonly number[], limit: number): Figure[] {
  const content = [...new Set(words)].filter((word) => word.length > 1);
  const scored: { figure: Figure; score: number; at: number }[] = [];
  let at = 0;
  blocks.forEach((figures, block) => {
    for (const f of figures) {
      at++;
      if (f.metric === null || f.entity === null) continue;
      const owners = f.entity.split('、');
      const ofPlace = place !== null && owners.includes(place);
      if (!ofPlace && !found.includes(block)) continue;
      const base = !ofPlace ? 0 : f.entity === place ? 11 : 10;
      const score = base + content.filter((word) => normalize(f.metric!).includes(word)).length;
      if (score > 0) scored.push({ figure: f, score, at });
    }
  });
  return scored
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, limit)
    .map(({ figure }) => figure);
}

const entityArb = fc.oneof(
  fc.constantFrom<string | null>(null, ...PLACES),
  fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 2, maxLength: 3 }).map((keys) => keys.join('、')),
);
const figureArb = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(...METRICS), entityArb).map(([n, metric, entity]) => figure(`${n}家`, metric, entity));
const blocksArb = fc.array(fc.array(figureArb, { maxLength: 6 }), { minLength: 1, maxLength: 30 });

describe('figure catalog: closest', () => {
  it('ranks as reading every figure would, through the place index', () => {
    fc.assert(
      fc.property(
        blocksArb,
        fc.constantFrom<string | null>(null, ...PLACES),
        fc.array(fc.constantFrom('企业', '进出口', '外资', '高新', '研发', '湖州', '额', '不在'), { maxLength: 5 }),
        fc.array(fc.nat(29), { maxLength: 4 }),
        fc.integer({ min: 1, max: 8 }),
        (blocks, place, words, found, limit) => {
          const inCorpus = found.filter((block) => block < blocks.length);
          // Asked twice: the second reads the place index the first made.
          const catalog = catalogOf(blocks);
          catalog.closest(place, words, inCorpus, limit);
          expect(catalog.closest(place, words, inCorpus, limit)).toEqual(scanClosest(blocks, place, words, inCorpus, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['the place’s own figure before one it shares', '湖州', [], [[figure('1家', '企业数', '湖州、松江'), figure('2家', '企业数', '湖州')]], ['2家', '1家']],
    ['a label holding the words asked before one that does not', '湖州', ['外资'], [[figure('1家', '企业数', '湖州'), figure('2家', '合同外资', '湖州')]], ['2家', '1家']],
    ['no figure without a label or an owner', '湖州', [], [[figure('1家', '', '湖州'), figure('2家', '企业数', null)]], []],
    ['a found passage’s figure only when its label holds a word', null, ['外资'], [[figure('1家', '企业数', '松江'), figure('2家', '合同外资', '松江')]], ['2家']],
  ])('puts %s', (_what, place, words, blocks, expected) => {
    expect(catalogOf(blocks).closest(place, words, [0], 5).map((f) => f.raw)).toEqual(expected);
  });
});
