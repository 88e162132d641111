import { stemmer } from 'stemmer';
import { MIN_TYPO_LENGTH, oneTypoApart } from './edit-distance.js';
import { memoize } from './memo.js';
import type { DictionaryEntry } from './lexicon.js';
import { compareCodeUnits, indexOfKey, keyAt, keysOf, packStringMap, packStrings, tableSize, valueOf, type StringMap, type StringTable } from './string-table.js';

/**
 * English questions carried over to the corpus's Chinese through the dictionary's English senses,
 * restricted to words the corpus actually uses: "registered capital" → 注册资本, "trade" → 贸易,
 * "high-tech" → 高新技术. Built once per corpus; looking a question up is a few map reads.
 */

export type EnglishTranslation = {
  /** The English the user wrote for this concept: "registered capital". */
  readonly source: string;
  /** Corpus words that render it, strongest first, each with a strength in (0, 1]. */
  readonly forms: readonly { readonly text: string; readonly strength: number }[];
  /**
   * How much the English says, in (0, 1]: a word found in few dictionary senses ("aerospace",
   * "rail") says more than one found in hundreds ("open", "make").
   */
  readonly specificity: number;
};

/** A corpus word that renders an English stem, and the dictionary's own English words it came from. */
export type EnglishRendering = {
  readonly text: string;
  /** The strongest of its surfaces' strengths. */
  readonly strength: number;
  /**
   * The sense words with this stem, each with the strength of its link ("confer" 1 and
   * "conference" 0.36 for 会商), to tell "conference" from "confer".
   */
  readonly surfaces: readonly (readonly [word: string, strength: number])[];
};

/** What the lexicon's tables are read through: a Map, or a packed table read back from a cache file. */
export type Lookup<V> = { get(key: string): V | undefined; keys(): Iterable<string> };

export type EnglishLexicon = {
  readonly phrases: Lookup<readonly string[]>;
  readonly words: Lookup<readonly EnglishRendering[]>;
  /**
   * Stem → in how many dictionary entries' senses it appears (all entries, not only the corpus's),
   * for the stems in `words`.
   */
  readonly senseFrequency: Lookup<number>;
  readonly entryCount: number;
  /**
   * Every stem of every dictionary sense, rendered in the corpus or not: a word the dictionary
   * knows is not a typo ("robots" is not "roots"), even when the corpus has nothing to render it.
   */
  readonly known: StringTable;
};

// Greetings and thanks among them (hi, thanks): a message of nothing else is small talk (./validate.ts).
const STOPWORDS = new Set(
  `a an the of in on at to for by with from about into onto over under than then so such as and or but nor
  is are was were be been being am do does did doing done have has had having will would shall should can could
  may might must what whats which who whom whose when where why how many much this that these those it its it's
  they them their theirs there here he him his she her hers we us our you your i me my mine
  each any some all other another more most very just also too only not no yes up out off again
  tell please say said says saying give gave show let know get got make made
  suggest suggested propose proposed recommend recommended think thought believe believed argue argued stress stressed
  article story report text news piece paper mention mentioned according far so-far yet ever still
  available currently
  name names named called
  hi hello hey thanks thank thx`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

// Irregular past forms the Porter stemmer leaves alone; questions ask "when was it held".
const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  held: 'hold', did: 'do', grew: 'grow', grown: 'grow', rose: 'rise', risen: 'rise', made: 'make', built: 'build',
  brought: 'bring', began: 'begin', begun: 'begin', took: 'take', taken: 'take', gave: 'give', given: 'give',
  met: 'meet', wrote: 'write', written: 'write', said: 'say', found: 'find', won: 'win', led: 'lead', sold: 'sell',
  bought: 'buy', spent: 'spend', went: 'go', gone: 'go', came: 'come', became: 'become', set: 'set', put: 'put',
  fell: 'fall', fallen: 'fall', saw: 'see', seen: 'see', told: 'tell', thought: 'think', drew: 'draw', drawn: 'draw',
  spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', ran: 'run',
  knew: 'know', known: 'know', shown: 'show', paid: 'pay', kept: 'keep', sent: 'send', meant: 'mean',
  felt: 'feel', dealt: 'deal', stood: 'stand', understood: 'understand', broke: 'break', broken: 'break', struck: 'strike',
  sought: 'seek', taught: 'teach', caught: 'catch', hung: 'hang', lent: 'lend', sped: 'speed', flew: 'fly', flown: 'fly',
  undertook: 'undertake', undertaken: 'undertake', overtook: 'overtake', forecast: 'forecast',
};
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { children: 'child', people: 'people', men: 'man', women: 'woman' };
const IRREGULAR: Readonly<Record<string, string>> = { ...IRREGULAR_VERBS, ...IRREGULAR_PLURALS };

