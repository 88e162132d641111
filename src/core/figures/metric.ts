/**
 * What a figure measures, as a short Chinese label taken from the words around it:
 * - an amount after its noun: the noun phrase before the linking verb (贸易进出口额达到3.8万亿美元 →
 *   贸易进出口额), keeping a verb of change (利用外资增长54.5% → 利用外资增长);
 * - a count before its noun: the counted noun (56家新型研发机构 → 新型研发机构), with a short verb
 *   before it (参与共建两个产业联盟 → 参与共建产业联盟) and, for a vague noun such as 项目, what the
 *   sentence says it did (31个项目取得实质进展 → 项目取得实质进展);
 * - a rank: what is ranked and where (贸易居上海第二位 → 贸易上海排名);
 * - an edition: the event (第五届G60科创成果拍卖会 → G60科创成果拍卖会届次);
 * - a date: the event it dates (11月8日，…要素对接大会…举行 → 要素对接大会举办日期);
 * - a bare change (同比增长15%, 翻了两番): the metric of the figure before it plus the change.
 * Subjects (place names), time words and adverbs are left out: they are the entity and the period.
 */
import type { Span } from '../types.js';
import type { Mention } from './mentions.js';
import type { Quantity } from './quantity.js';

/** The block a figure sits in, in block offsets. */
export type MetricContext = {
  readonly text: string;
  readonly clauses: readonly Span[];
  readonly mentions: readonly Mention[];
  /** The block's quantities in order, in block offsets. */
  readonly quantities: readonly Quantity[];
  /** The labels given so far to the quantities before this one in the block, by index. */
  readonly labels: readonly (string | null)[];
};

