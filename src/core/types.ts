/**
 * The domain's shared vocabulary. Everything that crosses a module boundary is `readonly`; every
 * union that a caller switches on has a `kind` (or `unit`) discriminant.
 */

/** A half-open range `[start, end)` of UTF-16 code units in some text. */
export type Span = { readonly start: number; readonly end: number };

/** What a corpus file's front matter says about the document (validated with zod on load). */
export type DocumentMeta = {
  /** Stable id: the file name without its extension (`g60-corridor-2023`). */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly author: string | null;
  /** ISO date of the reported event; anchors relative dates such as 11月8日 or 今年. */
  readonly date: string | null;
};

/** A corpus document after loading: its metadata and its body, verbatim. */
export type SourceDocument = {
  readonly meta: DocumentMeta;
  readonly body: string;
};

export type BlockKind = 'title' | 'subtitle' | 'heading' | 'paragraph' | 'byline';

export type Sentence = {
  readonly text: string;
  /** Where the sentence sits inside its block's text. */
  readonly span: Span;
};

/** One line of a document recognised as what it is. A passage shown to a user is one block. */
export type Block = {
  readonly doc: string;
  readonly kind: BlockKind;
  /** 1-based position of the block among its document's blocks. */
  readonly paragraph: number;
  /** The section heading the block sits under, or null before the first heading. */
  readonly section: string | null;
  /** Verbatim text of the line, without the indentation around it. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
};

export type FigureUnit =
  | 'CNY'
  | 'USD'
  | 'EUR'
  | 'JPY'
  | 'HKD'
  | 'GBP'
  | 'percent'
  | 'percentage-point'
  | 'count'
  | 'people'
  | 'person-trips'
  | 'multiple'
  | 'rank'
  | 'ordinal'
  | 'year'
  | 'date'
  | 'period'
  | 'km'
  | 'area-km2'
  | 'tonnes'
  | 'TEU'
  | (string & {});

/** A quantity found in a text, normalized and attributed (schema of ../eval/public/README.md). */
export type Figure = {
  /** As written: "3.8万亿美元", "600余个", "两番". */
  readonly raw: string;
  /** A number, a `[low, high]` range, or an ISO date / interval string. */
  readonly value: number | readonly [number, number] | string;
  readonly unit: FigureUnit;
  /** The counter word for counts (家, 个, 项 ...), when there is one. */
  readonly counter: string | null;
  /** True for 余, 多, 近, 约, 超过, 以上, 突破 ... */
  readonly approx: boolean;
  /** What was measured, as a short Chinese label: "贸易进出口额". */
  readonly metric: string | null;
  /** Whose figure it is: a city key, "G60九城市", "长三角G60科创走廊", or keys joined with 、. */
  readonly entity: string | null;
  /** The verbatim sentence the figure was found in. */
  readonly sentence: string;
  /** Where `raw` sits inside `sentence`. */
  readonly span: Span;
};

/** A block returned for a question, with its figures and the query terms it matched. */
export type Passage = {
  readonly doc: string;
  readonly paragraph: number;
  readonly section: string | null;
  readonly kind: BlockKind;
  readonly text: string;
  readonly score: number;
  /** Spans of `text` that matched the question, for highlighting. Sorted, non-overlapping. */
  readonly highlights: readonly Span[];
  readonly figures: readonly Figure[];
};

/** The language a question is written in, as far as the engine can tell. */
export type QuestionLanguage = 'zh' | 'zh-Hant' | 'en';

/** Why a question got no passages. */
export type NoAnswerReason =
  /** Nothing in the corpus covers what was asked. */
  | 'not-in-corpus'
  /** The question names a place the corpus gives nothing on. */
  | 'unknown-place'
  /** The question asks for a number the corpus does not give (e.g. another year or edition). */
  | 'figure-not-given';

/**
 * Why a question could not be read at all. `small-talk`: a greeting, thanks, goodbye or question
 * to the bot itself with no question about the article in it (你好, thanks!, help, 你是谁), which is
 * answered with how to ask rather than searched.
 */
export type InvalidQuestionProblem = 'empty' | 'too-long' | 'no-words' | 'unsupported-language' | 'small-talk';

/** How a follow-up question was understood against the conversation before it. */
export type Understanding = {
  /** The question as the engine read it, e.g. "湖州 国家高新技术企业". */
  readonly resolved: string;
};

export type Answer =
  | {
      readonly kind: 'answer';
      readonly question: string;
      readonly language: QuestionLanguage;
      /** The figure the reply leads with when the question asks for a quantity. */
      readonly direct: Figure | null;
      /** Best first; never empty. */
      readonly passages: readonly Passage[];
      readonly understood: Understanding | null;
    }
  | {
      readonly kind: 'no-answer';
      readonly question: string;
      readonly language: QuestionLanguage;
      readonly reason: NoAnswerReason;
      /** Up to three questions the corpus can answer that come closest to this one. */
      readonly suggestions: readonly string[];
      readonly understood: Understanding | null;
    }
  | {
      readonly kind: 'invalid';
      readonly question: string;
      readonly problem: InvalidQuestionProblem;
    };

/** One city's figures and mentions (schema of ../eval/public/README.md). */
export type CityReport = {
  readonly city: { readonly key: string; readonly name: string; readonly aliases: readonly string[] } | null;
  /** The city's own figures. */
  readonly figures: readonly Figure[];
  /** Figures it shares with other cities, labelled with all of them in `entity`. */
  readonly shared: readonly Figure[];
  /** Passages that name the city or one of its districts. */
  readonly mentions: readonly Passage[];
  /** A plain statement when the corpus gives no figure for the city, or does not name it. */
  readonly note: string | null;
};

/** What /about and the terminal's /help report about the loaded corpus. */
export type CorpusStats = {
  readonly documents: readonly DocumentMeta[];
  readonly passages: number;
  readonly figures: number;
};