/**
 * A word written as a verb's past form (attended, signed, held): where the noun phrase of "how many
 * people attended…" ends. Nouns ending in -eed (seed, speed) are not.
 */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  return Object.hasOwn(IRREGULAR_VERBS, lower) || (lower.length > 4 && /[^e]ed$/u.test(lower));
}

// Building the English lexicon stems the words of 300,000 dictionary senses, most of them many
// times over; remembering each word's stem makes that several times faster. Bounded, because a
// bot also stems every question it is asked.
const STEM_MEMO_LIMIT = 100_000;

/** Porter stems, applied alike to questions and dictionary senses so that both meet. */
export const stem: (word: string) => string = memoize((word: string) => {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  // hasOwn: "constructor" or "toString" in a question must not reach Object.prototype.
  return stemmer(Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower]! : lower);
}, STEM_MEMO_LIMIT);

// Abbreviations a dictionary spells out, written out before lookup.
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\br\s*&\s*d\b/giu, 'research and development'],
  [/\byrd\b/giu, 'yangtze river delta'],
  [/\bgdp\b/giu, 'gdp gross domestic product'],
  [/\bsci-?tech\b/giu, 'science and technology'],
  [/\bhi-?tech\b/giu, 'high tech'],
  // tech alone (tech contracts, tech firms), not inside hi-tech or sci-tech, which mean more.
  [/(?<!\b(?:hi|high|sci)[\s-]?)\btech\b/giu, 'technology'],
  [/\bs&t\b/giu, 'science and technology'],
  // A clipping the dictionary does not list; before CIIE, whose dictionary phrase keeps "expo".
  [/\bexpos?\b/giu, 'exposition'],
  [/\bciie\b/giu, 'china international import expo'],
  [/\bnevs?\b/giu, 'new energy vehicle'],
  [/\bevs?\b/giu, 'electric vehicle'],
  [/\bauto(?:motive)?\b/giu, 'automobile'],
  [/\bsmes?\b/giu, 'small and medium enterprise'],
  [/\bsoes?\b/giu, 'state-owned enterprise'],
  [/\bfdi\b/giu, 'foreign direct investment'],
  [/\bai\b/giu, 'artificial intelligence'],
  [/\by-?o-?y\b/giu, 'year on year'],
  [/\beu\b/giu, 'european union'],
  [/\bno\.\s*(\d)/giu, 'number $1'],
  // What people type in a chat.
  [/\bb\s*&\s*bs?\b/giu, 'guesthouse'],
  [/\bppl\b/giu, 'people'],
  // "right now" is now, not the right hand (右).
  [/\bright now\b/giu, 'now'],
  [/\bgovt\b/giu, 'government'],
  [/\bintl\b/giu, 'international'],
  [/\bmln\b/giu, 'million'],
  [/\bbn\b/giu, 'billion'],
  [/\byrs?\b/giu, 'year'],
  [/\bavg\b/giu, 'average'],
  [/\bdept\b/giu, 'department'],
  [/\buni\b/giu, 'university'],
];

// "What share / percentage / proportion" asks for a quantity; the noun is not a subject.
const QUANTITY_NOUNS = /\b(?:what|which|how large a|how big a)\s+(?:share|percentage|proportion|portion|fraction|part)\s+(?:of\s+)?/giu;

// Only the -ise verbs that are -ize in American spelling; enterprise and exercise stay.
const BRITISH_IZE =
  /\b(util|organ|real|recogn|special|modern|industrial|capital|optim|maxim|minim|subsid|priorit|commercial|urban|international|standard|digital|local|central|global|mobil|author|categor|character|emphas|summar|visual|final|stabil|harmon|synchron|symbol|legal|normal|neutral|civil|memor|apolog|critic|privat|revital|hospital|rational|decentral|liberal|marginal|institutional|mechan|digit|fertil|steril|monet|incentiv|energ|computer|custom|personal|vapor|fossil|human|carbon|mineral|national|fratern|colon|american|western)is(e|ed|es|ing|ation|ations)\b/giu;

