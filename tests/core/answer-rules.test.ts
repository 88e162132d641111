import { describe, expect, it } from 'vitest';
import { answerRules } from '../../src/core/answer-rules.js';
import type { RankablePassage } from '../../src/core/passage-match.js';
import type { AnalyzedQuestion, Concept } from '../../src/core/query.js';
import type { Figure } from '../../src/core/types.js';

function question(normalized: string, asks: AnalyzedQuestion['asks'], more: Partial<AnalyzedQuestion> = {}): AnalyzedQuestion {
  return { language: 'zh', normalized, asks, concepts: [], counter: null, measure: [], ...more };
}

function subject(source: string): Concept {
  return { source, role: 'subject', forms: [{ text: source, strength: 1 }], key: null, weight: 1 };
}

function place(key: string): Concept {
  return { source: key, role: 'place', forms: [{ text: key, strength: 1 }], key, weight: 1 };
}

// A passage of one sentence, its figures found in it as the extractor would give them.
function passage(sentence: string, figures: readonly { raw: string; entity?: string }[] = [], year: number | null = 2023): RankablePassage {
  return {
    kind: 'paragraph',
    doc: 'doc',
    normalized: sentence,
    year,
    places: new Set(figures.flatMap(({ entity }) => (entity === undefined ? [] : [entity]))),
    figures: figures.map(({ raw, entity }): Figure => {
      const start = sentence.indexOf(raw);
      return { raw, value: 1, unit: 'count', counter: null, approx: false, metric: null, entity: entity ?? null, sentence, span: { start, end: start + raw.length } };
    }),
  };
}

/** Whether the passage writes all the question requires, else the reason the first rule it breaks gives. */
function verdict(asked: AnalyzedQuestion, text: RankablePassage): string {
  return answerRules(asked, false).find((rule) => !rule.holds(text))?.reason ?? 'answers';
}

describe('what the passage that answers must write', () => {
  it.each([
    ['a time, for when', question('要素对接大会是什么时候举行的', 'time'), passage('11月8日，要素对接大会在上海举行。'), 'answers'],
    ['no time, for when', question('要素对接大会是什么时候举行的', 'time'), passage('要素对接大会在上海举行。'), 'figure-not-given'],
    ['a day, for which day', question('论坛是几号开的', 'time'), passage('早在2015年，论坛就已开幕。'), 'figure-not-given'],
    [
      'a figure that is, for what is now',
      question('长三角现在的冷链流通率是多少', 'quantity'),
      passage('到2027年，产地冷链流通率力争达到50%以上。', [{ raw: '50%' }]),
      'figure-not-given',
    ],
    ['the year asked, written as 今年', question('2023年落地多少项目', 'quantity', { concepts: [{ ...subject('2023'), role: 'number' }] }), passage('今年以来落地项目120个。', [{ raw: '120个' }]), 'answers'],
    ['the year asked, not another', question('2022年落地多少项目', 'quantity', { concepts: [{ ...subject('2022'), role: 'number' }] }), passage('今年以来落地项目120个。', [{ raw: '120个' }]), 'figure-not-given'],
    ['the measure asked for', question('合肥新能源汽车出口了多少辆', 'quantity', { concepts: [subject('出口')], measure: ['出口'] }), passage('合肥新能源汽车出口10万辆。', [{ raw: '10万辆' }]), 'answers'],
    ['no other measure', question('合肥新能源汽车出口了多少辆', 'quantity', { concepts: [subject('出口')], measure: ['出口'] }), passage('合肥新能源汽车产量达到50万辆。', [{ raw: '50万辆' }]), 'figure-not-given'],
    ['a figure of the place asked about', question('杭州投资了多少', 'quantity', { concepts: [place('杭州')] }), passage('杭州投资30亿元。', [{ raw: '30亿元', entity: '杭州' }]), 'answers'],
    [
      'no figure of another place',
      question('杭州投资了多少', 'quantity', { concepts: [place('杭州')] }),
      passage('杭州和湖州共建园区，湖州投资30亿元。', [{ raw: '30亿元', entity: '湖州' }]),
      'figure-not-given',
    ],
    ['the office after the place asked about', question('杭州市长是谁', 'person', { concepts: [place('杭州'), subject('市长')], measure: ['市长'] }), passage('杭州市长姚高员说。'), 'answers'],
    [
      'no office of another place',
      question('杭州市长是谁', 'person', { concepts: [place('杭州'), subject('市长')], measure: ['市长'] }),
      passage('芜湖市长宁波说，杭州的经验值得学习。'),
      'not-in-corpus',
    ],
  ])('%s', (_what, asked, text, expected) => {
    expect(verdict(asked, text)).toBe(expected);
  });

  it('asks nothing of a question that names no time, place, measure, unit or counter', () => {
    expect(answerRules(question('G60科创走廊怎么样', 'other', { concepts: [subject('G60')] }), false)).toEqual([]);
  });
});
