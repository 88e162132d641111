import { chooseDirectFigure } from './direct.js';
import { readInContext, resolveFollowUp, type Resolution } from './follow-up.js';
import { buildCityReport } from './city-report.js';
import type { EngineData } from './engine-data.js';
import type { Choice, Engine, FigureMatch, Topic } from './engine-types.js';
import { createFigureCatalog } from './figure-catalog.js';
import { openPassageStore } from './passage-store.js';
import { cityNameForms, foldName } from './gazetteer.js';
import { memoize } from './memo.js';
import { findPeople } from './names.js';
import { analyzeQuestion, type AnalyzedQuestion } from './query.js';
import type { RankablePassage } from './passage-match.js';
import { highlightSpans, missingFromCorpus, rankPassages, type RankOutcome } from './rank.js';
import { openSearchIndex, type QueryTerm, type SearchIndex } from './search-index.js';
import { charTokens, wordTokens } from './tokenize.js';
import type { Answer, Passage } from './types.js';
import { checkQuestion } from './validate.js';
import { openVocabulary } from './vocabulary.js';
import { relativeYearsOf } from './years.js';

/** How many candidates the index hands to re-ranking, and how many passages an answer shows. */
const CANDIDATES = 60;
const MAX_PASSAGES = 5;
const MAX_SUGGESTIONS = 3;
const MAX_SUGGESTION_TRIES = 8;
const MAX_REMEMBERED_SUGGESTIONS = 10_000;

/**
 * The answer engine over built corpus data: answers questions, city and figure lookups. Pure and
 * synchronous; it wraps the data, so a cached corpus is ready without rebuilding anything.
 * `built` is the index just built from this data, when there is one, so its JSON is not parsed back.
 */