// Other British spellings the dictionary writes the American way (licence → license, centre → center).
const BRITISH_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\blicen[cs]e(s|d)?\b/giu, 'license$1'],
  [/\b(cent|met|kilomet|lit|fib|theat)re(s)?\b/giu, '$1er$2'],
  [/\bprogramme(s)?\b/giu, 'program$1'],
  [/\b(col|lab|harb|neighb|fav|hon|beha|vig|rum)our(s|ed|ing|able)?\b/giu, '$1or$2'],
  [/\bdefence\b/giu, 'defense'],
  [/\b(anal|paral|catal)y[sz]e(s|d)?\b/giu, '$1yze$2'],
  [/\bcatalogue(s)?\b/giu, 'catalog$1'],
  [/\btravell(ed|ing|er|ers)\b/giu, 'travel$1'],
];

// "Across provinces" is what Chinese writes 跨省, as it does "cross-province" (see crossForms);
// "across the city" is throughout it (全市), so only the plural.
const ACROSS = /\bacross\s+(provinces|regions|borders|cities)\b/giu;
const ACROSS_SINGULAR: Readonly<Record<string, string>> = { provinces: 'province', regions: 'region', borders: 'border', cities: 'city' };

/** Expands abbreviations and drops question phrases before an English question is looked up. */
export function prepareEnglish(text: string): string {
  // British spellings (utilise, organisation) to the dictionary's American ones.
  let prepared = text
    .replace(QUANTITY_NOUNS, ' ')
    .replace(BRITISH_IZE, '$1iz$2')
    .replace(ACROSS, (_, crossed: string) => `cross-${ACROSS_SINGULAR[crossed.toLowerCase()] ?? crossed}`);
  for (const [pattern, american] of BRITISH_SPELLINGS) prepared = prepared.replace(pattern, american);
  for (const [pattern, expansion] of ABBREVIATIONS) prepared = prepared.replace(pattern, expansion);
  return prepared;
}

/** The words of English text, lower case, a possessive's 's dropped (Wuhu's → wuhu). */
export function englishWords(text: string): string[] {
  // A loop, not matchAll and map: every build reads the 200,000 senses of the dictionary with it.
  const words: string[] = [];
  const pattern = new RegExp(ENGLISH_WORD);
  const lower = text.toLowerCase();
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
    const word = match[0];
    words.push(POSSESSIVE.test(word) ? word.slice(0, -2) : word);
  }
  return words;
}

