import { describe, expect, it } from 'vitest';
import type { Answer, InvalidQuestionProblem } from '../../src/core/types.js';
import { questionOf, staysSilent } from '../../src/discord/messages.js';
import type { IncomingMessage } from '../../src/discord/messages.js';

const BOT = '100000000000000001';
const ASK_CHANNEL = '400000000000000002';
const rules = { botId: BOT, askChannelIds: new Set([ASK_CHANNEL]) };
const message = (overrides: Partial<IncomingMessage>): IncomingMessage => ({
  content: '',
  authorId: '300000000000000001',
  authorIsBot: false,
  channelId: '400000000000000001',
  isDirect: false,
  mentionsBot: false,
  ...overrides,
});

describe('questionOf', () => {
  it.each([
    ['a mention, stripped', { content: `<@${BOT}> 湖州有多少家企业？`, mentionsBot: true }, '湖州有多少家企业？'],
    ['a nickname mention in the middle', { content: `请问 <@!${BOT}> 湖州呢`, mentionsBot: true }, '请问 湖州呢'],
    ['a DM', { content: 'What about Huzhou?', isDirect: true }, 'What about Huzhou?'],
    ['anything in an ask channel', { content: '九城市贸易额', channelId: ASK_CHANNEL }, '九城市贸易额'],
    ['a bare mention, as an empty question', { content: `<@${BOT}>`, mentionsBot: true }, ''],
  ] as const)('reads %s', (_name, overrides, expected) => {
    expect(questionOf(message(overrides), rules)).toBe(expected);
  });

  it.each([
    ['a message elsewhere', { content: '湖州有多少家企业？' }],
    ['another bot, even in an ask channel', { content: '湖州', channelId: ASK_CHANNEL, authorIsBot: true }],
    ['the bot itself in a DM', { content: '湖州', isDirect: true, authorId: BOT }],
    ['a mention of someone else', { content: '<@300000000000000009> 湖州' }],
  ] as const)('ignores %s', (_name, overrides) => {
    expect(questionOf(message(overrides), rules)).toBeNull();
  });
});

describe('staysSilent', () => {
  const invalid = (problem: InvalidQuestionProblem, question = ''): Answer => ({ kind: 'invalid', question, problem });
  const inChannel = { channelId: ASK_CHANNEL };

  it.each([
    ['an emoji', invalid('no-words', '👍')],
    ['small talk', invalid('small-talk', '好的')],
    ['an empty message', invalid('empty')],
  ] as const)('leaves %s in an ask channel unanswered', (_name, answer) => {
    expect(staysSilent(answer, message(inChannel), rules)).toBe(true);
  });

  it.each([
    ['small talk in a DM', invalid('small-talk', '谢谢'), { isDirect: true }],
    ['small talk with a mention', invalid('small-talk', '你好'), { ...inChannel, content: `<@${BOT}> 你好`, mentionsBot: true }],
    ['a question too long, in an ask channel', invalid('too-long'), inChannel],
    ['a question in Japanese, in an ask channel', invalid('unsupported-language', 'G60のプロジェクト'), inChannel],
    ['an answer, in an ask channel', { kind: 'no-answer', question: '南京', language: 'zh', reason: 'unknown-place', suggestions: [], understood: null } as Answer, inChannel],
  ] as const)('answers %s', (_name, answer, overrides) => {
    expect(staysSilent(answer, message(overrides), rules)).toBe(false);
  });
});
