import { describe, expect, it } from 'vitest';
import { type ButtonAction, decodeAction, encodeAction, MAX_QUESTION_IN_CUSTOM_ID } from '../../src/render/button-actions.js';

describe('custom ids', () => {
  it.each<ButtonAction>([
    { kind: 'page', page: 2, view: 'whole', question: { kind: 'text', text: '湖州: 有多少?' } },
    { kind: 'page', page: 0, view: 'excerpt', question: { kind: 'key', key: 'abcDEF_-12345678' } },
    { kind: 'suggest', question: '九城市贸易进出口额是多少？' },
  ])('round-trips %j', (action) => {
    const id = encodeAction(action);
    expect(id).not.toBeNull();
    expect(decodeAction(id ?? '')).toEqual(action);
  });

  it('refuses what would not fit in 100 characters', () => {
    const text = 'x'.repeat(MAX_QUESTION_IN_CUSTOM_ID + 1);
    expect(encodeAction({ kind: 'page', page: 999, view: 'whole', question: { kind: 'text', text } })).toBeNull();
    expect(encodeAction({ kind: 'page', page: 999, view: 'whole', question: { kind: 'text', text: text.slice(1) } })?.length).toBe(100);
  });

  it.each(['x:prev', 'x:count', 'other-bot:1', 'p:1:q:t:x'])('decodes %j to nothing', (id) => {
    expect(decodeAction(id)).toBeNull();
  });
});