export function engineFromData(data: EngineData, built?: SearchIndex): Engine {
  const { normalized, gazetteer } = data;
  // The places a figure may belong to: the gazetteer's cities and the others the corpus writes.
  const placeKeys = data.vocabulary.names.filter((name) => name.kind === 'place').map((name) => name.key);
  const cityKeys: ReadonlySet<string> = new Set([...gazetteer.cities.map((city) => city.key), ...placeKeys]);
  const passages = openPassageStore(data.passages);
  const vocabulary = openVocabulary(data.vocabulary, normalized);
  const index = built ?? openSearchIndex(data.index);
  const yearOf = new Map(data.documents.map((meta) => [meta.id, meta.date === null ? null : Number(meta.date.slice(0, 4))]));
  const relativeYears = relativeYearsOf(data.documents.map((meta) => meta.date));
  // Ranking reads passages by id; each row becomes objects only when ranking touches it.
  const rankable: RankablePassage[] = normalized.map((text, id) => ({
    get year() {
      return yearOf.get(passages.doc(id)) ?? null;
    },
    get kind() {
      return passages.kind(id);
    },
    get doc() {
      return passages.doc(id);
    },
    normalized: text,
    get figures() {
      return passages.figures(id);
    },
    get places() {
      return passages.places(id);
    },
  }));

  const toPassage = (id: number, score: number, matched: readonly string[]): Passage => {
    const block = passages.block(id);
    return {
      doc: block.doc,
      paragraph: block.paragraph,
      section: block.section,
      kind: block.kind,
      text: block.text,
      score: Math.round(score * 1000) / 1000,
      highlights: highlightSpans(block.text, normalized[id]!, matched),
      figures: passages.figures(id),
    };
  };

  // Each answer's topic, for `topicOf`; weak, so answers nobody keeps are not held.
  const topics = new WeakMap<Answer, Topic>();

  const ask = (question: string, previous: Topic | null): Answer => {
    const checked = checkQuestion(question);
    if (checked.kind === 'invalid') return { kind: 'invalid', question, problem: checked.problem };
    const own = analyzeQuestion(checked.text, vocabulary);
    const { analyzed, understood, outcome, found } = readTurn(own, resolveFollowUp(checked.text, own, previous, vocabulary.sensesOf));
    let answer: Answer;
    switch (outcome.kind) {
      case 'abstain':
        answer = {
          kind: 'no-answer',
          question,
          language: analyzed.language,
          reason: outcome.reason,
          suggestions: suggest(analyzed, found),
          understood,
        };
        break;
      case 'ranked': {
        const passages = outcome.passages.slice(0, MAX_PASSAGES).map((p) => toPassage(p.id, p.score, p.matched));
        answer = {
          kind: 'answer',
          question,
          language: analyzed.language,
          direct: chooseDirectFigure(analyzed, passages, cityKeys, (doc) => yearOf.get(doc) ?? null),
          passages,
          understood,
        };
        break;
      }
    }
    topics.set(answer, topicOf(analyzed, understood?.resolved ?? checked.text, answer, outcome.kind === 'ranked' ? outcome.passages[0]?.id : undefined));
    return answer;
  };

  const rank = (analyzed: AnalyzedQuestion): { outcome: RankOutcome; found: number[] } => {
    const hits = index.search(queryTerms(analyzed, vocabulary.occurrences), CANDIDATES);
    return { outcome: rankPassages(analyzed, hits, rankable, relativeYears), found: hits.map((hit) => hit.id) };
  };

  // A turn as the conversation reads it. Context narrows a turn down; it never supplies what the
  // corpus lacks of what the turn itself asks about ("And what is its total size?" of a fund whose
  // size the article never gives). A reading that only leaned on a guessed subject and finds nothing
  // gives way to the turn read alone.
  const readTurn = (own: AnalyzedQuestion, resolution: Resolution): Reading => {
    if (resolution.kind === 'standalone') return { analyzed: own, understood: null, ...rank(own) };
    const turn = analyzeQuestion(resolution.text, vocabulary);
    const context = analyzeQuestion(resolution.context, vocabulary);
    const analyzed = { ...readInContext(turn, context, resolution), language: own.language };
    const understood = { resolved: `${resolution.context} ${resolution.text}`.replace(/\s+/gu, ' ').trim() };
    const absent = missingFromCorpus({ ...own, concepts: resolution.asked }, relativeYears);
    if (absent !== null) return { analyzed, understood, outcome: { kind: 'abstain', reason: absent }, found: [] };
    const ranked = rank(analyzed);
    if (ranked.outcome.kind === 'abstain' && !resolution.keepsPlace) return { analyzed: own, understood: null, ...rank(own) };
    return { analyzed, understood, ...ranked };
  };

  const topicOf = (analyzed: AnalyzedQuestion, text: string, answer: Answer, topId: number | undefined): Topic => {
    const place = analyzed.concepts.find((concept) => concept.role === 'place' && concept.key !== null);
    const person = analyzed.concepts.find((concept) => concept.role === 'person');
    const top = topId === undefined ? undefined : rankable[topId];
    // A question that asked which city, or who, takes its topic from the answer.
    const answeredCity =
      answer.kind === 'answer' && answer.direct?.entity && !answer.direct.entity.includes('、')
        ? answer.direct.entity
        : top && top.places.size === 1
          ? [...top.places][0]!
          : null;
    const entity = place?.key ?? answeredCity;
    const entityName = place ? (place.forms[0]?.text ?? place.source) : answeredCity;
    const speaker = top ? findPeople(top.normalized)[0]?.name ?? null : null;
    return {
      question: text,
      asks: analyzed.asks,
      entity,
      entityName,
      person: person ? (person.forms[0]?.text ?? person.source) : speaker,
      subject: analyzed.concepts
        // A city a follow-up only leaned towards is no measure.
        .filter((concept) => concept.role === 'subject' && concept.key === null && concept.forms.length > 0)
        .map((concept) => concept.forms[0]!.text),
    };
  };

  // Up to three questions the corpus answers that come closest to one it could not: the measures
  // it has for the place asked about, else the figures of the passages the search found whose
  // labels share most with the question. Each is asked before it is offered; a few tries at most,
  // so a no-answer stays fast.
  const suggest = (analyzed: AnalyzedQuestion, found: readonly number[]): string[] => {
    const place = analyzed.concepts.find((concept) => concept.role === 'place' && concept.key !== null)?.key ?? null;
    const words = analyzed.concepts.flatMap((concept) => concept.forms.map((form) => form.text));
    const suggestions: string[] = [];
    let tries = 0;
    // Texts repeat (two figures of one measure), so a few more than are tried.
    for (const figure of catalog.closest(place, words, found, 4 * MAX_SUGGESTION_TRIES)) {
      const text = analyzed.language === 'en' ? `${figure.entity} ${figure.metric}?` : `${figure.entity}${figure.metric}是多少？`;
      if (suggestions.includes(text)) continue;
      if (++tries > MAX_SUGGESTION_TRIES) break;
      if (!answerable(text)) continue;
      suggestions.push(text);
      if (suggestions.length === MAX_SUGGESTIONS) break;
    }
    return suggestions;
  };

  // Whether a candidate suggestion is answered: remembered, because the same few figures are
  // suggested again and again, and each check is a whole search (bounded, for a long-running bot).
  const answerable = memoize((text: string): boolean => {
    const analyzed = analyzeQuestion(text, vocabulary);
    return rankPassages(analyzed, index.search(queryTerms(analyzed, vocabulary.occurrences), CANDIDATES), rankable, relativeYears).kind === 'ranked';
  }, MAX_REMEMBERED_SUGGESTIONS);

  const catalog = createFigureCatalog(data.figureColumns, passages, normalized);

  return {
    stats: {
      documents: data.documents,
      passages: passages.count,
      figures: catalog.size,
    },
    ask: (question, previous = null) => ask(question, previous),
    topicOf: (answer) => topics.get(answer) ?? null,
    city: (name) => buildCityReport(name, { gazetteer, passages, figures: catalog }),
    findFigures: (query, limit = 10): readonly FigureMatch[] => catalog.find(query, limit),
    cityChoices: (typed, limit = 25): readonly Choice[] => {
      const folded = foldName(typed);
      return gazetteer.cities
        .filter((city) => folded === '' || cityNameForms(city).some((form) => form.includes(folded)))
        .slice(0, limit)
        .map((city) => ({ name: `${city.name} ${city.pinyin}`, value: city.key }));
    },
    metricChoices: (typed, limit = 25): readonly Choice[] => catalog.metricChoices(typed, limit),
  };
}

