import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON, prepareDictionary } from '../../src/core/dictionary-data.js';
import { createEngine } from '../../src/core/engine-data.js';
import type { DocumentMeta } from '../../src/core/types.js';
import { gazetteer } from './figures/gazetteer-fixture.js';

const meta: DocumentMeta = { id: 'news', title: '长三角观察', subtitle: null, author: null, date: '2024-10-20' };
const body = [
  '长三角观察',
  '　　今年以来，湖州新增国家高新技术企业120家，南浔新建园区3个。',
  '　　其中，10余个项目已先后在松江、宣城落地。',
  '　　江苏省苏州市市长吴某说，要加快推动公共服务发展。',
].join('\n');
// The report as the engine builds it; an empty lexicon is enough for city lookups.
const engine = createEngine({ documents: [{ meta, body }], gazetteer, dictionary: prepareDictionary(EMPTY_LEXICON) });
const buildCityReport = (name: string) => engine.city(name);

describe('a city report', () => {
  it.each(['湖州', '湖州市', '浙江省湖州市', 'Huzhou', 'huzhou', 'hu zhou', '南浔'])('finds 湖州 by %s', (name) => {
    expect(buildCityReport(name).city?.key).toBe('湖州');
  });

  it('finds 芜湖 by its Traditional form 蕪湖', () => {
    expect(buildCityReport('蕪湖').city?.key).toBe('芜湖');
  });

  it("lists a city's own figures, its districts' included", () => {
    expect(buildCityReport('湖州').figures.map((f) => f.raw)).toEqual(['120家', '3个']);
  });

  it('lists a figure shared by a list of cities as shared, not as its own', () => {
    const report = buildCityReport('宣城');
    expect(report.figures).toEqual([]);
    expect(report.shared.map((f) => [f.raw, f.entity])).toEqual([['10余个', '松江、宣城']]);
  });

  it('gives the passages naming the city, with the name highlighted', () => {
    const [passage] = buildCityReport('湖州').mentions;
    expect(passage).toMatchObject({ paragraph: 2, kind: 'paragraph', score: 0 });
    expect(passage?.highlights.map((h) => passage.text.slice(h.start, h.end))).toEqual(['湖州', '南浔']);
    expect(passage?.figures.map((f) => f.raw)).toEqual(['120家', '3个']);
  });

  it.each([
    ['湖州', null],
    ['苏州', '文章提到苏州，但没有给出它的数字。The article names Suzhou but gives no figure for it.'],
    ['嘉兴', '文章没有提到嘉兴，也没有它的数字。The article does not name Jiaxing and gives no figure for it.'],
  ])('notes for %s: %s', (name, note) => {
    expect(buildCityReport(name).note).toBe(note);
  });

  it('answers an unknown place with no city and a note listing the nine', () => {
    const report = buildCityReport('宁波');
    expect(report.city).toBeNull();
    expect(report.note).toContain('松江、嘉兴、杭州、金华、苏州、湖州、宣城、芜湖、合肥');
  });
});
