/**
 * A city lookup: the city's own figures, the figures it shares with other cities (labelled as
 * shared by their entity, 松江、芜湖、湖州、宣城), the passages that name it or one of its districts,
 * and a plain note when the corpus gives no figure of its own or never names it. Any alias finds
 * the city (湖州市, 浙江省湖州市, Huzhou, hu zhou, 蕪湖); a place that is not one of the gazetteer's
 * cities gets `city: null` and a note listing the ones that are.
 */
import { resolveCity, type City, type Gazetteer } from './gazetteer.js';
import { findMentions, nameForms } from './figures/mentions.js';
import { foldWidth } from './figures/numerals.js';
import type { FigureCatalog } from './figure-catalog.js';
import type { PassageStore } from './passage-store.js';
import type { CityReport, Passage } from './types.js';

export type CityReportInput = {
  readonly gazetteer: Gazetteer;
  readonly passages: PassageStore;
  readonly figures: FigureCatalog;
};

/** Builds the report for the city a user names; see the module comment for what it holds. */
export function buildCityReport(name: string, input: CityReportInput): CityReport {
  const city = resolveCity(input.gazetteer, name);
  if (city === null) {
    const nine = input.gazetteer.cities.map((c) => c.key).join('、');
    return {
      city: null,
      figures: [],
      shared: [],
      mentions: [],
      note: `“${name.trim()}”不是本文报道的城市之一（${nine}）。Not one of the cities covered: ${input.gazetteer.cities.map((c) => c.pinyin).join(', ')}.`,
    };
  }
  const { own: figures, shared } = input.figures.ofPlace(city.key);
  const mentions = mentionPassages(city, input);
  return {
    city: { key: city.key, name: city.name, aliases: city.aliases },
    figures,
    shared,
    mentions,
    note: noteFor(city, figures.length, shared.length, mentions.length),
  };
}

function mentionPassages(city: City, input: CityReportInput): Passage[] {
  const forms = nameForms(input.gazetteer);
  const passages: Passage[] = [];
  // Only blocks known to name the city (or hold its figures) are read again for its mentions.
  input.passages.withPlace(city.key).forEach((index) => {
    const block = input.passages.block(index);
    const highlights = findMentions(foldWidth(block.text), forms)
      .filter((mention) => mention.kind === 'city' && mention.key === city.key)
      .map(({ start, end }) => ({ start, end }));
    if (highlights.length === 0) return;
    passages.push({
      doc: block.doc,
      paragraph: block.paragraph,
      section: block.section,
      kind: block.kind,
      text: block.text,
      score: 0,
      highlights,
      figures: input.passages.figures(index),
    });
  });
  return passages;
}

function noteFor(city: City, own: number, shared: number, mentions: number): string | null {
  if (mentions === 0 && own === 0 && shared === 0) {
    return `文章没有提到${city.name}，也没有它的数字。The article does not name ${city.english} and gives no figure for it.`;
  }
  if (own > 0) return null;
  if (shared > 0) {
    return `文章没有${city.name}自己的数字，只有与其他城市共有的数字。The article gives no figure of ${city.english}'s own, only figures shared with other cities.`;
  }
  return `文章提到${city.name}，但没有给出它的数字。The article names ${city.english} but gives no figure for it.`;
}
