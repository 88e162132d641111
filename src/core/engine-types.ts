import type { Asks } from './intent.js';
import type { Answer, CityReport, CorpusStats, Figure } from './types.js';

/**
 * What a conversation remembers of its last turn, so that an elliptical follow-up ("那湖州呢？",
 * "What about Huzhou?") can be read against it. Plain data: callers keep it per user and channel
 * (Discord) or per session (terminal) and hand it back with the next question.
 */
export type Topic = {
  /** The question as it was understood. */
  readonly question: string;
  /** What kind of answer it asked for, kept by a follow-up that asks nothing itself ("那湖州呢？"). */
  readonly asks: Asks;
  /** The city or body the question was about (a gazetteer key), if any. */
  readonly entity: string | null;
  /** How the conversation named that city or body (湖州, 九城市), to put into a follow-up. */
  readonly entityName: string | null;
  /** The person the question or its answer was about, if any. */
  readonly person: string | null;
  /** The measure or subject words the question asked about (normalized Chinese). */
  readonly subject: readonly string[];
};

/** A figure found by what it measures or its value, for /figure. */
export type FigureMatch = {
  readonly figure: Figure;
  readonly doc: string;
  readonly paragraph: number;
  readonly score: number;
};

/** One autocomplete choice: what the user sees and the value sent back. */
export type Choice = { readonly name: string; readonly value: string };

/**
 * The answer engine: everything the Discord bot, the terminal chat and the JSON CLI ask of the
 * corpus. Pure and synchronous; built from the corpus by `buildEngineData` and `engineFromData`.
 */
export type Engine = {
  readonly stats: CorpusStats;
  /** Answers one question; `previous` is the topic of the conversation's last turn, if any. */
  ask(question: string, previous?: Topic | null): Answer;
  /** The topic of an answer, to hand back as `previous` with the next question. */
  topicOf(answer: Answer): Topic | null;
  /** A city's figures and mentions; any alias works. */
  city(name: string): CityReport;
  /** Figures by what they measure or by their value ("技术合同成交额", "1611", "外资"). */
  findFigures(query: string, limit?: number): readonly FigureMatch[];
  /** Autocomplete for /city: the nine cities matching Chinese, Traditional, pinyin or English input. */
  cityChoices(input: string, limit?: number): readonly Choice[];
  /** Autocomplete for /figure: metric labels matching the input. */
  metricChoices(input: string, limit?: number): readonly Choice[];
};
