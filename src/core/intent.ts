/**
 * What kind of answer a question asks for, read from its question words alone (Chinese and
 * English), so that ranking can prefer a passage that holds that kind of thing.
 */
export type Asks =
  | 'time'
  | 'quantity'
  | 'rank'
  | 'person'
  | 'place'
  | 'title'
  | 'author'
  /** What the article is about: its title, subtitle and lead paragraph answer. */
  | 'summary'
  | 'other';

const RULES: readonly (readonly [Asks, RegExp])[] = [
  ['author', /谁写|作者|记者是谁|谁采写|撰稿人|\bauthor\b|\bwrote\b|\bwriter\b|\breporter\b|\bbyline\b|\bjournalist\b/u],
  ['title', /标题|题目|\bheadline\b|\btitle\b/u],
  // 这篇文章讲了什么, What is this article about: asked of the article, not of a person (他讲了什么).
  [
    'summary',
    /(?:文章|报道|稿子|稿件|新闻|本文|这篇)[^？?。，,]{0,6}(?:讲|说|写|谈|报道)(?:了|的)?(?:是)?(?:什么|啥|哪些)|主要内容|^(?:总结|概括)|(?:总结|概括)(?:一下)?(?:文章|全文|这篇)|\bsummar(?:y|ize|ise)\b|\bwhat(?:'s|’s| is| was)\s+(?:this|the)\s+(?:article|story|report|piece)\s+about\b|\bwhat does (?:this|the) (?:article|story|report|piece) (?:say|cover)\b|\bmain points?\b|\bgist\b/u,
  ],
  ['time', /哪一?年|哪一?天|什么时候|何时|几月|几号|哪个月|日期|\bwhen\b|(?:what|which) (?:year|date|day|month|period|time)\b/u],
  ['rank', /排第几|排老几|第几|排名|名次|排在|\brank|\bplace[sd]?\b.*\bin\b|\bwhich (?:meeting|session|edition|round|time|installment)\b/u],
  // 哪几个地方 asks which ones, not how many.
  ['place', /哪几(?:个|座)?(?:城市|地方|地区|区县)|哪些地方|哪个地方/u],
  ['other', /哪几/u],
  ['quantity', /多少|几|多大|多高|多长|占比|比例|比重|百分之|几成|几倍|什么数据|哪些数据|什么数字|哪些数字|\bwhat (?:figures|numbers|data|statistics)\b|\bhow (?:many|much|large|big|far|long)\b|what (?:share|percentage|proportion|portion)|\bgrow|\bgrew\b|\brise\b|\brose\b|\bincrease|\bwhat(?: is| was| are| were|['’]s) (?:the |its |their )?(?:[\w'’-]+ ){0,5}?(?:amount|number|value|volume|output|investment|revenue|size|rate|turnover|sales|capacity|count|population|scale|total|throughput|income|spending|exports|imports|production|yield|area|length|price|cost|share|proportion|ratio|gdp|target)\b|\bwhat(?: is| was|['’]s) the (?:most|fewest) [\w-]+s\b/u],
  ['person', /谁|哪位|\bwho\b|\bwhom\b/u],
  ['place', /哪里|哪儿|哪些城市|哪个城市|哪座城市|\bwhere\b|which cit/u],
];

export function detectAsks(normalizedQuestion: string): Asks {
  for (const [asks, pattern] of RULES) if (pattern.test(normalizedQuestion)) return asks;
  return 'other';
}
