/**
 * Answers, city reports and figures as Discord message payloads: embeds and buttons. Pure functions
 * of their input; every payload leaves here inside Discord's limits (through `./limits.ts`) and with
 * `allowedMentions` that ping nobody, or only the one user a caller asked to point the answer at.
 *
 * The words around a passage follow the reader's locale (./discord-words.ts); the buttons carry
 * what they ask for in their custom_id (./button-actions.ts).
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed, APIEmbedField } from 'discord.js';
import type { Choice, FigureMatch } from '../core/engine-types.js';
import type { Answer, CityReport, CorpusStats, DocumentMeta, Figure, Passage, Span } from '../core/types.js';
import { assertNever } from '../core/assert-never.js';
import { splitSentences } from '../core/sentences.js';
import { encodeAction, type PassageView, type QuestionRef } from './button-actions.js';
import { WORDS, type ReplyLocale, type Words } from './discord-words.js';
import { LIMITS, fitContent, fitEmbeds, truncate } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Who may be pinged: nobody (`parse: []`), or exactly the users listed. */
export type AllowedMentions = { readonly parse: readonly []; readonly users?: readonly string[] };

/** What a reply sends, in the shape discord.js accepts for `reply`, `editReply`, `update` and `send`. */
export type MessagePayload = {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ButtonRow[];
  readonly allowedMentions: AllowedMentions;
};

/** What an answer is rendered with besides the answer itself. */
export type AnswerView = {
  readonly locale: ReplyLocale;
  readonly documents: readonly DocumentMeta[];
  /** Index into `answer.passages` of the passage to show. */
  readonly page: number;
  readonly view: PassageView;
  /** How the paging buttons refer to the question; null renders no paging buttons. */
  readonly question: QuestionRef | null;
  /** Point the reply at this user: `<@id>` as content, and only this user may be pinged. */
  readonly mention?: string | null;
};

/** The most text an excerpt shows; "whole paragraph" shows the rest. */
export const EXCERPT_LENGTH = 360;
/** Figures shown per passage; more make an embed a wall of fields. */
export const MAX_FIGURE_FIELDS = 10;
/** A figure's sentence is shown whole up to this length, else this much either side of the figure. */
const SNIPPET_WHOLE = 160;
const SNIPPET_RADIUS = 60;
const CITY_NAMES_SEPARATOR = '、';

const COLOR = { answer: 0x2b6cb0, noAnswer: 0x718096, city: 0x2f855a, figure: 0x805ad5, about: 0x4a5568 } as const;

const NO_PINGS: AllowedMentions = { parse: [] };

// ---------------------------------------------------------------------------------------------
// Answers

/** An `Answer` of any kind as a message. */
export function renderAnswer(answer: Answer, view: AnswerView): MessagePayload {
  switch (answer.kind) {
    case 'answer':
      return renderPassages(answer, view);
    case 'no-answer':
      return renderNoAnswer(answer, view.locale, view.mention ?? null);
    case 'invalid':
      return renderInvalid(answer, view.locale);
    default:
      return assertNever(answer);
  }
}

function renderPassages(answer: Extract<Answer, { kind: 'answer' }>, view: AnswerView): MessagePayload {
  const words = WORDS[view.locale];
  const total = answer.passages.length;
  const page = clamp(view.page, 0, total - 1);
  const passage = answer.passages[page];
  if (passage === undefined) throw new Error('An answer must have at least one passage');

  const windows = view.view === 'whole' ? [{ start: 0, end: passage.text.length }] : excerptWindows(passage);
  const shortened = windows.length !== 1 || windows[0]?.start !== 0 || windows[0].end !== passage.text.length;
  const body = markPassage(passage.text, windows, passage.highlights);
  // The direct figure answers the question; it leads only on the first page, where it belongs.
  const lead = answer.direct !== null && page === 0 ? `${words.directLead}：**${escapeMarkdown(answer.direct.raw)}** · ${escapeMarkdown(figureLine(answer.direct, false))}\n\n` : '';

  const embed: APIEmbed = {
    color: COLOR.answer,
    title: words.answerTitle(escapeMarkdown(oneLine(answer.question))),
    description: lead + body,
    fields: figureFields(passage.figures),
    footer: { text: citation(passage, view.documents, words, total > 1 ? words.page(page + 1, total) : null) },
  };

  const components: ButtonRow[] = [];
  if (view.question !== null && (total > 1 || shortened || view.view === 'whole')) {
    components.push(pagingRow(view.question, page, total, view.view, shortened, words));
  }
  return message({ embeds: [embed], components, mention: view.mention ?? null });
}

