/**
 * Whose figure it is. In order:
 * 1. an edition belongs to its event (第五届G60科创成果拍卖会 → the corridor; 第六届中国国际进口
 *    博览会 → that expo), unless the event is a bare 会议 and takes the subject before it;
 * 2. a figure inside a quote belongs to the speaker's city, unless its own clause names a city;
 * 3. otherwise the nearest subject: the figure's own clause (before it, then after it: 10余个项目
 *    在松江、芜湖落地), then the clauses before it in the paragraph, nearest first (the paragraph's
 *    topic: 松江强化交通枢纽建设 … 80%以上), then earlier paragraphs of the section, then the title;
 *    a sentence that opens at a meeting (论坛上，…) looks no further back than itself.
 * A name after a preposition (面向九城市, 对G60科创走廊) is an object, not a subject; names joined by
 * 、 和 及 are one subject, their keys joined with 、.
 */
import type { Span } from '../types.js';
import type { Mention } from './mentions.js';
import type { QuantityKind } from './quantity.js';
import type { Quote } from './speakers.js';

/** A block prepared for attribution: its text, mentions, clause spans and quotes, in block offsets. */
export type AttributionBlock = {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly clauses: readonly Span[];
  readonly quotes: readonly Quote[];
};

/** A figure to attribute, in block offsets. */
export type AttributionTarget = Span & { readonly kind: QuantityKind };

// 居 and 至 give a rank's league (居上海第二位, 上升至上海第一位), 占 the whole of a share (占浙江全省
// 的四成), 直达 and its kind where goods go (直达宁波舟山港, 运到宁波舟山港), 由 who built or gave
// a thing and 入住 who moved in (在湖州安吉，由上海企业投资建设的社区已入住上海老人近600名): none
// says whose the figure is.
const OBJECT_MARKER = /(?:面向|对|向|给|同|跟|比|较|与|除了|除|为|连接|居|至|占|直达|运往|运到|运抵|发往|销往|送往|送到|抵达|前往|由|入住)$/u;
// 在浙江省排名第三, 在浙江省各设区市中排名第二: the place a rank is counted in.
const RANK_SCOPE_BEFORE = /在$/u;
const RANK_SCOPE_AFTER = /^[^，。；]{0,8}?(?:排名|排在|位居|名列|居(?=第|前|首))/u;
// 合肥与上海、杭州等城市共建…: the places after 与 and before 等 are partners, not owners.
const PARTNER_JOINER = /^(?:与|和|同)$/u;
// A region after 的 is where the noun lies (通达80%以上的长三角主要城市), not whose the figure is;
// a city there names the owner (占地约860亩的宣城…物流园).
const REGION_OBJECT_MARKER = /的$/u;
const LIST_JOINER = /^(?:、|和|及|与|以及)$/u;
const EVENT = /^[^，。；：]*?(?:博览会|交易会|运动会|洽谈会|推介会|发布会|峰会|论坛|大会|会议|会|节|展|赛|奖)/u;
const GENERIC_EVENT = /^(?:次)?(?:会议|大会|会)$/u;
const CONTINUES = /(?:全市|全区|全县|全省|该市|该区|该县|当地|本市|他|她|他们)/u;
const HELD = /(?:在|于|举行|举办|召开|开幕|闭幕|启动)/u;
const EDITION = /^第[^，。]{1,4}?届/u;

/**
 * Attributes a figure of `block`. `earlier` are the blocks before it that may set its topic,
 * nearest first (the rest of the section, then the title).
 */