const ENGLISH_WORD = /[a-z][a-z0-9]*(?:['’-][a-z0-9]+)*/gu;
const POSSESSIVE = /['’]s$/u;

export function isEnglishStopword(word: string): boolean {
  return STOPWORDS.has(word) || STOPWORDS.has(stem(word));
}

/** A sense's words as its key is made of them: no parenthesis, no leading "to", no articles. */
function senseWords(sense: string): string[] {
  const words: string[] = [];
  for (const word of englishWords(sense.replace(PARENTHESIS, ' '))) {
    if (word.includes('-')) words.push(...word.split('-'));
    else words.push(word);
  }
  let start = 0;
  while (words.length - start > 1 && SENSE_OPENERS.has(words[start]!)) start++;
  const kept: string[] = [];
  for (let i = start; i < words.length; i++) if (!ARTICLES.has(words[i]!)) kept.push(words[i]!);
  return kept;
}

const PARENTHESIS = /\([^)]*\)/gu;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const SENSE_OPENERS: ReadonlySet<string> = new Set(['to', ...ARTICLES]);

/**
 * In how many dictionary entries' senses each stem appears, and how many entries there are: the
 * same for every corpus, so a build can count it before it has read the corpus (see
 * `senseFrequency`).
 */
export type SenseStemCounts = { readonly counts: ReadonlyMap<string, number>; readonly entryCount: number };

export function countSenseStems(entries: readonly DictionaryEntry[]): SenseStemCounts {
  const counts = new Map<string, number>();
  let entryCount = 0;
  for (const entry of entries) {
    entryCount++;
    const stems = new Set<string>();
    for (const sense of entry.senses) for (const surface of senseWords(sense)) stems.add(stem(surface));
    for (const word of stems) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return { counts, entryCount };
}

/**
 * Builds the English side of the corpus vocabulary from dictionary entries whose Chinese occurs
 * in the corpus (`inCorpus`). A sense that is exactly one word makes a strong link from that word;
 * a word inside a longer sense makes a weak one. `stems` are the entries' own counts, when a build
 * has them already.
 */
export function buildEnglishLexicon(
  entries: readonly DictionaryEntry[],
  inCorpus: (word: string) => boolean,
  stems: SenseStemCounts = countSenseStems(entries),
): EnglishLexicon {
  const phrases = new Map<string, Set<string>>();
  const words = new Map<string, Map<string, Map<string, number>>>();
  const link = (surface: string, text: string, strength: number) => {
    const key = stem(surface);
    const forms = words.get(key) ?? new Map<string, Map<string, number>>();
    const surfaces = forms.get(text) ?? new Map<string, number>();
    surfaces.set(surface, Math.max(surfaces.get(surface) ?? 0, strength));
    forms.set(text, surfaces);
    words.set(key, forms);
  };
  for (const entry of entries) {
    if (!inCorpus(entry.simplified)) continue;
    entry.senses.forEach((sense, position) => {
      const surfaces = senseWords(sense);
      const key = surfaces.map(stem).join(' ');
      if (key === '') return;
      // Earlier senses are the main ones; later ones are rarer or figurative.
      const rank = position === 0 ? 1 : 0.85;
      if (surfaces.length === 1) {
        link(surfaces[0]!, entry.simplified, rank);
        return;
      }
      const set = phrases.get(key) ?? new Set<string>();
      set.add(entry.simplified);
      phrases.set(key, set);
      const content = surfaces.filter((part) => !isEnglishStopword(part));
      // A word in a short sense ("pilot scheme") still says something about the entry.
      if (content.length <= 3) {
        // English noun phrases end in their head ("computer chip" is a chip): it says more than a modifier.
        content.forEach((part, at) => {
          const head = at === content.length - 1 && !sense.startsWith('to ');
          link(part, entry.simplified, head ? 0.6 * rank : (0.6 * rank) / Math.sqrt(content.length));
        });
      }
    });
  }
  return {
    // Only a word with renderings is ever weighed; the rest would cost every start a 35,000-entry map.
    senseFrequency: new Map([...stems.counts].filter(([word]) => words.has(word))),
    entryCount: stems.entryCount,
    known: packStrings(stems.counts.keys()),
    phrases: new Map([...phrases].map(([key, set]) => [key, [...set].sort()])),
    words: new Map(
      [...words].map(([word, forms]) => [
        word,
        [...forms]
          .map(([text, surfaces]) => ({
            text,
            strength: Math.max(...surfaces.values()),
            surfaces: [...surfaces].sort(([a], [b]) => compareCodeUnits(a, b)),
          }))
          .sort((a, b) => b.strength - a.strength || b.text.length - a.text.length || a.text.localeCompare(b.text)),
      ]),
    ),
  };
}

/**
 * The lexicon as a cache file holds it: packed tables read by binary search, each entry parsed
 * from its JSON when first asked for. Parsed whole on first use, as before, a thousand articles'
 * lexicon cost the first question that needed it 120 ms, and 200 ms at ten thousand.
 */
export type EnglishData = {
  readonly phrases: StringMap;
  readonly words: StringMap;
  readonly senseStems: StringTable;
  readonly senseCounts: Uint32Array;
  readonly entryCount: number;
  readonly known: StringTable;
};

/** The lexicon for a cache file; `englishFromData` reads it back. */
export function englishToData(lexicon: EnglishLexicon): EnglishData {
  const senseStems = packStrings(lexicon.senseFrequency.keys());
  return {
    phrases: packStringMap(new Map([...lexicon.phrases.keys()].map((key) => [key, JSON.stringify(lexicon.phrases.get(key))]))),
    words: packStringMap(new Map([...lexicon.words.keys()].map((key) => [key, JSON.stringify(lexicon.words.get(key)!.map(packRendering))]))),
    senseStems,
    senseCounts: Uint32Array.from({ length: tableSize(senseStems) }, (_, i) => lexicon.senseFrequency.get(keyAt(senseStems, i))!),
    entryCount: lexicon.entryCount,
    known: lexicon.known,
  };
}

export function englishFromData(data: EnglishData): EnglishLexicon {
  return {
    phrases: packedLookup(data.phrases, (json) => JSON.parse(json) as string[]),
    words: packedLookup(data.words, (json) => (JSON.parse(json) as PackedRendering[]).map(unpackRendering)),
    senseFrequency: {
      get: (key) => {
        const index = indexOfKey(data.senseStems, key);
        return index < 0 ? undefined : data.senseCounts[index];
      },
      keys: () => keysOf(data.senseStems),
    },
    entryCount: data.entryCount,
    known: data.known,
  };
}

/** A packed map whose values are parsed when first asked for, and remembered. */
function packedLookup<V>(map: StringMap, parse: (json: string) => V): Lookup<V> {
  const parsed = new Map<string, V>();
  return {
    get: (key) => {
      const known = parsed.get(key);
      if (known !== undefined) return known;
      const json = valueOf(map, key);
      if (json === undefined) return undefined;
      const value = parse(json);
      parsed.set(key, value);
      return value;
    },
    keys: () => keysOf(map.keys),
  };
}

/**
 * A rendering as the cache file writes it, a tuple rather than an object; its surfaces as one word
 * when, as for 98% of renderings, one word at the rendering's own strength is all there is. Written
 * out in full, the surfaces doubled the lexicon's JSON (4 → 8 MB at 1,000 articles).
 */
type PackedRendering = readonly [text: string, strength: number, surfaces: string | EnglishRendering['surfaces']];

function packRendering({ text, strength, surfaces }: EnglishRendering): PackedRendering {
  const [only] = surfaces;
  return surfaces.length === 1 && only![1] === strength ? [text, strength, only![0]] : [text, strength, surfaces];
}

function unpackRendering([text, strength, surfaces]: PackedRendering): EnglishRendering {
  return { text, strength, surfaces: typeof surfaces === 'string' ? [[surfaces, strength]] : surfaces };
}

/** Inverse sense frequency, scaled so that the rarest words get 1 and the commonest about 0.3. */
function specificity(word: string, lexicon: EnglishLexicon): number {
  const count = lexicon.senseFrequency.get(word) ?? 1;
  const idf = Math.log(lexicon.entryCount / count);
  const max = Math.log(lexicon.entryCount);
  return Math.min(1, Math.max(0.3, idf / (max * 0.75)));
}

// A single character matches inside unrelated words (台 in 平台 for "station"), so it counts less.
const SINGLE_CHARACTER = 0.5;
// Beyond this many renderings a word is too vague to help ("make", "do" are stopwords already).
const MAX_FORMS = 6;
// A rendering weaker than this share of a word's best is dropped. A word inside a two-word sense
// ("to settle a bill": 0.42) must survive a later one-word sense of another entry ("to settle":
// 0.85), since the phrase is often the sense the question means.
const KEEP_SHARE = 0.4;
const MAX_PHRASE = 4;

// A rendering whose sense writes the word only through the stem (confer for conference).
const DERIVED = 0.6;

/**
 * Whether two English words are one word inflected (city, cities; produce, produced; plan,
 * planned; hold, held) or a verb and the noun of its action (inspect, inspection; invest,
 * investment), not merely two words of one stem (confer, conference; internal, international).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [baseForm(a), baseForm(b)];
  return x === y || ACTION_NOUN.some((suffix) => x + suffix === y || y + suffix === x);
}

const ACTION_NOUN = ['ion', 'tion', 'ation', 'ment'];

// Remembered: every dictionary sense a question's new word is read through compares its words here.
const baseForm: (word: string) => string = memoize((word: string) => {
  const lower = word.toLowerCase();
  // hasOwn, as in `stem`: "constructor" must not reach Object.prototype.
  if (Object.hasOwn(IRREGULAR, lower)) return IRREGULAR[lower]!.replace(/e$/u, '');
  let base = lower.replace(/(?<=\w{2})ie[sd]$/u, 'y');
  if (base === lower) base = lower.replace(/(?<=(?:ss|x|z|ch|sh))es$/u, '');
  if (base === lower) base = lower.replace(/(?<=\w{2}[^su])s$/u, '');
  if (base === lower) {
    base = lower.replace(/(?<=\w{2})(?:ing|ed)$/u, '');
    // The consonant doubled before the ending (planned, running).
    if (base !== lower) base = base.replace(/([^aeiou])\1$/u, '$1');
  }
  return base.replace(/e$/u, '');
}, STEM_MEMO_LIMIT);

// Suffixes that make an adverb, a noun or a plural of a word without changing what it is about;
// the Porter stemmer keeps some of them (settlement, directly) when the rest of the word is short.
const DERIVATIONS: readonly (readonly [suffix: string, base: string])[] = [
  ['ily', 'y'],
  ['ly', ''],
  ['ment', ''],
  ['ness', ''],
  // A plural the stemmer parts from its singular (buses: buse, bus: bu).
  ['es', ''],
];

/** The stem with renderings of the word a derived word is made from, if any (directly → direct). */
function renderedBase(token: string, lexicon: EnglishLexicon): string | null {
  const singular = token.replace(/(?<=ment|ness)s$/u, '');
  for (const [suffix, base] of DERIVATIONS) {
    if (!singular.endsWith(suffix) || singular.length - suffix.length < 3) continue;
    const key = stem(singular.slice(0, -suffix.length) + base);
    if (key !== stem(token) && (lexicon.words.get(key) ?? []).some((form) => form.text.length > 1)) return key;
  }
  return null;
}

// A rendering reached through a corrected typo is a little less certain than one typed right.
const TYPO_STRENGTH = 0.8;
const stemsByLength = new WeakMap<EnglishLexicon, Map<number, string[]>>();

/**
 * The stem with renderings that a word the dictionary does not know is one typo from, if exactly
 * one is: "mayer" → mayor, "enterprizes" → enterpris. Names are matched apart (query.ts), and a
 * word that is a name wins over its correction there.
 */
function knownStemOneTypoFrom(token: string, lexicon: EnglishLexicon): string | null {
  if (token.length < MIN_TYPO_LENGTH || !/^[a-z]+$/u.test(token)) return null;
  if (indexOfKey(lexicon.known, stem(token)) >= 0) return null;
  let byLength = stemsByLength.get(lexicon);
  if (byLength === undefined) {
    byLength = new Map();
    for (const key of lexicon.words.keys()) {
      if (key.length < MIN_TYPO_LENGTH - 1) continue;
      const list = byLength.get(key.length);
      if (list) list.push(key);
      else byLength.set(key.length, [key]);
    }
    stemsByLength.set(lexicon, byLength);
  }
  const typed = stem(token);
  const candidates = [typed.length - 1, typed.length, typed.length + 1].flatMap((length) => byLength.get(length) ?? []);
  const matches = candidates.filter((key) => oneTypoApart(key, typed));
  return matches.length === 1 ? matches[0]! : null;
}

/** Corpus strings that write one Chinese text, a character or two, then another (see `findJoins`). */
export type JoinFinder = (left: string, right: string) => readonly string[];

// How many renderings of each side are tried when joining two neighbours.
const JOIN_FORMS = 3;

type Unit = EnglishTranslation & {
  /** Token positions the unit covers, end exclusive, for finding neighbours. */
  readonly start: number;
  readonly end: number;
  /** Renderings to try in a compound, single characters included ("port" → 港 in 上海港). */
  readonly joinable: readonly string[];
};

/**
 * Translates the content words of an English question, longest dictionary phrase first, then word
 * by word. Words with no rendering come back in `unmatched` for the caller to try as names. With
 * `join`, neighbouring words also render as the corpus compound that writes them together
 * ("new energy" + "vehicle" → 新能源汽车), which the dictionary does not list.
 */
export function translateEnglish(
  text: string,
  lexicon: EnglishLexicon,
  join?: JoinFinder,
): { translations: EnglishTranslation[]; unmatched: string[] } {
  return translate(prepareEnglish(text), lexicon, { join, typos: true });
}

/**
 * Translates a dictionary sense ("foreign trade") into the corpus's words, for the synonyms of a
 * word the corpus does not write. A sense is not a question: it has no question phrases,
 * abbreviations or British spellings to rewrite, and no typos (a word of it the lexicon lacks is
 * not one typo from a word it has: kitten is not kitchen). Rewriting each sense as a question was
 * a third of the cost of a question's first unknown word.
 */
export function translateSense(sense: string, lexicon: EnglishLexicon): EnglishTranslation[] {
  return translate(sense, lexicon, { join: undefined, typos: false }).translations;
}

function translate(
  text: string,
  lexicon: EnglishLexicon,
  { join, typos }: { readonly join: JoinFinder | undefined; readonly typos: boolean },
): { translations: EnglishTranslation[]; unmatched: string[] } {
  const tokens = englishWords(text).filter((word) => word.length > 1).flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]));
  const used = new Array<boolean>(tokens.length).fill(false);
  const units: Unit[] = [];
  for (let size = MAX_PHRASE; size >= 2; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      if (used.slice(i, i + size).some(Boolean)) continue;
      const window = tokens.slice(i, i + size);
      // A dictionary phrase may end in a word that alone says nothing ("white paper", "set up"),
      // but not begin with one ("the same").
      if (isEnglishStopword(window[0]!)) continue;
      const forms = phraseForms(window.map(stem), lexicon);
      if (!forms) continue;
      units.push({
        source: window.join(' '),
        forms: forms.map((form) => ({ text: form, strength: 1 })),
        specificity: 1,
        start: i,
        end: i + size,
        joinable: forms.slice(0, JOIN_FORMS),
      });
      for (let j = i; j < i + size; j++) used[j] = true;
    }
  }
  const unmatched: string[] = [];
  tokens.forEach((token, i) => {
    if (used[i] || isEnglishStopword(token)) return;
    if (token.includes('-') && units.some((t) => t.source === token)) return;
    const crossing = join === undefined ? [] : crossForms(token, lexicon, join);
    if (crossing.length > 0) {
      units.push({ source: token, forms: crossing, specificity: 1, start: i, end: i + 1, joinable: crossing.map((form) => form.text) });
      // Its parts (cross, province) follow it in the tokens and are read with it.
      token.split('-').forEach((_, part) => (used[i + 1 + part] = true));
      return;
    }
    const known = (lexicon.words.get(stem(token)) ?? []).map((form) => ({
      text: form.text,
      // The stemmer also joins words of other meanings (conference and confer, international and
      // internal): a sense written with another word of the stem is a weaker link.
      strength: Math.max(...form.surfaces.map(([surface, strength]) => (sameWord(surface, token) ? strength : strength * DERIVED))),
    }));
    // A word the dictionary does not know may be a typo of one it does (mayer → mayor); one it
    // knows only loosely may be derived from one the corpus renders better (directly: 直通 by a
    // phrase's sense, direct: 直接; settlement → settle).
    const base = renderedBase(token, lexicon);
    const derived = base === null ? [] : lexicon.words.get(base)!.map((form) => ({ text: form.text, strength: form.strength * DERIVED }));
    const ownBest = Math.max(0, ...known.filter((form) => form.text.length > 1).map((form) => form.strength));
    const baseOf = derived.some((form) => form.text.length > 1 && form.strength > ownBest) ? base : null;
    const typoOf = typos && known.length === 0 && baseOf === null ? knownStemOneTypoFrom(token, lexicon) : null;
    const forms =
      baseOf !== null
        ? [...known, ...derived]
        : typoOf === null
          ? known
          : lexicon.words.get(typoOf)!.map((form) => ({ text: form.text, strength: form.strength * TYPO_STRENGTH }));
    if (forms.length === 0) {
      if (!token.includes('-')) unmatched.push(token);
      return;
    }
    // A single character renders too many senses; use one only when no word renders it as well
    // (vehicle: 车 beats 装车 "to load a vehicle").
    const words = forms.filter((form) => form.text.length > 1);
    const wordBest = Math.max(0, ...words.map((form) => form.strength));
    const allCharacters = forms.filter((form) => form.text.length === 1).map((form) => ({ ...form, strength: form.strength * SINGLE_CHARACTER }));
    const characters = allCharacters.filter((form) => form.strength > wordBest);
    const usable = [...characters, ...words].sort((a, b) => b.strength - a.strength);
    const best = usable[0]!.strength;
    const kept = usable.filter((form) => form.strength >= best * KEEP_SHARE).slice(0, MAX_FORMS);
    units.push({
      source: token,
      forms: kept,
      specificity: specificity(stem(token), lexicon),
      start: i,
      end: i + 1,
      joinable: [...new Set([...kept.slice(0, JOIN_FORMS), ...allCharacters.slice(0, 2)].map((form) => form.text))],
    });
  });
  units.sort((a, b) => a.start - b.start);
  const translations = join === undefined ? units : joinNeighbours(units, join);
  return { translations: translations.map(({ source, forms, specificity }) => ({ source, forms, specificity })), unmatched };
}

