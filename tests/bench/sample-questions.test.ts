import { describe, expect, it } from 'vitest';
import { createRng } from '../../bench/corpus/prng.js';
import { sampleQuestions } from '../../bench/sample-questions.js';

const texts = [
  '---\ntitle: 标题\n---\n\n标题\n　　湖州市国家高新技术企业达到1611家，增长25%。九城市贸易进出口额达到3.8万亿美元！\n',
  '标题二\n　　科创走廊成果转化基金加快运行，已建立600余个项目储备库。\n',
];

describe('sampleQuestions', () => {
  const questions = sampleQuestions(texts, 200, createRng(3));

  it('gives the same list for the same seed', () => {
    expect(sampleQuestions(texts, 200, createRng(3))).toEqual(questions);
  });

  it('takes every question from inside one clause of a sentence', () => {
    const clauses = texts.flatMap((text) => text.split(/[，、。！？；：“”\n]/u));
    for (const question of questions) expect(clauses.some((clause) => clause.includes(question))).toBe(true);
  });

  it.each([
    ['at least 4 characters', (length: number) => length >= 4],
    ['at most 12 characters', (length: number) => length <= 12],
  ])('makes questions of %s', (_name, holds) => {
    expect(questions.every((question) => holds(question.length))).toBe(true);
  });

  it('never samples front matter or titles, which have no sentence', () => {
    expect(questions.some((question) => question.includes('title') || question === '标题二')).toBe(false);
  });
});