export function attribute(
  target: AttributionTarget,
  block: AttributionBlock,
  earlier: readonly AttributionBlock[],
): string | null {
  if (target.kind === 'ordinal') {
    const event = EVENT.exec(block.text.slice(target.end))?.[0];
    if (event !== undefined) {
      const inside = subjects(block, { start: target.end, end: target.end + event.length }, { regions: false })[0];
      if (inside !== undefined) return inside;
      if (!GENERIC_EVENT.test(event)) return event.replace(/^[的]/u, '');
    }
  }
  const clause = block.clauses.find((span) => span.start <= target.start && target.start < span.end) ?? target;
  if (target.kind === 'date') {
    const event = dateEvent(block, clause, target);
    if (event !== null) return event;
  }
  const quote = block.quotes.find((span) => span.start < target.start && target.end <= span.end);
  if (quote?.speakerCity) {
    const own = block.mentions.find((m) => m.kind === 'city' && clause.start <= m.start && m.end <= target.start);
    return own?.key ?? quote.speakerCity;
  }
  const before = subjects(block, { start: clause.start, end: target.start })[0];
  if (before !== undefined) return before;
  const after = subjects(block, { start: target.end, end: clause.end })[0];
  if (after !== undefined) return after;
  // A date or a year in an event's name dates the event that the rest of its sentence names.
  if (target.kind === 'date' || target.kind === 'year' || target.kind === 'period') {
    const sentenceEnd = sentenceEndAfter(block.text, target.end);
    const later = subjects(block, { start: clause.end, end: sentenceEnd })[0];
    if (later !== undefined) return later;
  }
  // 论坛上，6家银行…签署协议: a sentence that opens at a meeting speaks of the meeting, not of the
  // city the sentence before it was about.
  const opening = sentenceStartBefore(block.text, clause.start);
  const atMeeting = AT_MEETING.test(block.text.slice(opening));
  for (const previous of block.clauses.filter((span) => span.end <= clause.start && (!atMeeting || span.start >= opening)).reverse()) {
    const subject = subjects(block, previous)[0];
    if (subject !== undefined) return subject;
  }
  if (atMeeting) return null;
  // A paragraph that names no one speaks at the article's level, unless it refers back (全市, 该市, 他).
  if (!CONTINUES.test(block.text.slice(0, target.start))) return null;
  for (const other of earlier) {
    for (const previous of [...other.clauses].reverse()) {
      const subject = subjects(other, previous)[0];
      if (subject !== undefined) return subject;
    }
  }
  return null;
}

/**
 * 11月8日，第三届X大会在合肥开幕: the date is the event's. The event is the subject of the clause
 * after the date; a name inside it (…G60科创走廊…大会) gives the entity, else the event's own name.
 */
function dateEvent(block: AttributionBlock, clause: Span, target: AttributionTarget): string | null {
  const own = block.text.slice(target.end, clause.end).trim();
  const next = own === '' ? block.clauses.find((span) => span.start >= clause.end) : { start: target.end, end: clause.end };
  if (next === undefined) return null;
  const text = block.text.slice(next.start, next.end);
  const stop = text.search(HELD);
  if (stop <= 0) return null;
  const subject = text.slice(0, stop);
  if (!EVENT.test(subject) || !/(?:会|节|展|赛|论坛|奖)$/u.test(subject)) return null;
  const named = subjects(block, { start: next.start, end: next.start + stop }, { regions: false })[0];
  return named ?? subject.replace(EDITION, '');
}

/**
 * The subjects named inside a span, in order: lists joined, objects of prepositions skipped. An
 * event's name says whose it is only through a narrower name than the region (第三届长三角数字经济
 * 大会 is that event's, not the region's): `regions: false` leaves regions out.
 */
function subjects(block: AttributionBlock, span: Span, { regions = true }: { readonly regions?: boolean } = {}): string[] {
  const inside = block.mentions.filter((m) => span.start <= m.start && m.end <= span.end && (regions || m.kind !== 'region'));
  const found: string[] = [];
  for (let i = 0; i < inside.length; i++) {
    const first = inside[i];
    if (first === undefined) continue;
    const list = [first];
    while (i + 1 < inside.length) {
      const last = list[list.length - 1];
      const next = inside[i + 1];
      if (last === undefined || next === undefined || next.kind !== 'city' || last.kind !== 'city') break;
      if (!LIST_JOINER.test(block.text.slice(last.end, next.start))) break;
      list.push(next);
      i++;
    }
    const partners = block.text.startsWith('等', list[list.length - 1]!.end)
      ? list.findIndex((mention, at) => at > 0 && PARTNER_JOINER.test(block.text.slice(list[at - 1]!.end, mention.start)))
      : -1;
    if (partners > 0) list.splice(partners);
    const before = block.text.slice(Math.max(0, first.start - 2), first.start);
    if (OBJECT_MARKER.test(before) || (first.kind === 'region' && REGION_OBJECT_MARKER.test(before))) continue;
    if (RANK_SCOPE_BEFORE.test(before) && RANK_SCOPE_AFTER.test(block.text.slice(list[list.length - 1]!.end))) continue;
    found.push([...new Set(list.map((m) => m.key))].join('、'));
  }
  return found;
}

const AT_MEETING = /^[^，。；！？]{0,10}(?:会|论坛|仪式|活动|现场)上[，,]/u;

function sentenceStartBefore(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('。', offset - 1), text.lastIndexOf('！', offset - 1), text.lastIndexOf('？', offset - 1)) + 1;
}

function sentenceEndAfter(text: string, offset: number): number {
  const stop = text.slice(offset).search(/[。！？]/u);
  return stop === -1 ? text.length : offset + stop;
}