/**
 * How many passage lists one query may walk. minisearch scores every passage a term is listed
 * under, so a query's cost is the sum of its terms' lists; in a corpus of thousands of articles a
 * few common terms would cost more than all the rest. Rarer terms go first; they are also the ones
 * that tell passages apart, and ranking reads every candidate's whole text afterwards anyway.
 */
const QUERY_POSTINGS_BUDGET = 2_000;
const MIN_QUERY_TERMS = 2;

/** The index query: every form of every concept as bigrams, the strongest also as characters, weighted. */
function queryTerms(question: AnalyzedQuestion, passagesWith: (term: string) => number): QueryTerm[] {
  const weights = new Map<string, number>();
  for (const concept of question.concepts) {
    concept.forms.forEach((form, rank) => {
      // A form's bigrams find it (a lone character is its own term, looked up in both fields).
      // The characters of the strongest form find passages that write it in part (大会 for
      // 会议); those of every weaker form too would be most of a query's lists to walk.
      for (const term of rank === 0 ? [...wordTokens(form.text), ...charTokens(form.text)] : wordTokens(form.text)) {
        weights.set(term, Math.max(weights.get(term) ?? 0, concept.weight * form.strength));
      }
    });
  }
  const terms = [...weights]
    .map(([term, weight]) => ({ term, weight, passages: passagesWith(term) }))
    .filter(({ passages }) => passages > 0)
    .sort((a, b) => a.passages - b.passages || (a.term < b.term ? -1 : 1));
  const chosen: QueryTerm[] = [];
  let walked = 0;
  for (const { term, weight, passages } of terms) {
    if (chosen.length >= MIN_QUERY_TERMS && walked + passages > QUERY_POSTINGS_BUDGET) break;
    chosen.push({ term, weight });
    walked += passages;
  }
  return chosen;
}

/** A turn as the engine read it: its concepts, how a follow-up was understood, and the ranking. */
type Reading = {
  readonly analyzed: AnalyzedQuestion;
  readonly understood: { readonly resolved: string } | null;
  readonly outcome: RankOutcome;
  /** The passages the index found for it, for suggestions when it abstains. */
  readonly found: readonly number[];
};
