import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-types.js';
import { createSession } from '../../src/terminal/session.js';
import { realEngine } from '../support/real-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

describe('the terminal session', () => {
  it.each([
    ['a question', '湖州有多少家高新技术企业', '1611家国家高新技术企业'],
    ['/city with a Traditional name', '/city 蕪湖', '33亿元'],
    ['/city with pinyin', '/city hu zhou', '1611家'],
    ['/figure by value', '/figure 1611', '国家高新技术企业'],
    ['/about', '/about', '共建共享区域高质量发展机遇'],
    ['/help', '/help', '/city'],
  ])('answers %s', (_what, line, expected) => {
    expect(createSession(engine, { color: false }).handle(line).text).toContain(expected);
  });

  it('ends on /quit', () => {
    expect(createSession(engine, { color: false }).handle('/quit').quit).toBe(true);
  });

  it('prints no colour codes when the output is not a terminal', () => {
    expect(createSession(engine, { color: false }).handle('湖州').text).not.toContain('\u001b[');
  });

  it('asks a numbered suggestion when its number is typed', () => {
    const session = createSession(engine, { color: false });
    const refusal = session.handle('湖州的GDP是多少');
    const first = /1\. (.+)/u.exec(refusal.text)?.[1];
    expect(first).toBeDefined();
    expect(session.handle('1').text).toContain('湖州');
  });
});
