import { describe, expect, it } from 'vitest';
import { openPassageStore, packPassages } from '../../src/core/passage-store.js';
import type { Block, Figure } from '../../src/core/types.js';

const TEXT = '湖州国家高新技术企业达到1611家。松江合同外资同比上升62.4%。';

const block: Block = { doc: 'article', kind: 'paragraph', paragraph: 2, section: '建设跨区域创新体系', text: TEXT, sentences: [] };

const figure = (raw: string, sentence: string): Figure => ({
  raw,
  value: Number.parseFloat(raw),
  unit: 'count',
  counter: null,
  approx: false,
  metric: '企业数',
  entity: '湖州',
  sentence,
  span: { start: sentence.indexOf(raw), end: sentence.indexOf(raw) + raw.length },
});

describe('passage store', () => {
  it.each([
    ['a sentence of the block', [figure('1611家', '湖州国家高新技术企业达到1611家。'), figure('62.4%', '松江合同外资同比上升62.4%。')]],
    ['a sentence the block does not hold', [figure('3家', '另一段话里有3家。')]],
  ])('gives back the figures it was given, each with %s', (_what, figures) => {
    const store = openPassageStore(packPassages([block], [figures], [['湖州']]));
    expect(store.figures(0)).toEqual(figures);
  });

  it('keeps a sentence of the block as where it is, not as text', () => {
    const table = packPassages([block], [[figure('1611家', '湖州国家高新技术企业达到1611家。')]], [[]]);
    expect(table.figures[0]).not.toContain('湖州国家高新技术企业');
  });

  it('reads a block back from its columns', () => {
    const store = openPassageStore(packPassages([block], [[]], [['湖州', '松江']]));
    expect(store.block(0)).toMatchObject({ doc: 'article', kind: 'paragraph', paragraph: 2, section: '建设跨区域创新体系', text: TEXT });
    expect([...store.places(0)]).toEqual(['湖州', '松江']);
    expect(store.withPlace('松江')).toEqual([0]);
    expect(store.figures(0)).toEqual([]);
  });
});