function renderNoAnswer(
  answer: Extract<Answer, { kind: 'no-answer' }>,
  locale: ReplyLocale,
  mention: string | null,
): MessagePayload {
  const words = WORDS[locale];
  const suggestions = answer.suggestions.slice(0, LIMITS.buttonsPerRow);
  const lines: string[] = [words.noAnswer[answer.reason]];
  if (suggestions.length > 0) {
    lines.push('', words.suggestionsHeading, ...suggestions.map((suggestion) => `• ${escapeMarkdown(suggestion)}`));
  }
  const embed: APIEmbed = {
    color: COLOR.noAnswer,
    title: words.noAnswerTitle,
    description: lines.join('\n'),
  };
  // A suggestion too long for a custom_id stays in the list above but gets no button.
  const buttons = suggestions
    .map((suggestion): APIButtonComponentWithCustomId | null => {
      const customId = encodeAction({ kind: 'suggest', question: suggestion });
      if (customId === null) return null;
      return button(customId, truncate(suggestion, LIMITS.buttonLabel), ButtonStyle.Secondary);
    })
    .filter((candidate): candidate is APIButtonComponentWithCustomId => candidate !== null);
  const components: ButtonRow[] = buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
  return message({ embeds: [embed], components, mention });
}

function renderInvalid(answer: Extract<Answer, { kind: 'invalid' }>, locale: ReplyLocale): MessagePayload {
  return notice(WORDS[locale].invalid[answer.problem]);
}

// ---------------------------------------------------------------------------------------------
// Cities, figures, about

/**
 * A city's figures. `cities` (the nine, from `engine.cityChoices('')`) is listed when the name is not
 * one of them.
 */
export function renderCity(
  name: string,
  report: CityReport,
  cities: readonly Choice[],
  locale: ReplyLocale,
  documents: readonly DocumentMeta[],
): MessagePayload {
  const words = WORDS[locale];
  if (report.city === null) {
    const nine = cities.map((city) => city.name).join(CITY_NAMES_SEPARATOR);
    return message({
      embeds: [{ color: COLOR.noAnswer, description: escapeMarkdown(words.notACity(oneLine(name), nine)) }],
      components: [],
      mention: null,
    });
  }
  const lines: string[] = [];
  if (report.note !== null) lines.push(escapeMarkdown(report.note));
  else if (report.figures.length === 0 && report.shared.length === 0) lines.push(words.cityNoFigures);
  if (report.mentions.length > 0) lines.push(words.cityMentions(report.mentions.length));
  const own = figureFields(report.figures, LIMITS.embedFields);
  const shared = figureFields(report.shared, LIMITS.embedFields - own.length).map((field) => ({
    ...field,
    name: `${field.name} (${words.cityShared})`,
  }));
  const firstDoc = report.mentions[0]?.doc ?? documents[0]?.id ?? null;
  const embed: APIEmbed = {
    color: COLOR.city,
    title: escapeMarkdown(report.city.name),
    description: lines.length > 0 ? lines.join('\n') : words.cityFigures,
    fields: [...own, ...shared],
  };
  if (firstDoc !== null) embed.footer = { text: documentTitle(firstDoc, documents) };
  return message({ embeds: [embed], components: [], mention: null });
}

/** The figures found for a /figure query, best first. */
export function renderFigures(
  query: string,
  matches: readonly FigureMatch[],
  locale: ReplyLocale,
  documents: readonly DocumentMeta[],
): MessagePayload {
  const words = WORDS[locale];
  if (matches.length === 0) return notice(words.noFigure(escapeMarkdown(oneLine(query))));
  const fields = matches.slice(0, LIMITS.embedFields).map(
    (match): APIEmbedField => ({
      name: figureLine(match.figure, true),
      value: `${snippet(match.figure)}\n-# ${documentTitle(match.doc, documents)} · ${words.paragraph(match.paragraph)}`,
    }),
  );
  return message({
    embeds: [{ color: COLOR.figure, title: words.figureTitle(escapeMarkdown(oneLine(query))), fields }],
    components: [],
    mention: null,
  });
}

