import { describe, expect, it } from 'vitest';
import { detectAsks } from '../../src/core/intent.js';

describe('what a question asks for', () => {
  it.each([
    ['这篇文章是谁写的', 'author'],
    ['文章的标题是什么', 'title'],
    ['这篇文章讲了什么', 'summary'],
    ['文章的主要内容是什么', 'summary'],
    ['总结一下', 'summary'],
    ['what is this article about?', 'summary'],
    ['summarize the report', 'summary'],
    ['他讲了什么观点', 'other'],
    ['陈浩说了什么', 'other'],
    ['湖州有多少家高新技术企业', 'quantity'],
    ["what was shanghai port's container throughput this year?", 'quantity'],
    ["what is hangzhou's per capita income?", 'quantity'],
    ["what was the yangtze river delta's grain output in 2023?", 'quantity'],
    ['what is the price of an electric car in hefei?', 'quantity'],
    ["what's the container throughput of ningbo-zhoushan port?", 'quantity'],
    ['what’s hefei’s gdp?', 'quantity'],
    ["what's the 2027 target for new and upgraded high-standard farmland?", 'quantity'],
    ["what's the most orders a single livestream has brought in?", 'quantity'],
    ['what is the white paper called?', 'other'],
    ['要素对接大会是什么时候举行的', 'time'],
    ['联席办主任是谁', 'person'],
  ] as const)('reads %s as asking for %s', (question, asks) => {
    expect(detectAsks(question)).toBe(asks);
  });
});
