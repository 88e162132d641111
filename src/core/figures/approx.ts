/**
 * Markers that make a figure approximate or a threshold. Those after the numeral (10余个, 80%以上)
 * are part of the figure as written; those before it (突破百亿元, 近三成, 约3000家) are verbs and
 * adverbs of the sentence, so they set `approx` but stay outside `raw`.
 */
import { alternation } from './units.js';

/** Between the numeral and its counter: 10余个, 300多家, 两千余. */
export const INNER_APPROX = ['余', '多', '来'] as const;

/** After the whole figure: 80%以上, 3000家左右. */
export const TRAILING_APPROX = ['以上', '左右', '上下', '开外', '有余', '出头', '以下', '以内', '之多'] as const;

const LEADING_APPROX = [
  '近', '约', '大约', '约为', '将近', '接近', '超', '超过', '逾', '突破', '多达', '高达', '达近', '至少',
  '不少于', '不低于', '不到', '不足', '低于', '最高', '最多', '大概',
];

const LEADING = new RegExp(`(?:${alternation(LEADING_APPROX)})$`, 'u');

/** Whether the text right before a figure marks it as approximate (突破, 近, 约, 超过 ...). */
export function hasLeadingApprox(before: string): boolean {
  return LEADING.test(before);
}
