import { resolveCity, type City, type Gazetteer } from './gazetteer.js';
import { findPeople } from './names.js';
import { memoize } from './memo.js';
import { normalize } from './normalize.js';

/**
 * Places beyond the gazetteer. corpus/cities.json holds the cities a corpus reports on, but news
 * text names many more (上海, 南京, 浙江省, 青浦, 太湖), and a figure of Shanghai's is not the
 * region's, nor is "Shanghai port" any port. CC-CEDICT describes China's provinces, cities,
 * counties and districts and its lakes in a few fixed shapes ("Ningbo, sub-provincial city in
 * Zhejiang Province 浙江省", "Anji, a county in Huzhou City 湖州市", "see 南京市"), so the places a
 * corpus writes can be told from other words without a list of our own.
 */

export type PlaceLevel = 'province' | 'city' | 'county' | 'lake';

/** One place of the dictionary, under its short name (上海 for 上海市, 安吉 for 安吉县). */
export type DictionaryPlace = {
  readonly name: string;
  /** The short name and every full name the dictionary gives it (上海, 上海市). */
  readonly forms: readonly string[];
  readonly level: PlaceLevel;
  /** Its name in pinyin, as English writes it (Shanghai, Maanshan). */
  readonly latin: string;
  /** The places its description names it in (湖州市 for 安吉县; Shanghai for 青浦), Han or Latin. */
  readonly within: readonly string[];
  /** Whether the name is also a common word or a surname (大同: Great Harmony; 中卫: center-back). */
  readonly ambiguous: boolean;
};

