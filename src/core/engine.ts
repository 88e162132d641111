import { chunkDocument } from './chunk.js';
import { chooseDirectFigure } from './direct.js';
import { readInContext, resolveFollowUp, type Resolution } from './follow-up.js';
import { buildCityReport } from './city-report.js';
import { extractBlockFigures } from './figures/extract.js';
import type { Choice, Engine, FigureMatch, Topic } from './engine-types.js';
import { cityNameForms, foldName, type Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { findPeople } from './names.js';
import { normalize } from './normalize.js';
import { analyzeQuestion, type AnalyzedQuestion } from './query.js';
import { highlightSpans, missingFromCorpus, rankPassages, type RankablePassage, type RankOutcome } from './rank.js';
import { buildSearchIndex, type QueryTerm } from './search-index.js';
import { charTokens, wordTokens } from './tokenize.js';
import type { Answer, Block, Figure, Passage, SourceDocument } from './types.js';
import { checkQuestion } from './validate.js';
import { buildVocabulary } from './vocabulary.js';

export type EngineInput = {
  readonly documents: readonly SourceDocument[];
  readonly gazetteer: Gazetteer;
  /** Dictionary and word frequencies; an empty lexicon works, without English or synonyms. */
  readonly lexicon: Lexicon;
};

/** How many candidates the index hands to re-ranking, and how many passages an answer shows. */
const CANDIDATES = 60;
const MAX_PASSAGES = 5;
const MAX_SUGGESTIONS = 3;

/**
 * Builds the answer engine over a corpus: chunks every document, indexes the passages, learns the
 * corpus's vocabulary, and answers questions, city and figure lookups. Pure and synchronous.
 */
export function createEngine(input: EngineInput): Engine {
  const chunked = input.documents.map((document) => ({ document, blocks: chunkDocument(document.meta, document.body) }));
  const blocks: readonly Block[] = chunked.flatMap(({ blocks }) => blocks);
  const figures: readonly (readonly Figure[])[] = chunked.flatMap(({ document, blocks }) =>
    extractBlockFigures(blocks, document.meta, input.gazetteer),
  );
  const normalized = blocks.map((block) => normalize(block.text));
  const people = [...new Set(blocks.flatMap((block) => findPeople(normalize(block.text)).map((person) => person.name)))];
  const vocabulary = buildVocabulary({ texts: normalized, lexicon: input.lexicon, gazetteer: input.gazetteer, people });
  const index = buildSearchIndex(normalized);
  const cityForms = input.gazetteer.cities.flatMap((city) =>
    [city.key, ...city.aliases, ...city.subAreas.flatMap((area) => [area.name, ...area.aliases])]
      .map(foldName)
      .filter((form) => /\p{Script=Han}/u.test(form))
      .map((form) => ({ form, key: city.key })),
  );
  const rankable: RankablePassage[] = blocks.map((block, id) => {
    const text = normalized[id]!;
    const places = new Set(cityForms.filter(({ form }) => text.includes(form)).map(({ key }) => key));
    for (const figure of figures[id] ?? []) for (const key of figure.entity?.split('、') ?? []) places.add(key);
    return { block, normalized: text, figures: figures[id] ?? [], places };
  });

  const toPassage = (id: number, score: number, matched: readonly string[]): Passage => {
    const block = blocks[id]!;
    return {
      doc: block.doc,
      paragraph: block.paragraph,
      section: block.section,
      kind: block.kind,
      text: block.text,
      score: Math.round(score * 1000) / 1000,
      highlights: highlightSpans(block.text, normalized[id]!, matched),
      figures: figures[id] ?? [],
    };
  };

  // Each answer's topic, for `topicOf`; weak, so answers nobody keeps are not held.
  const topics = new WeakMap<Answer, Topic>();

  const ask = (question: string, previous: Topic | null): Answer => {
    const checked = checkQuestion(question);
    if (checked.kind === 'invalid') return { kind: 'invalid', question, problem: checked.problem };
    const own = analyzeQuestion(checked.text, vocabulary);
    const { analyzed, understood, outcome } = readTurn(own, resolveFollowUp(checked.text, own, previous, vocabulary.sensesOf));
    let answer: Answer;
    switch (outcome.kind) {
      case 'abstain':
        answer = {
          kind: 'no-answer',
          question,
          language: analyzed.language,
          reason: outcome.reason,
          suggestions: suggest(analyzed),
          understood,
        };
        break;
      case 'ranked': {
        const passages = outcome.passages.slice(0, MAX_PASSAGES).map((p) => toPassage(p.id, p.score, p.matched));
        answer = {
          kind: 'answer',
          question,
          language: analyzed.language,
          direct: chooseDirectFigure(analyzed, passages),
          passages,
          understood,
        };
        break;
      }
    }
    topics.set(answer, topicOf(analyzed, understood?.resolved ?? checked.text, answer, outcome.kind === 'ranked' ? outcome.passages[0]?.id : undefined));
    return answer;
  };

  const rank = (analyzed: AnalyzedQuestion): RankOutcome =>
    rankPassages(analyzed, index.search(queryTerms(analyzed), CANDIDATES), rankable);

  // A turn as the conversation reads it. Context narrows a turn down; it never supplies what the
  // corpus lacks of what the turn itself asks about ("And what is its total size?" of a fund whose
  // size the article never gives). A reading that only leaned on a guessed subject and finds nothing
  // gives way to the turn read alone.
  const readTurn = (own: AnalyzedQuestion, resolution: Resolution): Reading => {
    if (resolution.kind === 'standalone') return { analyzed: own, understood: null, outcome: rank(own) };
    const turn = analyzeQuestion(resolution.text, vocabulary);
    const context = analyzeQuestion(resolution.context, vocabulary);
    const analyzed = { ...readInContext(turn, context, resolution), language: own.language };
    const understood = { resolved: `${resolution.context} ${resolution.text}`.replace(/\s+/gu, ' ').trim() };
    const absent = missingFromCorpus({ ...own, concepts: resolution.asked });
    if (absent !== null) return { analyzed, understood, outcome: { kind: 'abstain', reason: absent } };
    const outcome = rank(analyzed);
    if (outcome.kind === 'abstain' && !resolution.keepsPlace) return { analyzed: own, understood: null, outcome: rank(own) };
    return { analyzed, understood, outcome };
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
  // it has for the place asked about, else the figures whose labels share most with the question.
  const suggest = (analyzed: AnalyzedQuestion): string[] => {
    const place = analyzed.concepts.find((concept) => concept.role === 'place' && concept.key !== null)?.key ?? null;
    const words = analyzed.concepts.flatMap((concept) => concept.forms.map((form) => form.text));
    const scored = allFigures
      .filter(({ figure }) => figure.metric !== null && figure.entity !== null)
      .map(({ figure }) => ({
        figure,
        score:
          (place !== null && figure.entity === place ? 11 : 0) +
          (place !== null && figure.entity !== place && figure.entity!.split('、').includes(place) ? 10 : 0) +
          words.filter((word) => word.length > 1 && normalize(figure.metric!).includes(word)).length,
      }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score);
    const suggestions: string[] = [];
    for (const { figure } of scored) {
      const text = analyzed.language === 'en' ? `${figure.entity} ${figure.metric}?` : `${figure.entity}${figure.metric}是多少？`;
      if (suggestions.includes(text) || !answerable(text)) continue;
      suggestions.push(text);
      if (suggestions.length === MAX_SUGGESTIONS) break;
    }
    return suggestions;
  };

  const answerable = (text: string): boolean => {
    const analyzed = analyzeQuestion(text, vocabulary);
    return rankPassages(analyzed, index.search(queryTerms(analyzed), CANDIDATES), rankable).kind === 'ranked';
  };

  const allFigures = figures.flatMap((list, id) => list.map((figure) => ({ figure, id })));

  return {
    stats: {
      documents: input.documents.map((document) => document.meta),
      passages: blocks.length,
      figures: allFigures.length,
    },
    ask: (question, previous = null) => ask(question, previous),
    topicOf: (answer) => topics.get(answer) ?? null,
    city: (name) => buildCityReport(name, { gazetteer: input.gazetteer, blocks, figures }),
    findFigures: (query, limit = 10): readonly FigureMatch[] => {
      const folded = normalize(query);
      if (folded === '') return [];
      return allFigures
        .map(({ figure, id }) => ({
          figure,
          doc: blocks[id]!.doc,
          paragraph: blocks[id]!.paragraph,
          score: figureScore(folded, figure),
        }))
        .filter((match) => match.score > 0)
        .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)
        .slice(0, limit);
    },
    cityChoices: (typed, limit = 25): readonly Choice[] => {
      const folded = foldName(typed);
      return input.gazetteer.cities
        .filter((city) => folded === '' || cityNameForms(city).some((form) => form.includes(folded)))
        .slice(0, limit)
        .map((city) => ({ name: `${city.name} ${city.pinyin}`, value: city.key }));
    },
    metricChoices: (typed, limit = 25): readonly Choice[] => {
      const folded = normalize(typed);
      const labels = [...new Set(allFigures.map(({ figure }) => figure.metric).filter((metric): metric is string => metric !== null))];
      return labels
        .filter((label) => folded === '' || normalize(label).includes(folded))
        .slice(0, limit)
        .map((label) => ({ name: label, value: label }));
    },
  };
}

function figureScore(query: string, figure: Figure): number {
  const raw = normalize(figure.raw);
  if (raw === query || raw.startsWith(query)) return 3;
  const metric = normalize(figure.metric ?? '');
  if (metric !== '' && (metric.includes(query) || query.includes(metric))) return 2;
  const shared = wordTokens(query).filter((token) => metric.includes(token) || normalize(figure.sentence).includes(token));
  return shared.length > 0 ? shared.length / wordTokens(query).length : 0;
}

/** The index query: every form of every concept, as bigrams and characters, weighted. */
function queryTerms(question: AnalyzedQuestion): QueryTerm[] {
  const weights = new Map<string, number>();
  for (const concept of question.concepts) {
    for (const form of concept.forms) {
      for (const term of [...wordTokens(form.text), ...charTokens(form.text)]) {
        weights.set(term, Math.max(weights.get(term) ?? 0, concept.weight * form.strength));
      }
    }
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/** A turn as the engine read it: its concepts, how a follow-up was understood, and the ranking. */
type Reading = {
  readonly analyzed: AnalyzedQuestion;
  readonly understood: { readonly resolved: string } | null;
  readonly outcome: RankOutcome;
};
