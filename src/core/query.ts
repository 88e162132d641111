import { englishWords, isEnglishStopword, isPastForm, prepareEnglish, translateEnglish, translateSense, type EnglishTranslation } from './english.js';
import { isGoalWord } from './direct.js';
import { detectAsks, type Asks } from './intent.js';
import { looksTraditional, normalize } from './normalize.js';
import { MIN_TYPO_LENGTH, oneTypoApart } from './edit-distance.js';
import { memoize } from './memo.js';
import { findEnglishPeriods, withoutEnglishPeriods } from './english-periods.js';
import {
  beginsWord,
  correctHomophones,
  corpusParts,
  COUNTERS,
  isQuestionWord,
  namesWritten,
  segment,
  withoutQuestionPhrases,
} from './question-words.js';
import { ordinalSpellings, spelledPlace } from './spellings.js';
import { hanRuns } from './tokenize.js';
import type { QuestionLanguage } from './types.js';
import type { KnownName, Vocabulary } from './vocabulary.js';

/**
 * A question read into concepts: the things a passage must speak of to answer it, each with the
 * corpus strings that express it. Chinese, Traditional and English questions all end up here, so
 * ranking and abstention never look at the question's language again.
 */

export type ConceptRole = 'subject' | 'place' | 'person' | 'number';
export type Form = { readonly text: string; readonly strength: number };
export type Concept = {
  /** What the user wrote for it. */
  readonly source: string;
  readonly role: ConceptRole;
  /** Corpus strings that express it, strongest first; empty when the corpus has none. */
  readonly forms: readonly Form[];
  /** The gazetteer key, for places and groups. */
  readonly key: string | null;
  /** How much the concept counts, from its rarity in the corpus. */
  readonly weight: number;
  /**
   * A proper name the dictionary knows beyond the gazetteer (南京, 千岛湖, 华为): it names one
   * thing, so it has no synonyms, and a passage that does not write it is about something else.
   */
  readonly proper?: true;
};

export type AnalyzedQuestion = {
  readonly language: QuestionLanguage;
  readonly normalized: string;
  readonly asks: Asks;
  readonly concepts: readonly Concept[];
  /**
   * The counter word a quantity question asks with (几个城市 → 个, 第几届 → 届, 多少家 → 家), and
   * the noun counted, when written: a passage that writes a number with that counter answers.
   */
  readonly counter: { readonly word: string; readonly noun: string | null } | null;
  /**
   * The words that name what a Chinese quantity or person question asks for: the noun phrase
   * counted after 多少/几 (多少家高新技术企业 → 高新技术, 企业), else the word before it
   * (合肥新能源汽车出口了多少辆 → 出口, 联席办主任是谁 → 主任). A passage without them gives another
   * measure's figure, or another office's holder. In English, the concepts of X in "what is the X
   * of…", "what is Y's X" and "who is the X of…" ("price", "carbon emission target", "mayor").
   */
  readonly measure: readonly string[];
};

const ORDINAL = /第[一二两三四五六七八九十百千\d]+[届次期批轮位名]?/gu;
const COUNTER_QUESTION = new RegExp(`(?:(?<!哪)几|多少|第几)([${COUNTERS}])(\\p{Script=Han}{2,4})?`, 'u');

// In a question about the article itself (who wrote it, its headline), these name the article, not
// what it is about: "这篇新能源汽车的报道是谁写的" is about 新能源汽车 only.
const ARTICLE_NOUNS = new Set(['篇', '报道', '文章', '稿子', '稿件', '新闻', '报告', '作者', '记者', '标题', '题目', '写']);

// Synonym links from a word's English senses are weaker evidence than the word itself.
const SYNONYM_STRENGTH = 0.6;

