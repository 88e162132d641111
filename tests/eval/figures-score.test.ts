import { describe, expect, it } from 'vitest';
import { formatCityLookups, formatFigureScore, metricSimilarity, scoreCityLookup, scoreFigures } from '../../src/eval/figures-score.js';
import { GoldFigureSchema, type GoldCity } from '../../src/eval/gold-schemas.js';
import type { CityReport, Figure } from '../../src/core/types.js';

const sentence = '规上工业产值规模居上海第二位，贸易居上海第二位。';
function extracted(raw: string, start: number, overrides: Partial<Figure> = {}): Figure {
  return {
    raw, value: 2, unit: 'rank', counter: '位', approx: false, metric: '贸易排名', entity: '松江',
    sentence, span: { start, end: start + raw.length }, ...overrides,
  };
}
const gold = [
  GoldFigureSchema.parse({ id: 'f11', raw: '第二位', value: 2, unit: 'rank', approx: false, metric: '规上工业产值规模（在上海排名）', entity: '松江', sentence: '规上工业产值规模居上海第二位' }),
  GoldFigureSchema.parse({ id: 'f12', raw: '第二位', value: 2, unit: 'rank', approx: false, metric: '贸易（在上海排名）', entity: '松江', sentence: '贸易居上海第二位' }),
];

describe('scoreFigures', () => {
  it('matches the two 第二位 of one sentence to their own gold entries by span', () => {
    const score = scoreFigures([extracted('第二位', 19), extracted('第二位', 11)], gold, []);
    expect(score.matches.map((m) => [m.gold.id, m.extracted.span.start])).toEqual([['f11', 11], ['f12', 19]]);
  });

  it('counts an extraction inside a not_figures string as a false positive', () => {
    const g60 = extracted('60', 1, { sentence: 'G60科创走廊', value: 60, unit: 'count' });
    const score = scoreFigures([extracted('第二位', 11), g60], gold, [{ raw: 'G60', why: '', context: '' }]);
    expect(score).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(score.notFigureHits.map((hit) => hit.notFigure)).toEqual(['G60']);
  });

  it('does not count a match whose value disagrees for precision or recall', () => {
    const score = scoreFigures([extracted('第二位', 11, { value: 3 })], gold.slice(0, 1), []);
    expect(score).toMatchObject({ precision: 0, recall: 0, valueUnitApprox: 0 });
  });

  it('ignores optional gold figures for recall', () => {
    const optional = GoldFigureSchema.parse({ ...gold[1], optional: true });
    expect(scoreFigures([extracted('第二位', 11)], [gold[0] ?? optional, optional], []).recall).toBe(1);
  });

  it('formats the scores as a table', () => {
    expect(formatFigureScore(scoreFigures([extracted('第二位', 11)], gold.slice(0, 1), []))).toContain('precision            1.000');
  });
});

describe('metricSimilarity', () => {
  it.each([
    ['贸易进出口额', '贸易进出口额', 1],
    ['技术合同成交额', '技术合同成交额（与G60兄弟城市）', 1],
    ['年客流量', '高铁客运枢纽预计年客流量', 0.5],
    ['产值', '新型研发机构', 0],
  ])('scores %s against %s as %d', (label, goldLabel, value) => {
    expect(metricSimilarity(label, goldLabel)).toBeCloseTo(value, 5);
  });
});

describe('scoreCityLookup', () => {
  const city: GoldCity = {
    key: '松江', name_zh: '上海松江', pinyin: 'Songjiang', english: 'Songjiang', province: '上海市', aliases: ['松江区'],
    sub_areas: [], mentioned_by_name: true, has_city_specific_figure: true, figures_must: ['第二位'], figure_ids_must: ['f11'],
    figures_shared: [], figure_ids_shared: [], figures_related_not_required: [], mentions: [], facts_without_numbers: [], note: '',
  };
  const report = (figures: Figure[]): CityReport => ({
    city: { key: '松江', name: '上海松江', aliases: [] }, figures, shared: [], mentions: [], note: null,
  });

  it('is exact when every must figure is there and nothing else', () => {
    expect(scoreCityLookup(city, () => report([extracted('第二位', 11)]), gold).exact).toBe(true);
  });

  it('names the missing figure', () => {
    expect(scoreCityLookup(city, () => report([]), gold).problems).toEqual(['missing f11 第二位']);
  });

  it("flags another entity's figure", () => {
    const other = [{ ...gold[0], entity: '湖州' }, gold[1]].map((g) => GoldFigureSchema.parse(g));
    const result = scoreCityLookup({ ...city, figure_ids_must: [] }, () => report([extracted('第二位', 11)]), other);
    expect(result.problems).toEqual(['other entity\'s f11 第二位 (湖州)']);
  });

  it('requires the note for a city without a figure', () => {
    const none = { ...city, has_city_specific_figure: false, figure_ids_must: [] };
    expect(scoreCityLookup(none, () => report([]), gold).problems).toEqual(['note does not say there is no figure']);
    expect(formatCityLookups([scoreCityLookup(none, () => ({ ...report([]), note: '文章没有它的数字。' }), gold)])).toContain('1/1 exact');
  });
});