// 簡體 简体 [Pin1 yin1] /gloss/gloss/
const LINE = /^\S+ (\p{Script=Han}{2,8}) \[([^\]]*)\] \/(.*)\/\s*$/u;
const NAME = String.raw`[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*`;
const LEVELS: readonly (readonly [PlaceLevel, RegExp])[] = [
  ['province', new RegExp(`^${NAME} (?:Province|Autonomous Region)\\b|^${NAME},? (?:a )?(?:municipality|special administrative region)\\b`, 'u')],
  ['city', new RegExp(`^${NAME},? (?:a )?(?:sub-?provincial|prefecture-level) city\\b`, 'u')],
  ['county', new RegExp(`^${NAME},? (?:a )?(?:county-level city|county|(?:suburban |urban )?district)\\b`, 'u')],
  ['lake', new RegExp(`^(?:Lake [A-Z][\\w'-]*|${NAME} Lake)\\b`, 'u')],
];
const SEE = /^see (?:\p{Script=Han}+\|)?(\p{Script=Han}+)\[/u;
// A gloss that reads as a common word: "the East", "(sports) center-back", "surname Ning".
const COMMON_GLOSS = /^(?!see )[a-z(]/u;
// A lake named like a county (太湖, 巢湖) is the lake: news writes the county with its suffix.
const RANK: Record<PlaceLevel, number> = { province: 4, city: 3, lake: 2, county: 1 };

/** The places of a CC-CEDICT text. */
export function parseDictionaryPlaces(cedict: string): DictionaryPlace[] {
  type Entry = { readonly pinyin: string; readonly glosses: readonly string[] };
  const entries = new Map<string, Entry[]>();
  const lines = cedict.split('\n');
  for (const line of lines) {
    // Most lines are neither places nor pointers to one: skip them before the full match.
    if (!/see |Province|[Rr]egion|municipality|city|county|district|Lake/u.test(line)) continue;
    const match = LINE.exec(line);
    if (match === null) continue;
    const [, word, pinyin, glosses] = match as unknown as [string, string, string, string];
    const list = entries.get(word) ?? [];
    list.push({ pinyin, glosses: glosses.split('/') });
    entries.set(word, list);
  }
  const own = new Map<string, { level: PlaceLevel; pinyin: string; within: string[] }>();
  for (const [word, list] of entries) {
    for (const { pinyin, glosses } of list) {
      for (const gloss of glosses) {
        const level = LEVELS.find(([, pattern]) => pattern.test(gloss))?.[0];
        if (level === undefined || !/^[A-Z]/u.test(pinyin)) continue;
        const known = own.get(word);
        if (known === undefined || RANK[level] > RANK[known.level]) own.set(word, { level, pinyin, within: placesNamedIn(gloss) });
      }
    }
  }
  // Names that are also common words, from every line of theirs: most lines of a 大同 or a 中卫
  // have no place word and did not pass the filter above.
  const named = new Set([...own.keys()].flatMap((word) => [word, shortName(word)]));
  const common = new Set<string>();
  for (const line of lines) {
    const start = line.indexOf(' ') + 1;
    const word = line.slice(start, line.indexOf(' ', start));
    if (!named.has(word)) continue;
    const match = LINE.exec(line);
    if (match !== null && match[3]!.split('/').some((gloss) => COMMON_GLOSS.test(gloss))) common.add(word);
  }
  const places = new Map<string, DictionaryPlace>();
  const add = (name: string, full: string, found: { level: PlaceLevel; pinyin: string; within: string[] }) => {
    const ambiguous = common.has(name);
    const known = places.get(name);
    if (known !== undefined && RANK[known.level] >= RANK[found.level]) {
      if (!known.forms.includes(full)) places.set(name, { ...known, forms: [...known.forms, full] });
      return;
    }
    const forms = [...new Set([name, full, ...(known?.forms ?? [])])];
    places.set(name, { name, forms, level: found.level, latin: latinOf(found.pinyin, name), within: found.within, ambiguous });
  };
  for (const [word, found] of own) add(shortName(word), word, found);
  // 南京: "see 南京市", the short name the news writes.
  for (const [word, list] of entries) {
    for (const { glosses } of list) {
      for (const gloss of glosses) {
        const target = SEE.exec(gloss)?.[1];
        const found = target === undefined ? undefined : own.get(target);
        if (found !== undefined && target!.startsWith(word) && target !== word) add(word, target!, found);
      }
    }
  }
  return [...places.values()];
}

/** 上海市 → 上海, 安吉县 → 安吉; a name the suffix is most of stays whole (沛县). */
function shortName(word: string): string {
  const short = word.replace(/(?:市|县|区|省|自治区|自治县|特别行政区)$/u, '');
  return [...short].length >= 2 ? short : word;
}

/** The pinyin of a name's own syllables, as English writes it: 宁夏 of 宁夏回族自治区 is Ningxia. */
function latinOf(pinyin: string, name: string): string {
  const syllables = pinyin.split(' ').slice(0, [...name].length);
  return syllables.map((syllable) => syllable.replace(/\d$/u, '').replace(/u:/gu, 'ü').toLowerCase()).join('');
}

/** The Han names (simplified: 無錫|无锡 → 无锡) and capitalised words after in/of/near a gloss holds. */
function placesNamedIn(gloss: string): string[] {
  const han = [...gloss.matchAll(/(?:\p{Script=Han}+\|)?(\p{Script=Han}+)\[/gu)].map((match) => match[1]!);
  const latin = [...gloss.matchAll(/\b(?:in|of|near) ([A-Z][a-z']+)/gu)].map((match) => match[1]!.toLowerCase());
  return [...han, ...latin];
}

/**
 * The dictionary's places a corpus writes that its gazetteer does not hold, as gazetteer cities
 * to read text with. `writesAnywhere` says whether the corpus writes a string; `people` are the
 * names the corpus quotes (芜湖市委书记宁波 is a person). A name is taken when the corpus writes
 * it with its suffix (南京市, 长丰县) or right after the place it lies in (江苏南京, 上海青浦,
 * 宁夏中卫); a province (上海, 浙江) also alone, and a city or a lake (无锡, 太湖) alone where the
 * corpus writes the place it lies in, unless the name is a common word too. A county's name
 * alone is too often a piece of other words in a newsroom's worth of text (新华 in 新华社, 城中 in
 * 城中村). A county of a gazetteer city is read as that city (长丰 → 合肥), as its districts are;
 * another keeps its own name (青浦).
 */
export function corpusPlaces(
  dictionary: readonly DictionaryPlace[],
  gazetteer: Gazetteer,
  writesAnywhere: (text: string) => boolean,
  people: ReadonlySet<string>,
): City[] {
  // A province is asked after once for each of its cities.
  const writes = memoize(writesAnywhere, Number.POSITIVE_INFINITY);
  const byLatin = new Map(dictionary.map((place) => [place.latin, place.name]));
  // 宁夏回族自治区 → 宁夏: the name a place is written by before another.
  const byForm = new Map(dictionary.flatMap((place) => place.forms.map((form) => [form, place.name] as const)));
  const places: City[] = [];
  for (const place of dictionary) {
    const written = place.forms.filter(writes);
    if (written.length === 0 || people.has(place.name)) continue;
    if (place.forms.some((form) => resolveCity(gazetteer, form) !== null || isGroupForm(gazetteer, form))) continue;
    const inside = place.within.map((name) => byLatin.get(name) ?? byForm.get(name) ?? name);
    const parent = place.level === 'county' ? inside.map((name) => resolveCity(gazetteer, name)).find((city) => city !== null) : undefined;
    // As the corpus would write them: a Latin name the dictionary has no place for is no help.
    const within = inside.filter(isHanName);
    const suffixed = written.some((form) => form !== place.name);
    // 江苏南京, 上海青浦, 合肥长丰: the place it lies in, written right before it.
    const parents = [...within, ...(parent === undefined ? [] : [parent.key, ...parent.aliases].filter(isHanName))];
    const afterParent = () => parents.some((name) => writes(`${name}${place.name}`) || writes(`${shortName(name)}${place.name}`));
    const alone = () => place.level === 'province' || ((place.level === 'city' || place.level === 'lake') && within.some(writes));
    const takes = suffixed || (!place.ambiguous && alone()) || afterParent();
    if (!takes) continue;
    const key = parent?.key ?? place.name;
    places.push({ key, name: place.name, province: '', pinyin: place.latin, english: place.latin, aliases: written.filter((form) => form !== key), subAreas: [] });
  }
  // 鞍山 is written only inside 马鞍山, as far as `writes` can tell: the longer name is the place.
  const formsOf = (place: City) => [place.name, ...place.aliases];
  const forms = places.flatMap(formsOf);
  return places.filter((place) => !formsOf(place).every((own) => forms.some((form) => form !== own && form.includes(own) && !formsOf(place).includes(form))));
}

/**
 * The gazetteer with other places (corpusPlaces'): what figures are attributed with. Not for city
 * lookups, which stay the gazetteer's.
 */
export function withPlaces(gazetteer: Gazetteer, places: readonly City[]): Gazetteer {
  return { ...gazetteer, cities: [...gazetteer.cities, ...places] };
}

/** The gazetteer with the places one text writes (a file given to the figures command), beside its people. */
export function withTextPlaces(gazetteer: Gazetteer, dictionary: readonly DictionaryPlace[], text: string): Gazetteer {
  const normalized = normalize(text);
  const people = new Set(findPeople(normalized).map((person) => person.name));
  return withPlaces(gazetteer, corpusPlaces(dictionary, gazetteer, (form) => normalized.includes(form), people));
}

function isHanName(name: string): boolean {
  return /^\p{Script=Han}+$/u.test(name);
}

function isGroupForm(gazetteer: Gazetteer, form: string): boolean {
  return gazetteer.groups.some((group) => group.key === form || group.aliases.includes(form));
}