export function detectLanguage(question: string): QuestionLanguage {
  const han = (question.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (question.match(/[A-Za-z]/gu) ?? []).length;
  if (han === 0 && latin > 0) return 'en';
  if (han > 0 && latin > han * 3) return 'en';
  return looksTraditional(question) ? 'zh-Hant' : 'zh';
}

export function analyzeQuestion(question: string, vocabulary: Vocabulary): AnalyzedQuestion {
  const language = detectLanguage(question);
  const normalized = normalize(question);
  const asks = detectAsks(normalized);
  const concepts: Concept[] = [];

  // English words (in any question) go through the dictionary, then names.
  const latinText = latinPart(normalized);
  // Periods are written 9月, 1至10月, 前三季度 in the news, which no dictionary gives for them.
  for (const period of findEnglishPeriods(latinText)) {
    const forms = period.spellings.flatMap(({ text, strength }) => literalForm(text, vocabulary).map((form) => ({ ...form, strength })));
    concepts.push(makeConcept(period.source, 'subject', forms, null, vocabulary));
  }
  // A question without Latin letters never needs the English lexicon (nor to load it, on a cached start).
  const { translations, unmatched } = /[a-z]/iu.test(question)
    ? translateEnglish(withoutEnglishPeriods(latinPart(question)), vocabulary.english, vocabulary.joins)
    : { translations: [], unmatched: [] };
  const names = matchEnglishNames(question, vocabulary);
  const nameSources = new Set(names.flatMap((name) => name.source.split(' ')));
  for (const name of names) concepts.push(nameConcept(name.source, name.name, vocabulary));
  const latinWords = englishWords(latinText);
  for (const translation of translations) {
    if (translation.source.split(' ').every((word) => nameSources.has(word))) continue;
    // Jiangsu renders only as a weak 江 through the dictionary's senses; its pinyin says 江苏.
    const weak = (translation.forms[0]?.strength ?? 0) < SPELLING_OVER_SENSE && !translation.source.includes(' ');
    const spelled = weak ? spelledPlace(translation.source, latinWords, vocabulary) : [];
    const concept = makeConcept(translation.source, 'subject', spelled.length > 0 ? spelled : translation.forms, null, vocabulary);
    concepts.push({ ...concept, weight: concept.weight * translation.specificity });
  }
  for (const word of unmatched) {
    if (nameSources.has(word)) continue;
    // Numbers and codes (G60, 2025, gdp) are looked for as they are; a place the gazetteer does not
    // hold by its pinyin (Zhejiang, Taihu, Lake Tai).
    const literal = literalForm(word, vocabulary);
    const forms = literal.length > 0 ? literal : spelledPlace(word, latinWords, vocabulary);
    concepts.push(makeConcept(word, /\d/u.test(word) ? 'number' : 'subject', forms, null, vocabulary));
  }
  // "Per 10,000 people" is 每万人 in the news.
  for (const [phrase, base] of latinText.matchAll(PER_ROUND)) {
    concepts.push(makeConcept(phrase, 'subject', literalForm(`每${ROUND_UNITS[base!.toLowerCase()]}`, vocabulary), null, vocabulary));
  }
  for (const [token] of latinText.replace(PER_ROUND, ' ').matchAll(/(?<![a-z\d.])\d+(?:\.\d+)?%?/gu)) {
    if (concepts.some((concept) => concept.source === token)) continue;
    concepts.push(makeConcept(token, 'number', chineseSpellings(token).flatMap((text) => literalForm(text, vocabulary)), null, vocabulary));
  }

  // Chinese: fix homophone typos, cut into words, drop question words, look each word up.
  const corrected = correctHomophones(normalized, vocabulary);
  // An ordinal (第七届, 第4次) names one edition or meeting: the corpus writes it or does not answer.
  for (const [ordinal] of corrected.matchAll(ORDINAL)) {
    const forms = ordinalSpellings(ordinal).flatMap((spelling) => literalForm(spelling, vocabulary));
    concepts.push(makeConcept(ordinal, 'number', forms, null, vocabulary));
  }
  for (const run of hanRuns(withoutQuestionPhrases(corrected.replace(ORDINAL, ' '), vocabulary))) {
    for (const word of segment(run, vocabulary)) {
      // A word made only of particles (了啥, 都有) is a question word the segmenter did not know.
      if (isQuestionWord(word)) continue;
      if ((asks === 'author' || asks === 'title' || asks === 'summary') && ARTICLE_NOUNS.has(word)) continue;
      concepts.push(chineseConcept(word, vocabulary));
    }
  }
  const found = COUNTER_QUESTION.exec(corrected);
  // 多少人才 asks how many talents, not how many people: a counter that begins a word is none.
  const counterAt = found === null ? -1 : found.index + found[0].length - (found[2]?.length ?? 0) - 1;
  const counted = found !== null && !beginsWord(corrected, counterAt, vocabulary) ? found : null;
  // Only a question with English words can count in English (no regex pass for the rest).
  const counter = counted ? { word: counted[1]!, noun: counted[2] ?? null } : /[a-z]/iu.test(question) ? englishCounter(question, translations, vocabulary) : null;
  const asked = asks === 'quantity' ? HOW_MANY : asks === 'person' ? WHO : null;
  const withProblems = withProblemWords(concepts, normalized, language, vocabulary);
  const measure =
    language === 'en'
      ? englishMeasure(question, withProblems)
      : asked !== null
        ? measureWords(corrected, asked, vocabulary)
        : [];
  // "How many people": the people are the counter 人, as in 多少人, not a word a passage must write.
  const sought = (counter?.word === '人' ? withProblems.filter((concept) => !PEOPLE.has(concept.source)) : withProblems).filter(
    (concept) => !isSuperlativeWord(concept.source, corrected) && !namesAskedPlaceKind(concept.source, normalized),
  );
  return { language, normalized, asks, concepts: mergeDuplicates(sought.map((concept) => withGoalMarkers(concept, vocabulary))), counter, measure };
}

// 哪个城市开的中欧班列最多: 最多 compares the passages' figures (rank.ts); no passage need write it.
const SUPERLATIVE = /^最(?:多|少|大|小|高|低|长|短)?$/u;
const SUPERLATIVE_QUESTION = /哪.*最(?:多|少|大|小|高|低|长|短)/u;

function isSuperlativeWord(source: string, question: string): boolean {
  if (!SUPERLATIVE_QUESTION.test(question)) return false;
  return SUPERLATIVE.test(source) || (/^[多少大小高低长短]$/u.test(source) && question.includes(`最${source}`));
}

// 哪个城市 asks for a place's name: a passage answers by naming the city, not by writing 城市.
const PLACE_KINDS = new Set(['城市', '地方', '地区', '省份', '区县', 'city', 'cities', 'place', 'places', 'region', 'regions']);

function namesAskedPlaceKind(source: string, question: string): boolean {
  return PLACE_KINDS.has(source) && new RegExp(`(?:哪几?[个些座一]?|which\\s+)${source}`, 'iu').test(question);
}

// Below this, a dictionary rendering says less than a pinyin spelling the corpus writes (Jiangsu).
const SPELLING_OVER_SENSE = 0.3;

// News writes a goal with 力争 or 计划 as often as with 目标: "the goals for 2027" asks for any.
const GOAL_MARKERS = ['目标', '力争', '争取', '计划', '规划'];
const GOAL_MARKER_STRENGTH = 0.6;

function withGoalMarkers(concept: Concept, vocabulary: Vocabulary): Concept {
  if (concept.role !== 'subject' || !isGoalWord(concept.source)) return concept;
  const extra = GOAL_MARKERS.filter((marker) => !concept.forms.some((form) => form.text === marker) && vocabulary.occurrences(marker) > 0).map(
    (marker): Form => ({ text: marker, strength: GOAL_MARKER_STRENGTH }),
  );
  if (extra.length === 0) return concept;
  const forms = [...concept.forms, ...extra].sort((a, b) => b.strength - a.strength);
  return concept.forms.length > 0 ? { ...concept, forms } : { ...makeConcept(concept.source, concept.role, forms, concept.key, vocabulary), weight: concept.weight };
}

// What is still wrong (还有哪些短板, What problems remain…) a report says in a paragraph of its
// own, and in any of these words (成绩之外，短板依然存在; 挑战依然不少): a question about one
// is about all, whichever the report chose. No dictionary links them (problem, challenge, weak link).
const PROBLEM_WORDS = ['问题', '短板', '不足', '困难', '挑战', '难题', '瓶颈', '难点', '痛点', '堵点', '障碍', '弱项', '薄弱环节'];
const PROBLEM_ENGLISH =
  /\b(?:problems?|challenges?|weak (?:spots?|points?|links?)|weakness(?:es)?|shortcomings?|difficult(?:y|ies)|obstacles?|bottlenecks?|hurdles?|drawbacks?|pain points?)\b/u;
const PROBLEM_STRENGTH = 0.9;
// The problems are what such a question asks for; the rest of it only says whose.
const PROBLEM_WEIGHT = 2;

function withProblemWords(concepts: readonly Concept[], normalized: string, language: QuestionLanguage, vocabulary: Vocabulary): readonly Concept[] {
  const written = PROBLEM_WORDS.filter((word) => vocabulary.occurrences(word) > 0);
  if (written.length === 0) return concepts;
  const problem = (source: string, own: string | null): Concept => {
    const forms = written.map((text) => ({ text, strength: text === own ? 1 : PROBLEM_STRENGTH })).sort((a, b) => b.strength - a.strength);
    const concept = makeConcept(source, 'subject', forms, null, vocabulary);
    return { ...concept, weight: concept.weight * PROBLEM_WEIGHT };
  };
  if (language !== 'en') return concepts.map((concept) => (concept.role === 'subject' && PROBLEM_WORDS.includes(concept.source) ? problem(concept.source, concept.source) : concept));
  const phrase = PROBLEM_ENGLISH.exec(normalized)?.[0];
  if (phrase === undefined) return concepts;
  // "weak spots" is one concept, however the dictionary read its words.
  const words = new Set(englishWords(phrase));
  const inPhrase = (concept: Concept) => concept.role === 'subject' && concept.source.split(' ').every((word) => words.has(word));
  return [...concepts.filter((concept) => !inPhrase(concept)), problem(phrase, null)];
}

// "What is the price of…", "What is Hefei's carbon emission target?", "Who is the mayor of…": the
// words naming what is asked for.
const ENGLISH_WHAT_OF = /\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+([a-z][a-z\s-]*?)\s+(?:of|in|for)\b/iu;
const ENGLISH_WHO_OF = /\bwho(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+([a-z][a-z\s-]*?)\s+(?:of|in|for|at)\b/iu;
const ENGLISH_HOW_MUCH_OF = /\bhow\s+(?:much|many|large|big|high)\s+(?:is|was|are|were)\s+the\s+([a-z][a-z\s-]*?)\s+(?:of|in|for|at)\b/iu;
// What was the Yangtze River Delta's grain output in 2023: the owner may take a few words, and the
// measure ends where a period or place begins.
const ENGLISH_WHAT_POSSESSIVE =
  /\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+(?:'s|’s|')\s+([a-z][a-z\s-]*?)\s*(?:\b(?:in|of|for|at|during|on|this|last|next|now)\b|[?.!]|$)/iu;

/**
 * What an English "what is the X of Y", "what is Y's X" or "who is the X of Y" question asks for:
 * the concepts of X's words, as the question read them. The article must be able to say X, and the
 * answering passage must write it, as a Chinese question's measure (see `measure`).
 */
function englishMeasure(question: string, concepts: readonly Concept[]): string[] {
  const found =
    ENGLISH_WHAT_POSSESSIVE.exec(question) ?? ENGLISH_WHAT_OF.exec(question) ?? ENGLISH_WHO_OF.exec(question) ?? ENGLISH_HOW_MUCH_OF.exec(question);
  if (found === null) return [];
  const words = new Set(englishWords(found[1]!).filter((word) => !isEnglishStopword(word)));
  return concepts
    .filter((concept) => concept.role === 'subject' && concept.source.split(' ').some((word) => words.has(word)))
    .map((concept) => concept.source);
}

const PEOPLE = new Set(['people', 'persons']);
// "How many auto parts companies are there": the counted noun phrase ends at the verb or a preposition.
const ENGLISH_HOW_MANY = /\bhow\s+many\s+([a-z][a-z\s&'’-]*?)\s*(?:\b(?:are|were|is|was|did|do|does|has|have|had|will|would|can|could|in|at|of|on|for|from|to|by)\b|[?.!]|$)/iu;

/**
 * The Chinese counter an English "how many" question asks with: the dictionary's measure word for
 * the counted noun ("how many companies" → 家, as 多少家企业), so that a passage counting in 家
 * answers as it would in Chinese.
 */
function englishCounter(
  question: string,
  translations: readonly EnglishTranslation[],
  vocabulary: Vocabulary,
): AnalyzedQuestion['counter'] {
  const head = englishCountedNoun(question);
  if (head === null) return null;
  // People are counted in 人, a counter no dictionary gives as a noun's measure word.
  if (PEOPLE.has(head)) return { word: '人', noun: null };
  const counted = translations.find((translation) => translation.source.split(' ').includes(head));
  if (counted === undefined) return null;
  for (const form of counted.forms) {
    const word = vocabulary.classifiersOf(form.text).find((classifier) => classifier.length === 1 && COUNTERS.includes(classifier));
    if (word !== undefined) return { word, noun: counted.forms[0]!.text };
  }
  return null;
}

/** The noun an English "how many" question counts ("how many jobs have the workshops created": jobs). */
export function englishCountedNoun(question: string): string | null {
  const phrase = ENGLISH_HOW_MANY.exec(prepareEnglish(question))?.[1];
  return countedNoun(phrase === undefined ? [] : englishWords(phrase)) ?? null;
}

/**
 * The noun a "how many" phrase counts: the first plural, or the last of a run of them ("how many
 * auto parts companies"), since a verb may follow it unmarked ("how many engineers share…"); with
 * no plural, the phrase's last word before a past form ("how many staff attended").
 */
function countedNoun(words: readonly string[]): string | undefined {
  const first = words.findIndex(isPlural);
  if (first >= 0) {
    let last = first;
    while (last + 1 < words.length && isPlural(words[last + 1]!)) last++;
    return words[last];
  }
  const verb = words.findIndex((word, at) => at > 0 && isPastForm(word));
  return words.slice(0, verb < 0 ? words.length : verb).at(-1);
}

function isPlural(word: string): boolean {
  return PEOPLE.has(word) || (word.length > 3 && /[^su]s$/u.test(word));
}

/** A question without its Han text, numbers written as the corpus writes them: 1,611 → 1611, 54.5 percent → 54.5%. */
function latinPart(text: string): string {
  return text
    .replace(/\p{Script=Han}+/gu, ' ')
    .replace(/(\d),(?=\d{3}\b)/gu, '$1')
    .replace(/(\d)\s*(?:percent|per cent|pct)\b/giu, '$1%');
}

const ROUND_UNITS: Readonly<Record<string, string>> = { '100': '百', hundred: '百', '1000': '千', thousand: '千', '10000': '万', 'ten thousand': '万' };
const PER_ROUND = /\bper\s+(100|1000|10000|hundred|thousand|ten thousand)\b/giu;

/** A number as it is written, and a round one as news writes it in 万 or 亿 (685,000 → 68.5万). */
function chineseSpellings(token: string): string[] {
  const value = Number(token);
  if (!Number.isInteger(value) || value < 10_000) return [token];
  if (value % 1_000_000 === 0 && value >= 100_000_000) return [token, `${value / 100_000_000}亿`];
  return value % 100 === 0 ? [token, `${value / 10_000}万`] : [token];
}

const HOW_MANY = /(?<!第)(?:多少|几)/u;
const WHO = /谁/u;

/**
 * What a quantity or person question asks for: the noun right after 多少/几 and its counter
 * (多少个充电桩 → 充电桩), else the word right before it (出口了多少辆 → 出口, 投资多少钱 → 投资,
 * 联席办主任是谁 → 主任). One character (钱, 造 in 造了多少辆) has too many senses to insist on.
 */
function measureWords(question: string, asked: RegExp, vocabulary: Vocabulary): string[] {
  const found = asked.exec(question);
  if (found === null) return [];
  const content = (text: string | undefined) => (text === undefined ? [] : segment(text, vocabulary).filter((word) => !isQuestionWord(word)));
  const tail = withoutQuestionPhrases(question.slice(found.index), vocabulary);
  // After 多少, the noun phrase counted runs to its verb, and each of its words says what is
  // counted (多少套人才公寓 → 人才, 公寓; 多少家企业参会 → 企业).
  // 多少条河: the counter is no part of the noun, unless it begins a word (多少人才).
  const run = tail.startsWith(' ') ? hanRuns(tail)[0] : undefined;
  const skip = run !== undefined && COUNTERS.includes(run[0]!) && !beginsWord(run, 0, vocabulary) ? 1 : 0;
  const counted = run === undefined ? [] : content(run.slice(skip));
  const verb = counted.findIndex((word) => isVerbOnly(word, vocabulary));
  const nounPhrase = counted.slice(0, verb < 0 ? counted.length : verb);
  const phrase = nounPhrase.filter((word) => [...word].length > 1 && !PER_UNIT.test(word));
  // 多少算力券: a one-character noun that ends a compound the corpus writes is its head, and says
  // what is counted (整车厂, which the corpus writes 整车企业, is no such compound).
  const head = nounPhrase.at(-1);
  const oneCharacterHead =
    phrase.length > 0 &&
    head !== undefined &&
    [...head].length === 1 &&
    !COUNTERS.includes(head) &&
    vocabulary.occurrences(`${phrase.at(-1)}${head}`) > 0 &&
    !isVerbOnly(head, vocabulary);
  if (phrase.length > 0) return oneCharacterHead ? [...phrase, head] : phrase;
  // A verb of change (增长 in 成交额增长了多少) is said in many ways (翻了两番); what changed is
  // the word before it.
  const words = content(hanRuns(withoutQuestionPhrases(question.slice(0, found.index), vocabulary)).at(-1));
  const isMeasure = (word: string) =>
    (!isVerbOnly(word, vocabulary) || MONEY_VERB.test(word)) &&
    !CHANGE_VERB.test(word) &&
    !PER_UNIT.test(word) &&
    !NOT_MEASURES.has(word) &&
    !TIME_SPAN.test(word) &&
    namesWritten(word, vocabulary).length === 0;
  const last = words.findLastIndex(isMeasure);
  const before = words[last];
  if (before === undefined) return [];
  // 进出口额有多少亿: a head that only says "the amount of" (额, 量, 数) leaves the word before it
  // as what is asked; news often drops it (进出口约1420亿元).
  if ([...before].length === 1) {
    const previous = words[last - 1];
    if (previous === undefined || [...previous].length < 2 || !isMeasure(previous)) return [];
    if (AMOUNT_HEAD.test(before)) return [previous];
    // 冷链流通率是多少: a rate is named by the word it is written against (流通率), which the corpus
    // writes; 流通 and 率 apart are also the loss rate of goods in 流通环节 (see boundMeasure).
    return RATE_HEAD.test(before) && vocabulary.occurrences(`${previous}${before}`) > 0 ? [previous, before] : [];
  }
  // 太湖总氮浓度是多少: the noun right before the measure says which one (总氮, not 总磷).
  const modifier = words[last - 1];
  // Only for a head the dictionary knows as a noun: 少垫 in 帮老百姓少垫了多少钱 is a verb, and
  // 老百姓 its object.
  const nounHead = vocabulary.sensesOf(before).length > 0;
  const compound = nounHead && modifier !== undefined && [...modifier].length > 1 && isMeasure(modifier);
  return compound ? [modifier, before] : [before];
}

const AMOUNT_HEAD = /^[额量数]$/u;
const RATE_HEAD = /^率$/u;

/**
 * The measure as one word when its head is a single character (流通 + 率 → 流通率): a figure that
 * answers is written with the two together, not with each somewhere in its sentence. Null otherwise.
 */
export function boundMeasure(question: AnalyzedQuestion): string | null {
  const [modifier, head] = question.measure;
  return modifier !== undefined && head !== undefined && question.measure.length === 2 && [...head].length === 1 ? `${modifier}${head}` : null;
}

// 每月收费多少: a verb of charging or paying asks for the sum, so it is the measure (and a passage
// that never writes it, or a synonym, does not give that sum).
const MONEY_VERB = /^(?:收费|付费|缴费|花费|支付|缴纳|收取|交费)$/u;

// 降到多少: a verb of change, which the dictionary may not list; what changed is the word before it.
const CHANGE_VERB = /^(?:降|升|增|减|涨|跌|提高|提升|下降|上升|增长|减少|增加|扩大|缩小|缩短|延长|达|回落|降低)(?:到|至|了)$/u;

// Words that sit before 多少 without being what is counted: totals (累计达到多少), times (今年以来
// 多少), hedges (大约多少), and nouns any quantity takes (出口金额, 产能水平, 企业数量), which leave
// the measure to the word before them (出口, 产能). The dictionary gives them noun senses too, so
// isVerbOnly keeps them. A span of time before 多少 (一年能处理多少) says when, not what is counted.
const TIME_SPAN = /[年月日天周]$|季度$/u;
// 多少钱一张 asks a price per ticket: 一张 and 每张 say per what, not what is measured.
const PER_UNIT = /^[一每][个张件台辆套份次间位]$/u;
const NOT_MEASURES = new Set([
  '累计', '总共', '一共', '合计', '共计', '总计', '共', '大约', '大概', '目前', '已经', '现在', '今年', '去年', '以来',
  '金额', '数量', '数目', '总数', '总量', '总额', '规模', '水平', '数值', '数字', '情况',
]);

/** A dictionary word all of whose senses are verbs ("to grow; to increase"). */
function isVerbOnly(word: string, vocabulary: Vocabulary): boolean {
  const senses = vocabulary.sensesOf(word);
  return senses.length > 0 && senses.every((sense) => sense.startsWith('to '));
}

// A word's concept depends on the corpus alone, and reading it (its synonyms go through every
// English sense) is much of a question's cost; bots hear the same words again and again.
const CONCEPT_MEMO_LIMIT = 20_000;
const conceptReaders = new WeakMap<Vocabulary, (word: string) => Concept>();

function chineseConcept(word: string, vocabulary: Vocabulary): Concept {
  let read = conceptReaders.get(vocabulary);
  if (read === undefined) conceptReaders.set(vocabulary, (read = memoize((text: string) => readChineseWord(text, vocabulary), CONCEPT_MEMO_LIMIT)));
  return read(word);
}

function readChineseWord(word: string, vocabulary: Vocabulary): Concept {
  const name = vocabulary.names.find((known) => known.text === word);
  if (name) return nameConcept(word, name, vocabulary);
  if (isProperName(word, vocabulary)) {
    // A name has no synonyms (南京's senses lead to 中国 and 资本); one the corpus never writes is
    // found nowhere.
    const literal = vocabulary.occurrences(word) > 0 ? [{ text: word, strength: 1 }] : [];
    return { ...makeConcept(word, 'subject', [...literal, ...shortName(word, vocabulary)], null, vocabulary), proper: true };
  }
  // Single characters have too many senses for their synonyms to mean anything.
  const synonyms = word.length > 1 ? synonymForms(word, vocabulary).filter((form) => form.text !== word) : [];
  if (vocabulary.occurrences(word) === 0) {
    const forms = [...synonyms, ...corpusParts(word, vocabulary)];
    // A word no dictionary knows (通到) may still share a character with the corpus's wording (通达).
    if (forms.length === 0 && vocabulary.sensesOf(word).length === 0) forms.push(...corpusCharacters(word, vocabulary));
    return makeConcept(word, 'subject', forms, null, vocabulary);
  }
  const literal = { text: word, strength: 1 };
  // The corpus may say the same thing in other words too (加强 and 强化 both "strengthen").
  return makeConcept(word, 'subject', [literal, ...synonyms.map((form) => ({ text: form.text, strength: form.strength * 0.8 }))], null, vocabulary);
}

// Every English sense of a proper name is capitalised (南京 "Nanjing, capital of…", 华为 "Huawei
// (brand)"); a common word's are not ("foreign trade"), unless it starts with where the thing is
// from (江猪 "Chinese river dolphin", 汉字 "Chinese character") or is a whole sentence (怎么搞的
// "How did it happen?").
const NAMED = /^(?!(?:Chinese|English|Japanese|Korean|American|European|British|French|German|Russian|Indian|Western)\b)[A-Z](?!.*[?!]$)/u;
function isProperName(word: string, vocabulary: Vocabulary): boolean {
  const senses = vocabulary.sensesOf(word);
  return senses.length > 0 && senses.every((sense) => NAMED.test(sense));
}

// 黄山市 is also written 黄山, 南浔区 南浔.
const ADMINISTRATIVE_SUFFIX = /^(\p{Script=Han}{2,})[省市县区镇乡村]$/u;

function shortName(word: string, vocabulary: Vocabulary): Form[] {
  const short = ADMINISTRATIVE_SUFFIX.exec(word)?.[1];
  return short !== undefined && vocabulary.occurrences(short) > 0 ? [{ text: short, strength: 1 }] : [];
}

const CHARACTER_STRENGTH = 0.35;

function corpusCharacters(word: string, vocabulary: Vocabulary): Form[] {
  return [...new Set(word)]
    .filter((char) => vocabulary.occurrences(char) > 0)
    .map((char) => ({ text: char, strength: CHARACTER_STRENGTH }));
}

/** Corpus words that share an English sense with a word the corpus does not use (外贸 → 贸易). */
function synonymForms(word: string, vocabulary: Vocabulary): Form[] {
  const forms = new Map<string, number>();
  for (const sense of vocabulary.sensesOf(word)) {
    for (const translation of translateSense(sense, vocabulary.english)) {
      for (const form of translation.forms) {
        if (form.text.length < 2 && word.length > 1) continue;
        const strength = SYNONYM_STRENGTH * form.strength;
        forms.set(form.text, Math.max(forms.get(form.text) ?? 0, strength));
      }
    }
  }
  return [...forms]
    .map(([text, strength]) => ({ text, strength }))
    .sort((a, b) => b.strength - a.strength || a.text.localeCompare(b.text))
    .slice(0, 6);
}

function literalForm(text: string, vocabulary: Vocabulary): Form[] {
  const folded = text.toLowerCase();
  return vocabulary.occurrences(folded) > 0 ? [{ text: folded, strength: 1 }] : [];
}

function nameConcept(source: string, name: KnownName, vocabulary: Vocabulary): Concept {
  // A region is what every passage is about: its aliases (三省一市 for 长三角) all count, but it
  // narrows nothing, so it is a subject with no key.
  const role: ConceptRole = name.kind === 'person' ? 'person' : name.kind === 'region' ? 'subject' : 'place';
  // Every corpus spelling of the same place counts: 松江 for 上海市松江区, 湖州 for 南浔's city.
  // A body's aliases may name other bodies of its group (联席办 and 专责小组 of the G60 corridor):
  // when the user wrote a name with Han or digits, only spellings that share a character with it
  // are that name.
  const written = /[\p{Script=Han}\d]/u.test(name.text);
  const spellings = vocabulary.names
    .filter((other) => other.key === name.key)
    .filter((other) => name.kind !== 'group' || !written || [...other.text].some((char) => name.text.includes(char)))
    .map((other) => ({ text: other.text, strength: other.text === name.text ? 1 : 0.9 }))
    .filter((form) => vocabulary.occurrences(form.text) > 0);
  const key = name.kind === 'person' || name.kind === 'region' ? null : name.key;
  const concept = makeConcept(source, role, spellings, key, vocabulary);
  if (name.kind !== 'region') return concept;
  // It weighs as little as its commonest spelling: a passage writing any of them is about it.
  const commonest = [...spellings].sort((a, b) => vocabulary.occurrences(b.text) - vocabulary.occurrences(a.text)).slice(0, 1);
  return { ...concept, weight: makeConcept(source, role, commonest, key, vocabulary).weight };
}

function makeConcept(
  source: string,
  role: ConceptRole,
  forms: readonly Form[],
  key: string | null,
  vocabulary: Vocabulary,
): Concept {
  const n = vocabulary.passageCount;
  const rarest = forms.length === 0 ? 0 : Math.min(...forms.map((form) => vocabulary.occurrences(form.text)));
  // Inverse document frequency; a concept the corpus lacks weighs as much as the rarest word.
  const idf = Math.log(1 + n / (rarest + 0.5));
  const short = [...source].length === 1 && /\p{Script=Han}/u.test(source) ? 0.35 : 1;
  return { source, role, forms, key, weight: idf * short };
}

type EnglishName = { readonly source: string; readonly name: KnownName };

/**
 * Finds names typed in Latin letters (Huzhou, Wu Zhaohui, hu zhou, the typo Hangzou): one to three
 * neighbouring words whose letters spell a known name's pinyin, exactly or within one edit for
 * longer names.
 */
export function matchEnglishNames(question: string, vocabulary: Vocabulary): EnglishName[] {
  // Letters, then digits: pinyin has none, but an alias such as "G60 corridor" does.
  const words = [...question.matchAll(/[A-Za-z][A-Za-z\d]*/gu)].map(([word]) => word);
  const found: EnglishName[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let size = Math.min(3, words.length - i); size >= 1 && !matched; size--) {
      const window = words.slice(i, i + size);
      if (size === 1 && isEnglishStopword(window[0]!.toLowerCase())) continue;
      const key = window.join('').toLowerCase();
      if (key.length < 4) continue;
      const name = bestName(key, vocabulary);
      if (name) {
        found.push({ source: window.join(' ').toLowerCase(), name });
        i += size;
        matched = true;
      }
    }
    if (!matched) i++;
  }
  return found;
}

function bestName(key: string, vocabulary: Vocabulary): KnownName | null {
  const exact = vocabulary.nameSpelled(key);
  if (exact) return exact;
  if (key.length < MIN_TYPO_LENGTH) return null;
  // One edit changes the length by one at most.
  const nearby = [key.length - 1, key.length, key.length + 1].flatMap((length) => vocabulary.spellingsOfLength(length));
  return nearby.find(({ latin }) => latin.length >= MIN_TYPO_LENGTH && oneTypoApart(latin, key))?.name ?? null;
}

function mergeDuplicates(concepts: readonly Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((concept) => {
    const id = `${concept.role}:${concept.key ?? ''}:${concept.forms.map((form) => form.text).join('|') || concept.source}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