/**
 * Chinese writes "cross-" as 跨 before the thing crossed, cut to its first character as often as
 * not: cross-province 跨省, cross-border 跨境, cross-regional 跨区域, cross-city 跨城. The corpus
 * strings that write 跨 right before a rendering of the second word, or its first character.
 */
function crossForms(token: string, lexicon: EnglishLexicon, join: JoinFinder): { text: string; strength: number }[] {
  const crossed = /^cross-([a-z]+)$/u.exec(token)?.[1];
  if (crossed === undefined) return [];
  const renderings = lexicon.words.get(stem(crossed)) ?? [];
  const texts = renderings.flatMap((form) => [`跨${form.text}`, `跨${form.text.charAt(0)}`]);
  const written = [...new Set(texts)].filter((text) => join('跨', text.slice(1)).includes(text));
  // 跨区 says nothing 跨区域 does not.
  return written.filter((text) => !written.some((other) => other !== text && other.startsWith(text))).map((text) => ({ text, strength: 1 }));
}

// The dictionary calls 副市长 a deputy mayor, 副主席 a vice-chairperson, 副部长 an assistant
// minister; a question may use any of the three for any office.
const DEPUTY_TITLES = ['vice', 'deputi', 'assist'];

function phraseForms(stems: readonly string[], lexicon: EnglishLexicon): readonly string[] | undefined {
  const found = lexicon.phrases.get(stems.join(' '));
  if (found !== undefined || !DEPUTY_TITLES.includes(stems[0]!)) return found;
  for (const title of DEPUTY_TITLES) {
    const other = lexicon.phrases.get([title, ...stems.slice(1)].join(' '));
    if (other !== undefined) return other;
  }
  return undefined;
}

