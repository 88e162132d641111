import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/core/query.js';
import { EVENT, heldInPatterns } from '../../src/core/venues.js';

const xuancheng: Concept = { source: '宣城', role: 'place', forms: [{ text: '宣城', strength: 1 }], key: '宣城', weight: 1 };

describe('heldInPatterns', () => {
  it.each([
    ['held in the place, with its province before it', '长三角乡村振兴协作推进会在安徽宣城召开', true],
    ['opened in the place', '论坛在宣城开幕', true],
    ['the place named, but nothing held there', '宣城代表约450人参会', false],
    ['held in another place', '推进会在安徽芜湖召开，宣城代表参会', false],
  ])('reads a passage where an event is %s: %s → %s', (_what, text, held) => {
    expect(heldInPatterns([xuancheng]).some((pattern) => pattern.test(text))).toBe(held);
  });
});

describe('EVENT', () => {
  it.each([
    ['宣城推进会签约了多少个项目', true],
    ['How many people attended the forum in Hangzhou?', true],
    ['宣城签约了多少个项目', false],
  ])('reads %s as about an event: %s', (question, event) => {
    expect(EVENT.test(question.toLowerCase())).toBe(event);
  });
});
