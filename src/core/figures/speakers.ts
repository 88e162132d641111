/**
 * Quotations and whose city speaks in them. Chinese news credits a quote to an office holder
 * before it (浙江省湖州市委书记陈浩说：“……”) or after it (“……”浙江省杭州市副市长胥伟华说。); a
 * figure inside the quote is the speaker's city's figure, even when the quote says only 我们.
 */
import type { Span } from '../types.js';
import type { Mention } from './mentions.js';

export type Quote = Span & {
  /** The city key of the speaker's office, or null when the speaker holds no city office. */
  readonly speakerCity: string | null;
};

const SAYS = /(?:说|表示|介绍|指出|认为|强调|透露|坦言|谈到|提出|建议|称|道出|回应|告诉)/u;
const QUOTE = /“[^”]*”?/gu;

/** Finds the quotations of a block and their speakers' cities. */
export function findQuotes(text: string, mentions: readonly Mention[]): Quote[] {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = lastSentenceBefore(text, start);
    const after = firstSentenceAfter(text, end);
    const credit = SAYS.test(text.slice(before, start)) && before < start ? { start: before, end: start }
      : SAYS.test(text.slice(end, after)) ? { start: end, end: after }
      : null;
    const city = credit === null ? undefined
      : mentions.find((mention) => mention.kind === 'city' && credit.start <= mention.start && mention.end <= credit.end);
    quotes.push({ start, end, speakerCity: city?.key ?? null });
  }
  return quotes;
}

function lastSentenceBefore(text: string, offset: number): number {
  const head = text.slice(0, offset);
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'), head.lastIndexOf('”'));
  return stop + 1;
}

function firstSentenceAfter(text: string, offset: number): number {
  const stop = text.slice(offset).search(/[。！？“]/u);
  return stop === -1 ? text.length : offset + stop;
}