/** What /about says: the sources, what the bot can do, how much it holds. */
export function renderAbout(stats: CorpusStats, locale: ReplyLocale): MessagePayload {
  const words = WORDS[locale];
  const sources = stats.documents
    .map((doc) => {
      const parts = [`**${escapeMarkdown(doc.title)}**`];
      if (doc.subtitle !== null) parts.push(escapeMarkdown(doc.subtitle));
      if (doc.author !== null) parts.push(escapeMarkdown(doc.author));
      if (doc.date !== null) parts.push(doc.date);
      return parts.join(' · ');
    })
    .join('\n');
  return message({
    embeds: [
      {
        color: COLOR.about,
        title: words.aboutTitle,
        description: words.aboutWhat,
        fields: [
          { name: words.aboutSources, value: sources === '' ? '—' : sources },
          { name: words.aboutPassages, value: String(stats.passages), inline: true },
          { name: words.aboutFigures, value: String(stats.figures), inline: true },
        ],
      },
    ],
    components: [],
    mention: null,
  });
}

/** A one-line reply with no embed: rate limits, apologies, expired buttons, invalid questions. */
export function notice(text: string): MessagePayload {
  return { content: fitContent(text), embeds: [], components: [], allowedMentions: NO_PINGS };
}

export function renderRateLimited(locale: ReplyLocale, retryAfterMs: number): MessagePayload {
  return notice(WORDS[locale].rateLimited(Math.max(1, Math.ceil(retryAfterMs / 1000))));
}

export function renderApology(locale: ReplyLocale): MessagePayload {
  return notice(WORDS[locale].apology);
}

export function renderExpired(locale: ReplyLocale): MessagePayload {
  return notice(WORDS[locale].expired);
}

function pagingRow(
  question: QuestionRef,
  page: number,
  total: number,
  view: PassageView,
  shortened: boolean,
  words: Words,
): ButtonRow {
  const idFor = (target: number, targetView: PassageView): string =>
    encodeAction({ kind: 'page', page: target, view: targetView, question }) ?? `x:${target}:${targetView}`;
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (total > 1) {
    // Disabled buttons still need ids unique within the message; `x:` ids decode to nothing.
    buttons.push(
      page > 0 ? button(idFor(page - 1, 'excerpt'), words.previous, ButtonStyle.Secondary) : button('x:prev', words.previous, ButtonStyle.Secondary, true),
      button('x:count', words.page(page + 1, total), ButtonStyle.Secondary, true),
      page < total - 1 ? button(idFor(page + 1, 'excerpt'), words.next, ButtonStyle.Primary) : button('x:next', words.next, ButtonStyle.Primary, true),
    );
  }
  if (view === 'whole') buttons.push(button(idFor(page, 'excerpt'), words.excerpt, ButtonStyle.Secondary));
  else if (shortened) buttons.push(button(idFor(page, 'whole'), words.whole, ButtonStyle.Secondary));
  return { type: ComponentType.ActionRow, components: buttons };
}

function button(
  customId: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  disabled = false,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, custom_id: customId, label: truncate(label, LIMITS.buttonLabel), style, disabled };
}

// ---------------------------------------------------------------------------------------------
// Pieces

function message(parts: { embeds: APIEmbed[]; components: ButtonRow[]; mention: string | null }): MessagePayload {
  const components = parts.components
    .slice(0, LIMITS.actionRows)
    .map((row) => ({ ...row, components: row.components.slice(0, LIMITS.buttonsPerRow) }))
    .filter((row) => row.components.length > 0);
  const embeds = fitEmbeds(parts.embeds);
  if (parts.mention === null) return { embeds, components, allowedMentions: NO_PINGS };
  return { content: `<@${parts.mention}>`, embeds, components, allowedMentions: { parse: [], users: [parts.mention] } };
}

/**
 * The parts of a passage shown by default: the sentences that hold a matched term (neighbours
 * merged), at most `EXCERPT_LENGTH` characters of them. The whole text when nothing matched or
 * every sentence did.
 */
