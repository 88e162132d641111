import { assertNever } from '../core/assert-never.js';
import type { FigureMatch } from '../core/engine-types.js';
import type { Answer, CityReport, CorpusStats, Figure, Passage, Span } from '../core/types.js';
import { SHARED_WORDS, type WordingLanguage } from './wording.js';

/**
 * Replies as terminal text. Colour (ANSI) only when the output is a TTY; the words follow the
 * language of the question, the passages stay verbatim.
 */
export type TerminalStyle = { readonly color: boolean };
type Lang = WordingLanguage;

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', yellow: '\u001b[33m', cyan: '\u001b[36m', reset: '\u001b[0m' };

const WORDS = {
  zh: {
    ...SHARED_WORDS.zh,
    understood: '理解为：',
    mentions: '提到它的段落',
    notACity: '不是九城市之一。',
    noFigure: '没有找到相关的数字。',
  },
  en: {
    ...SHARED_WORDS.en,
    understood: 'Understood as: ',
    mentions: 'Paragraphs that name it',
    notACity: 'is not one of the nine cities.',
    noFigure: 'No figure found.',
  },
} as const;

export const HELP_TEXT = [
  'Ask a question about the article in Chinese or English, or:',
  '  /city <name>     a city’s figures (湖州, 蕪湖, Huzhou, hu zhou)',
  '  /figure <query>  find a figure by what it measures or its value (技术合同成交额, 1611)',
  '  /about           the source article and what the bot holds',
  '  /help            this help',
  '  /quit            leave',
].join('\n');

function paint(style: TerminalStyle, code: string, text: string): string {
  return style.color ? `${code}${text}${ANSI.reset}` : text;
}

function highlight(text: string, spans: readonly Span[], style: TerminalStyle): string {
  if (!style.color || spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + paint(style, ANSI.bold + ANSI.yellow, text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

export function figureText(figure: Figure): string {
  return [figure.raw, figure.metric, figure.entity].filter((part): part is string => part !== null).join(' · ');
}

function passageText(passage: Passage, index: number, lang: Lang, style: TerminalStyle): string {
  const where = [passage.doc, WORDS[lang].paragraph(passage.paragraph), passage.section]
    .filter((part): part is string => part !== null)
    .join(' · ');
  const lines = [paint(style, ANSI.cyan, `[${index + 1}] ${where}`), highlight(passage.text, passage.highlights, style)];
  for (const figure of passage.figures) lines.push(paint(style, ANSI.dim, `    · ${figureText(figure)}`));
  return lines.join('\n');
}

export function renderAnswerText(answer: Answer, style: TerminalStyle, maxPassages = 3): string {
  switch (answer.kind) {
    case 'answer': {
      const lang: Lang = answer.language === 'en' ? 'en' : 'zh';
      const lines: string[] = [];
      if (answer.understood) lines.push(paint(style, ANSI.dim, `${WORDS[lang].understood}${answer.understood.resolved}`));
      if (answer.direct) lines.push(paint(style, ANSI.bold, `➜ ${figureText(answer.direct)}`), `  「${answer.direct.sentence}」`);
      answer.passages.slice(0, maxPassages).forEach((passage, i) => lines.push(passageText(passage, i, lang, style)));
      return lines.join('\n');
    }
    case 'no-answer': {
      const lang: Lang = answer.language === 'en' ? 'en' : 'zh';
      const lines: string[] = [WORDS[lang].noAnswer[answer.reason]];
      if (answer.suggestions.length > 0) {
        lines.push(WORDS[lang].suggestions, ...answer.suggestions.map((suggestion, i) => `  ${i + 1}. ${suggestion}`));
      }
      return lines.join('\n');
    }
    case 'invalid':
      return `${WORDS.zh.invalid[answer.problem]} ${WORDS.en.invalid[answer.problem]}`;
    default:
      return assertNever(answer);
  }
}

export function renderCityText(name: string, report: CityReport, style: TerminalStyle): string {
  const lang: Lang = /\p{Script=Han}/u.test(name) ? 'zh' : 'en';
  const words = WORDS[lang];
  if (report.city === null) return [`${name} ${words.notACity}`, report.note ?? ''].filter(Boolean).join('\n');
  const lines = [paint(style, ANSI.bold, `${report.city.name} (${report.city.key})`)];
  if (report.note) lines.push(report.note);
  if (report.figures.length > 0) {
    lines.push(`${words.figures}:`, ...report.figures.map((f) => `  · ${figureText(f)}\n      「${f.sentence}」`));
  }
  if (report.shared.length > 0) {
    lines.push(`${words.shared}:`, ...report.shared.map((f) => `  · ${figureText(f)}\n      「${f.sentence}」`));
  }
  if (report.mentions.length > 0) {
    lines.push(`${words.mentions}:`, ...report.mentions.map((p, i) => passageText({ ...p, figures: [] }, i, lang, style)));
  }
  return lines.join('\n');
}

export function renderFiguresText(query: string, matches: readonly FigureMatch[]): string {
  const lang: Lang = /\p{Script=Han}/u.test(query) ? 'zh' : 'en';
  if (matches.length === 0) return WORDS[lang].noFigure;
  return matches
    .map((m) => `· ${figureText(m.figure)}  (${m.doc} ${WORDS[lang].paragraph(m.paragraph)})\n    「${m.figure.sentence}」`)
    .join('\n');
}

export function renderAboutText(stats: CorpusStats): string {
  const docs = stats.documents.map((d) => `  《${d.title}》${d.subtitle ? `——${d.subtitle}` : ''}${d.author ? ` · ${d.author}` : ''}${d.date ? ` · ${d.date}` : ''}`);
  return [`Documents: ${stats.documents.length}`, ...docs, `Passages: ${stats.passages} · Figures: ${stats.figures}`].join('\n');
}