const LEADING_WORDS = new RegExp(
  '^(?:今年以来|今年|去年以来|去年|明年|目前|当前|截至目前|截至|其中|此外|另外|同时|与此同时|未来|近年来|近年|' +
    '过去一年|一年来|据统计|数据显示|提高到|提升到|提升至|上升到|上升至|增至|增加到|降至|下降到|已经|已|先后|均|都|正在|将|还|也|共|初步|成功|持续|不断|进一步|并|主动|' +
    '累计已|累计|全年|是|预计|计划|全省|全市|全区|全县|该市|当地|一[条个家项座批]|这[条个家项座批]?|该)',
  'u',
);
const TRAILING_WORDS = new RegExp(
  '(?:预计达到|预计达|预计|首次突破|突破|达到|已达|累计达|(?<![通到抵表下传发直送畅转雷])达|(?<![成作认称因])为|是|约为|约|' +
    '大约|超过|超|逾|不足|不到|不超过|(?<![附最])近|将近|接近|共计|合计|总计|高达|多达|上升至|上升到|增至|增加到|提高到|提升至|扩大到|扩大至|缩短到|缩短至|降至|降低到|减少到|了|(?<![理自缘])由|' +
    '(?<![拥具没持享所占])有|(?<![公总])共|累计|(?<![统设会审估])计|分别|已经|已|先后|均|都|首次|至少|不少于|最高|还要|还将|要|(?<![许认])可)$',
  'u',
);
const CHANGE = /^(?:同比|环比|较[^，]*?|比(?![重例率])[^，]*?)?(?:增长|上升|下降|提高|增加|减少|下滑|回落|降低|提升|翻)$/u;
const QUOTE_MARKS = /[“”‘’"《》「」『』（）()【】]/gu;
const RANKING = /(?:位居|位列|名列|跃居|稳居|上升至|升至|排名|居|列|排)/u;
const PREDICATE = /(?:已经|已|先后|正在|将|取得|获得|落地|完成|实现|通过|成为|分别|在|入选|落户|开工|投产|签约)/u;
const NOUN_END = /[、，,。；;和及的]|(?<!参)与/u;
// After a count, 和 or 及 starts the next item only when a number follows (12家企业和4所高校);
// otherwise it joins one noun (17家新能源汽车及零部件企业).
const COUNTED_NOUN_END = /[、，,。；;的]|(?<!参)[和及与](?=[\d一二两三四五六七八九十百千几数多])/u;
// 副市长沈晓岚表示 opens a sentence with who speaks, not with what the figures are of.
const SPEECH = /(?:表示|介绍|指出|透露|强调|认为|坦言|告诉记者|说|称)$/u;
// 由过去的半天缩短到…: a value a change started from, and what follows it.
const FROM_VALUE = /(?:由|从)(?:过去|以前|原来|此前)的?.*$/u;
// 由2020年的不足30%提高到…: the measure is written before 由 and the base year.
// 损耗率由过去的20%左右: the same for a value the past had.
const FROM_BASE = /由(?:(?:19|20)\d{2}年|去年|上年|前年|过去|以前|原来|此前).*$/u;
// A head noun this general names no measure alone (从事智能驾驶软件研发的企业 → 企业).
const GENERIC_HEADS = new Set(['企业', '项目', '单位', '机构', '人员', '人才', '公司', '主体', '平台', '学校', '高校', '领域', '事项']);
const LEADING_VERBS = /^(?:从事|开展|参与|进行|拥有|面向|实现)/u;
const HOLDING = /(?:举行|举办|召开|开幕|开展|启动|发布|成立|揭牌|开通)/u;
const EVENT_VERB = /(?:投入使用|投入运行|建成|设立|启用|上线|开工|投产|签约|落户|通车)/u;
const EVENT_START = /^(?:第[^，]{1,3}?[届次期]|(?:19|20)\d{2}年?)/u;

/** Labels the quantity at `index` of the context's quantities. */
export function labelMetric(context: MetricContext, index: number): string | null {
  const quantity = context.quantities[index];
  if (quantity === undefined) return null;
  const clause = context.clauses.find((span) => span.start <= quantity.start && quantity.start < span.end) ??
    { start: quantity.start, end: quantity.end };
  const before = context.text.slice(clause.start, quantity.start);
  const after = context.text.slice(quantity.end, clause.end);
  const label = (() => {
    switch (quantity.kind) {
      case 'rank':
        return rankLabel(context, clause, quantity);
      case 'ordinal':
        return ordinalLabel(context, clause, quantity);
      case 'date':
        return dateLabel(context, clause, quantity);
      case 'year':
        return yearLabel(context, clause, quantity);
      case 'period': {
        // 《行动计划（2024—2026年）》: the span the plan covers.
        const opening = context.text.slice(clause.start, quantity.start);
        const plan = /([\p{Script=Han}]{2,20}(?:计划|方案|规划|纲要|意见))[（(]$/u.exec(opening.slice(opening.lastIndexOf('《') + 1));
        if (plan) return `${plan[1]}期限`;
        // 今年6月，…基金设立 and 明年上半年投入运行 date what happened, like a date; 今年前三季度，…
        // 产量达到 is the span a statistic covers.
        const happens = EVENT_VERB.test(context.text.slice(quantity.end, clause.end));
        return isOneMonth(quantity.value) || happens ? dateLabel(context, clause, quantity) : '统计期';
      }
      case 'duration': {
        if (before.trim() === '' && /^[间来]?$/u.test(after)) return '统计期';
        // 订舱时间由过去的半天缩短到10分钟: both spans are of 订舱时间.
        const measured = tidy(strip(before.replace(FROM_VALUE, ''), context, false))
          .replace(/^(?:以前|过去|原来|此前|现在|目前|如今)/u, '')
          .replace(/就?(?:需要|要)(?=\p{Script=Han})|就?(?:需要|要)?$/u, '');
        if (/时间|时长|周期|期限|天数|时延|延迟|用时|耗时/u.test(measured)) return measured;
        // 平均年龄超过60岁: an age, not a span of time.
        if (quantity.counter === '岁' || quantity.counter === '周岁') return /年龄|岁数/u.test(measured) ? measured : `${measured}年龄`;
        // 力争3年内新增…: the span a goal is set for.
        if (/力争|争取|计划/u.test(before) && measured.replace(/力争|争取|计划/gu, '').length < 2) return '目标期限';
        // 以前要排队半年，现在缩短到两个月左右: the span before it in the sentence says of what.
        if (/^(?:现在|目前|如今)?$/u.test(measured)) {
          const earlier = previousLabel(context, quantity);
          if (earlier !== '') return earlier;
        }
        // 4小时车程范围内: the span measures the noun after it; 最长14天的免费住宿: the noun's span.
        const noun = /^的?(\p{Script=Han}{2,8}?)(?:内|以内|[，。；、]|$)/u.exec(after)?.[1] ?? '';
        const cut = noun.search(PREDICATE);
        const following = cut > 0 ? noun.slice(0, cut) : cut === 0 ? '' : noun;
        if (following.length >= 2 && !/^(?:左右|以上|以内)/u.test(after)) return after.startsWith('的') ? `${measured}${following}时间` : following;
        // 企业送检要排队半年: how long the queue takes.
        return measured.length >= 2 ? `${measured}时间` : measured + (quantity.counter ?? '');
      }
      case 'multiple':
        return changeLabel(context, index, (tidy(strip(before, context, true)).split('的').at(-1) ?? '').replace(/(?:还要|要|还)?翻$/u, '增长'));
      case 'count':
      case 'people':
      case 'trips':
        if (quantity.counter !== null && /^[\p{Script=Han}A-Za-z“《]/u.test(after)) return countLabel(context, clause, index);
        return amountLabel(context, index, before, after);
      case 'money':
      case 'ratio':
      case 'percent':
      case 'points':
      case 'measure':
        return amountLabel(context, index, before, after);
    }
  })();
  if (label === '') return null;
  if (SHORT_LABEL_KINDS.has(quantity.kind) && label.length <= MAX_SHORT_LABEL) return topicOf(context, clause, label) + label;
  return label;
}

// 年客流量 or 对接企业 alone hides whose flow or whose partners: a short label borrows the topic.
const SHORT_LABEL_KINDS: ReadonlySet<Quantity['kind']> = new Set(['money', 'count', 'people', 'trips', 'measure', 'points']);
const MAX_SHORT_LABEL = 6;
const TOPIC_STOP = new RegExp(
  '(?:将|已|正|在|于|明年|今年|去年|年底|年初|建成|是|为|有|把|被|加快|不断|持续|正在|开始|实现|主动|积极|全面|深入|' +
    '大力|成功|推动|推进|加强|强化|聚焦|围绕|连接|共建|建设|举办|实施|面向|对|向|与|通过|依托|完成|达到|达|增长|上升|' +
    '下降|运行|成立|启用|制定|要|也|都|还)',
  'u',
);

/**
 * The topic a sentence opens with (高铁客运枢纽明年年底建成通车 → 高铁客运枢纽), for the later
 * clauses of the sentence; empty when the sentence opens with a verb, a time or a figure.
 */
function topicOf(context: MetricContext, clause: Span, label: string): string {
  const start = sentenceStart(context.text, clause.start);
  const first = context.clauses.find((span) => span.start >= start);
  if (first === undefined || first.start === clause.start) return '';
  if (context.quantities.some((q) => first.start <= q.start && q.start < first.end)) return '';
  // 实施《…方案》 opens with a verb: there is no topic, whatever names follow.
  if (strip(context.text.slice(first.start, first.end), context, false).search(TOPIC_STOP) === 0) return '';
  const opening = strip(context.text.slice(first.start, first.end), context, true);
  const stop = opening.search(TOPIC_STOP);
  const topic = tidy(stop === -1 ? opening : opening.slice(0, stop));
  // 物流方面 or 总体来看 frames the sentence; it names no subject.
  if (/(?:方面|来看|而言|看)$/u.test(topic) || SPEECH.test(topic)) return '';
  return topic.length >= 2 && topic.length <= 10 && !label.includes(topic) ? topic : '';
}

function sentenceStart(text: string, offset: number): number {
  const head = text.slice(0, offset);
  return Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？')) + 1;
}

function amountLabel(context: MetricContext, index: number, before: string, after: string): string {
  const quantity = context.quantities[index];
  // 整车企业12家、零部件企业1,250家: the second item's noun starts after the first item.
  // A date or period before it (今年前三季度达到47.3亿元) is no list item; a duration's 内 (3年内新增)
  // is no part of the noun.
  const previous = context.quantities[index - 1];
  const item =
    previous !== undefined &&
    quantity !== undefined &&
    !WHEN_KINDS.has(previous.kind) &&
    !isBaseYear(context, previous) &&
    previous.end > quantity.start - before.length;
  const from = item ? before.length - (quantity.start - previous.end) : 0;
  const stretch = before.slice(from);
  // 距离合肥约140公里的芜湖: a distance between two places.
  const distance = quantity?.unit === 'km' ? /(?:距离|距)(\p{Script=Han}{2,8}?)(?:约|仅|只有|不到|近|超过)?$/u.exec(before) : null;
  // 运输距离缩短了约120公里 is a change of a distance, not a distance from somewhere.
  if (distance && !/了|缩短|增加|减少|延长|提高/u.test(distance[1]!)) return `${distance[1]}距离`;
  let label = tidy(strip(previous?.kind === 'duration' && from > 0 ? stretch.replace(/^(?:以内|内|间|来)/u, '') : stretch, context, true)).replace(FROM_BASE, '');
  // 总量5200万人，占全国的四分之一: the share of the figure before it; 实现产值1850亿元 after
  // 规上企业已有410家: those companies' output.
  const earlier = quantity === undefined ? '' : previousLabel(context, quantity);
  if (earlier !== '' && /^占[^比]*$/u.test(label) && !/比例|比重/u.test(label)) return `${earlier}${label}比例`;
  if (earlier !== '' && /^(?:实现|完成|创造)\p{Script=Han}{1,4}$/u.test(label)) label = earlier + label;
  // 损耗率由过去的20%左右降到8%: the value a change reached is of what the value before it was.
  if (earlier !== '' && CHANGED_TO.test(label)) return earlier;
  // 80%以上的长三角主要城市: a share of what follows.
  if (/^的/u.test(after)) {
    const phrase = after.slice(1).split(NOUN_END)[0] ?? '';
    const cut = phrase.search(new RegExp(`${PREDICATE.source}|${EVENT_VERB.source}`, 'u'));
    const noun = tidy(cut > 0 ? phrase.slice(0, cut) : phrase);
    // 80%以上的长三角主要城市 is a share of the cities; 总规模50亿元的产业基金 is the fund's size.
    return quantity?.kind === 'percent' ? `${label}${noun}比例` : noun + label;
  }
  // 我们与G60科创走廊兄弟城市的技术合同成交额: the head noun is after the last 的.
  const parts = label.split('的');
  const head = parts.at(-1) ?? '';
  // 占全市工业产值的比重: a share keeps what it is a share of.
  if (head.length >= 2 && !label.includes('占')) {
    // Whatever says who and when (三省一市已实现…) stops at the adverb before the modifier's verb.
    const modifier = parts.length >= 2 ? (parts.at(-2)?.split(/已经|已|正在/u).at(-1) ?? '').replace(LEADING_VERBS, '') : '';
    label = GENERIC_HEADS.has(head) && modifier.length >= 2 ? modifier + head : head;
  }
  return changeLabel(context, index, domainOf(context, index, label));
}

function isOneMonth(value: Quantity['value']): boolean {
  const match = typeof value === 'string' ? /^(.+-\d{2})-01\/(.+-\d{2})-\d{2}$/u.exec(value) : null;
  return match !== null && match[1] === match[2];
}

/** A year a change is measured from (由2020年的不足30%, 比2020年增长): part of the phrase, no list item. */
function isBaseYear(context: MetricContext, quantity: Quantity): boolean {
  if (quantity.kind !== 'year' && quantity.kind !== 'date') return false;
  const before = context.text.slice(0, quantity.start);
  // 是2021年底的2.7倍: the multiple is of the figure at that date.
  return /[由比较从]$/u.test(before) || (/是$/u.test(before) && context.text.charAt(quantity.end) === '的');
}

// 同比增长15% says how much, not of what: borrow the metric of the figure before it.
function changeLabel(context: MetricContext, index: number, label: string): string {
  if (!CHANGE.test(label) && label !== '') return label;
  for (let i = index - 1; i >= 0; i--) {
    const previous = context.labels[i];
    // 统计期 or a date's label says when, not what changed.
    if (previous && !TIME_KINDS.has(context.quantities[i]?.kind ?? 'date')) return previous + label;
  }
  return label;
}

const TIME_KINDS: ReadonlySet<Quantity['kind']> = new Set(['date', 'period', 'year']);
// An edition or year after a date is part of the event's name (6月15日，第三届…论坛举行).
const NAME_PART_KINDS: ReadonlySet<Quantity['kind']> = new Set(['ordinal', 'year', 'date', 'period']);
// Removed from a label's words by strip(); a year (2023年长三角…总量) is cut off as a list item is.
const WHEN_KINDS: ReadonlySet<Quantity['kind']> = new Set(['date', 'period']);

function countLabel(context: MetricContext, clause: Span, index: number): string {
  const quantity = context.quantities[index];
  if (quantity === undefined) return '';
  const after = context.text.slice(quantity.end, clause.end);
  const nounAndRest = after.split(COUNTED_NOUN_END)[0] ?? '';
  const cut = nounAndRest.search(PREDICATE);
  const noun = tidy(cut > 0 ? nounAndRest.slice(0, cut) : nounAndRest);
  // 项目 alone says little: add what the sentence says the projects did.
  const predicate = cut > 0 && noun.length <= 2 ? tidy(strip(withoutNames(context, quantity.end + cut, clause.end), context, false)) : '';
  // A list (两个产业联盟、四个科技成果示范基地) shares the verb before its first item.
  const first = context.quantities.find((q) => clause.start <= q.start && q.start <= quantity.start) ?? quantity;
  const rawLead = context.text.slice(clause.start, first.start);
  const lead = tidy(strip(rawLead, context, true));
  const keep = /等$/u.test(rawLead) ? lead.replace(/等$/u, '') : lead.length <= 4 ? lead : '';
  return keep + noun + predicate;
}

function rankLabel(context: MetricContext, clause: Span, quantity: Quantity): string {
  const before = context.text.slice(clause.start, quantity.start);
  const verb = lastMatch(before, RANKING);
  if (verb === null) return tidy(strip(before, context, true)) + '排名';
  const subject = tidy(strip(before.slice(0, verb.start), context, true));
  const scope = tidy(before.slice(verb.end));
  // 产值突破2000亿元，居全国城市第三位: the rank is of the figure before it.
  return (subject === '' ? previousLabel(context, quantity) : subject) + scope + '排名';
}

function previousLabel(context: MetricContext, quantity: Quantity): string {
  const index = context.quantities.indexOf(quantity);
  const start = sentenceStart(context.text, quantity.start);
  for (let i = index - 1; i >= 0; i--) {
    const previous = context.quantities[i];
    if (previous === undefined || previous.start < start) break;
    const label = context.labels[i];
    if (label && previous.kind !== 'date' && previous.kind !== 'period') return label.replace(CHANGE_TAIL, '');
  }
  return '';
}

const CHANGED_TO = /^(?:降|降低|下降|缩小|缩短|减少|减|提高|提升|增加|增|上升|升|扩大|延长)(?:到|至)$/u;
const CHANGE_TAIL = /(?:同比|环比)?(?:增长|上升|下降|提高|增加|减少|下滑|回落|降低|提升)$/u;
const MEASURE_HEAD = /(?:产量|产值|总额|营收|收入|规模|数量|金额|投资额|成交额|增加值|进出口额|销量|出口额|总量|比重|占比)$/u;

/**
 * 产值 alone, after 新能源汽车产量达到…: a one-word measure takes the domain of the figure before
 * it in the sentence (新能源汽车产值).
 */
function domainOf(context: MetricContext, index: number, label: string): string {
  const quantity = context.quantities[index];
  if (quantity === undefined || label.length > 3 || !MEASURE_HEAD.test(label)) return label;
  const domain = previousLabel(context, quantity).replace(MEASURE_HEAD, '');
  return domain.length >= 2 && !label.startsWith(domain) ? domain + label : label;
}

/**
 * A year inside a name (2023长三角…大会) labels the event; a year on its own is the year of the
 * clause's subject, a target year after 到 (到2025年，…产量 → …产量目标年份).
 */
function yearLabel(context: MetricContext, clause: Span, quantity: Quantity): string {
  const before = context.text.slice(clause.start, quantity.start);
  // 比2020年增长27%, 由2020年的不足30%: the year a change is measured from.
  if (isBaseYear(context, quantity)) {
    const measure = tidy(strip(before.replace(/[由比较从]$/u, ''), context, true)).split('的').at(-1) ?? '';
    return (measure === '' ? previousLabel(context, quantity) : measure) + '基期年份';
  }
  const next = context.text.charAt(quantity.end);
  if (/\p{Script=Han}/u.test(next) && next !== '的') return dateLabel(context, clause, quantity);
  const suffix = /[到至]$/u.test(before) ? '目标年份' : '年份';
  let subject = tidy(strip(before.replace(/[到至]$/u, ''), context, true));
  if (subject === '') {
    const following = context.clauses.find((span) => span.start >= clause.end);
    const text = following === undefined ? '' : tidy(strip(context.text.slice(following.start, following.end), context, true));
    const head = text.split('的').at(-1) ?? '';
    const stop = head.search(TOPIC_STOP);
    subject = stop > 0 ? head.slice(0, stop) : stop === 0 ? '' : head;
  }
  return subject + suffix;
}

function ordinalLabel(context: MetricContext, clause: Span, quantity: Quantity): string {
  const after = context.text.slice(quantity.end, clause.end);
  const event = /^[^，。；：]*?(?:博览会|交易会|运动会|峰会|论坛|大会|会议|会|节|展|赛|奖)/u.exec(after)?.[0] ?? '';
  if (/^(?:会议|大会|会)?$/u.test(event)) {
    // 专责小组第四次会议: the body before the ordinal names the series.
    const body = tidy(strip(context.text.slice(clause.start, quantity.start), context, false));
    return body + (event === '' ? tidy(after.split(NOUN_END)[0] ?? '') : event);
  }
  return tidy(event) + (quantity.counter === '届' ? '届次' : '');
}

function dateLabel(context: MetricContext, clause: Span, quantity: Quantity): string {
  if (isBaseYear(context, quantity)) return `${previousLabel(context, quantity)}基期`;
  // 截至今年9月底，…累计建成: the day the count stops, not an event.
  if (/(?:截至|截止|截止到)$/u.test(context.text.slice(clause.start, quantity.start))) return '统计截止日期';
  // 11月8日，X在Y举行: the event is the subject of the clause after the date.
  // 2023年长三角地区人才资源总量超过5200万人: the event ends where a figure it reaches begins (not
  // one that qualifies it: 总规模100亿元的…基金).
  const following = context.quantities.find((q) => q.start >= quantity.end && !NAME_PART_KINDS.has(q.kind));
  const reaches =
    following !== undefined &&
    TRAILING_WORDS.test(context.text.slice(quantity.end, following.start)) &&
    context.text.charAt(following.end) !== '的';
  const next = reaches ? following.start : Infinity;
  const rest = context.text.slice(quantity.end, Math.min(next, sentenceEnd(context.text, quantity.end)));
  const own = context.text.slice(quantity.end, Math.min(next, clause.end));
  const source = own.trim() === '' ? rest.replace(/^[，,：:\s]+/u, '') : own;
  // 服务中心计划明年上半年投入运行: what happens is written before the date.
  const verbFirst = new RegExp(`^(?:${EVENT_VERB.source})`, 'u').exec(source);
  const subject = tidy(strip(context.text.slice(clause.start, quantity.start), context, true)).replace(/(?:计划|预计|将|拟|有望)$/u, '');
  if (verbFirst && subject.length >= 2 && quantity.kind !== 'year') return `${subject}${verbFirst[0]}日期`;
  const stop = source.search(new RegExp(`(?:在|于|举行|举办|召开|开幕|将|已|正式|顺利|隆重|${EVENT_VERB.source})`, 'u'));
  let event = (stop > 0 ? source.slice(0, stop) : source.split(NOUN_END)[0] ?? '').replace(TRAILING_WORDS, '');
  // 总规模50亿元的产业基金在嘉兴设立: what is dated is the head noun after the last 的.
  event = event.replace(EVENT_START, '').split('的').at(-1) ?? '';
  // Drop what precedes the last name inside the event (…2023长三角G60科创走廊 | 高质量发展要素对接大会).
  const names = context.mentions.filter((m) => m.start >= quantity.end);
  for (const mention of names) {
    const at = event.indexOf(context.text.slice(mention.start, mention.end));
    if (at !== -1 && event.length - (at + mention.end - mention.start) >= 4) event = event.slice(at + mention.end - mention.start);
  }
  event = tidy(event);
  // 物流园投入使用 is dated by what happened to it; a meeting is held (举办日期).
  const happened = EVENT_VERB.exec(source)?.[0];
  const suffix = quantity.kind === 'year' ? '年份' : HOLDING.test(source) ? '举办日期' : happened !== undefined ? `${happened}日期` : '日期';
  return event + suffix;
}

/** A stretch of the block with its place names and the 在 before them left out (在松江、芜湖落地 → 落地). */
function withoutNames(context: MetricContext, start: number, end: number): string {
  let text = '';
  let at = start;
  for (const mention of context.mentions.filter((m) => start <= m.start && m.end <= end)) {
    text += context.text.slice(at, mention.start) + '\u0000';
    at = mention.end;
  }
  text += context.text.slice(at, end);
  return text.replace(/在?\u0000(?:[、和及与]\u0000)*/gu, '');
}

/** Removes the subject's name and what comes before it, time words, adverbs and linking verbs. */
function strip(text: string, context: MetricContext, dropSubject: boolean): string {
  let result = text;
  // Other figures in the stretch (今年1-9月) are periods or list items, not part of the label.
  for (const quantity of context.quantities) {
    const written = context.text.slice(quantity.start, quantity.end);
    if (quantity.kind === 'period' || quantity.kind === 'date') result = result.replace(written, '');
  }
  result = result.replace(QUOTE_MARKS, '');
  if (dropSubject) {
    const longestFirst = [...context.mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const mention of longestFirst) {
      const name = context.text.slice(mention.start, mention.end);
      const at = result.lastIndexOf(name);
      if (at !== -1) result = result.slice(at + name.length);
    }
  }
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').trim();
  }
  return result;
}

function tidy(text: string): string {
  return text.replace(QUOTE_MARKS, '').replace(/^[，,、：:\s的]+|[，,、：:\s的]+$/gu, '');
}

function lastMatch(text: string, pattern: RegExp): Span | null {
  let found: Span | null = null;
  for (const match of text.matchAll(new RegExp(pattern.source, 'gu'))) {
    found = { start: match.index, end: match.index + match[0].length };
  }
  return found;
}

function sentenceEnd(text: string, offset: number): number {
  const stop = text.slice(offset).search(/[。！？]/u);
  return stop === -1 ? text.length : offset + stop;
}