/**
 * Gives each pair of neighbouring units the corpus compound that writes them in English order, as
 * their strongest rendering; each keeps its own renderings too, for passages that write the two
 * apart. "Shanghai port" → 上海港 for both words, where "port" alone renders as 接口.
 */
function joinNeighbours(units: readonly Unit[], join: JoinFinder): Unit[] {
  const joined = units.map((unit) => ({ ...unit, forms: [...unit.forms], joinable: [...unit.joinable] }));
  for (let k = 0; k + 1 < joined.length; k++) {
    const left = joined[k]!;
    const right = joined[k + 1]!;
    if (left.end !== right.start) continue;
    const compound = bestJoin(left.joinable, right.joinable, join);
    if (compound === null) continue;
    for (const unit of [left, right]) {
      unit.forms = [{ text: compound, strength: 1 }, ...unit.forms.filter((form) => form.text !== compound)];
      // A longer compound can grow from this one: 新能源汽车 + 产量 → 新能源汽车产量.
      unit.joinable = [compound, ...unit.joinable.filter((text) => text !== compound)];
    }
  }
  return joined;
}

function bestJoin(lefts: readonly string[], rights: readonly string[], join: JoinFinder): string | null {
  // A lone character on the left matches inside too many words (车 + 产量 → 车产量 of 汽车产量).
  for (const left of lefts.filter((text) => text.length > 1)) {
    for (const right of rights) {
      if (!HAN.test(left) || !HAN.test(right)) continue;
      const [found] = join(left, right);
      if (found !== undefined) return found;
    }
  }
  return null;
}

const HAN = /\p{Script=Han}/u;