export function excerptWindows(passage: Pick<Passage, 'text' | 'highlights'>): Span[] {
  const whole = [{ start: 0, end: passage.text.length }];
  const sentences = splitSentences(passage.text);
  const hit = sentences.filter((sentence) =>
    passage.highlights.some((span) => span.start < sentence.span.end && span.end > sentence.span.start),
  );
  if (hit.length === 0 || hit.length === sentences.length) return whole;
  const windows: Span[] = [];
  let length = 0;
  for (const { span } of hit) {
    if (length > 0 && length + (span.end - span.start) > EXCERPT_LENGTH) break;
    length += span.end - span.start;
    const last = windows.at(-1);
    // Sentences that follow each other read as one stretch of text.
    if (last !== undefined && /^\s*$/u.test(passage.text.slice(last.end, span.start))) windows[windows.length - 1] = { start: last.start, end: span.end };
    else windows.push({ start: span.start, end: span.end });
  }
  return windows;
}

/**
 * The text inside `windows` with Markdown escaped and matched spans in bold, and an ellipsis
 * wherever text was left out.
 */
export function markPassage(text: string, windows: readonly Span[], highlights: readonly Span[]): string {
  let out = '';
  let previousEnd = 0;
  for (const window of windows) {
    if (window.start > previousEnd) out += out === '' ? '…' : ' … ';
    let at = window.start;
    for (const span of highlights) {
      const start = Math.max(span.start, at);
      const end = Math.min(span.end, window.end);
      if (end <= start) continue;
      out += escapeMarkdown(text.slice(at, start)) + `**${escapeMarkdown(text.slice(start, end))}**`;
      at = end;
    }
    out += escapeMarkdown(text.slice(at, window.end));
    previousEnd = window.end;
  }
  if (previousEnd < text.length) out += '…';
  return truncate(out, LIMITS.embedDescription - 600);
}

/** Backslash-escapes what Discord would read as Markdown or a mention, so passages show verbatim. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]<>@]/g, '\\$&').replace(/^(\s*)([#>-]|\d+\.)/gm, '$1\\$2');
}

/** `3.8万亿美元 · 贸易进出口额 · G60九城市`, leaving out what is unknown. */
export function figureLine(figure: Figure, withRaw = true): string {
  const parts = withRaw ? [figure.raw] : [];
  if (figure.metric !== null) parts.push(figure.metric);
  if (figure.entity !== null) parts.push(figure.entity);
  return parts.join(' · ');
}

function figureFields(figures: readonly Figure[], max: number = MAX_FIGURE_FIELDS): APIEmbedField[] {
  return figures.slice(0, Math.max(0, max)).map((figure) => ({ name: figureLine(figure), value: snippet(figure) }));
}

/** The words around a figure in its sentence, the figure in bold. */
function snippet(figure: Figure): string {
  const { sentence, span } = figure;
  const whole = sentence.length <= SNIPPET_WHOLE;
  const start = whole ? 0 : Math.max(0, span.start - SNIPPET_RADIUS);
  const end = whole ? sentence.length : Math.min(sentence.length, span.end + SNIPPET_RADIUS);
  const before = (start > 0 ? '…' : '') + escapeMarkdown(safeSlice(sentence, start, span.start));
  const after = escapeMarkdown(safeSlice(sentence, span.end, end)) + (end < sentence.length ? '…' : '');
  const text = `${before}**${escapeMarkdown(sentence.slice(span.start, span.end))}**${after}`;
  return truncate(text, LIMITS.fieldValue);
}

function citation(passage: Passage, documents: readonly DocumentMeta[], words: Words, page: string | null): string {
  const parts = [documentTitle(passage.doc, documents), words.paragraph(passage.paragraph)];
  if (passage.section !== null) parts.push(passage.section);
  if (page !== null) parts.push(page);
  return parts.join(' · ');
}

function documentTitle(id: string, documents: readonly DocumentMeta[]): string {
  const doc = documents.find((candidate) => candidate.id === id);
  return doc === undefined ? id : `《${doc.title}》`;
}

function safeSlice(text: string, start: number, end: number): string {
  const from = isLowSurrogate(text.charCodeAt(start)) ? start + 1 : start;
  const to = isLowSurrogate(text.charCodeAt(end)) ? end - 1 : end;
  return text.slice(from, Math.max(from, to));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
