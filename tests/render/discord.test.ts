import { describe, expect, it } from 'vitest';
import type { Answer, Passage } from '../../src/core/types.js';
import { decodeAction } from '../../src/render/button-actions.js';
import { type AnswerView, escapeMarkdown, excerptWindows, figureLine, markPassage, type MessagePayload, renderAbout, renderAnswer, renderCity, renderFigures } from '../../src/render/discord.js';
import { replyLocale } from '../../src/render/discord-words.js';
import { LIMITS, embedLength } from '../../src/render/limits.js';
import { FAKE_CITIES, FAKE_DOCUMENT, FAKE_SUGGESTIONS, createFakeEngine } from '../support/fake-engine.js';

const engine = createFakeEngine();
const documents = [FAKE_DOCUMENT];
const view = (overrides: Partial<AnswerView> = {}): AnswerView => ({
  locale: 'zh-CN',
  documents,
  page: 0,
  view: 'excerpt',
  question: { kind: 'text', text: 'q' },
  ...overrides,
});
const buttons = (payload: MessagePayload) => payload.components.flatMap((row) => row.components);
const labels = (payload: MessagePayload) => buttons(payload).map((button) => button.label);

describe('renderAnswer', () => {
  const answer = engine.ask('湖州有多少家国家高新技术企业？');

  it('leads with the direct figure, then the passage with matched terms in bold', () => {
    const [embed] = renderAnswer(answer, view()).embeds;
    expect(embed?.description).toMatch(/^答：\*\*1611家\*\* · 国家高新技术企业 · 湖州\n\n/);
    expect(embed?.description).toContain('1611家**国家高新技术企业**');
    expect(embed?.description).toContain('浙江省**湖州**市委书记');
  });

  it('lists the passage figures as fields: value · what it measures · whose', () => {
    const [embed] = renderAnswer(answer, view()).embeds;
    expect(embed?.fields?.map((field) => field.name)).toEqual(['56家 · 新型研发机构 · 湖州', '1611家 · 国家高新技术企业 · 湖州']);
    expect(embed?.fields?.[1]?.value).toContain('**1611家**');
  });

  it('cites the document, paragraph and section in the footer', () => {
    const [embed] = renderAnswer(answer, view()).embeds;
    expect(embed?.footer?.text).toBe('《共建共享区域高质量发展机遇》 · 第17段 · 强化产业链合作');
  });

  it.each([
    ['zh-CN', '问：', '显示全段'],
    ['en-US', 'Q: ', 'Whole paragraph'],
  ] as const)('words the reply in %s', (locale, title, whole) => {
    const payload = renderAnswer(answer, view({ locale }));
    expect(payload.embeds[0]?.title?.startsWith(title)).toBe(true);
    expect(labels(payload)).toContain(whole);
  });

  it('pages through several passages with previous, position and next buttons', () => {
    const several = engine.ask('九城市 贸易进出口额 湖州 芜湖');
    if (several.kind !== 'answer') throw new Error('expected an answer');
    expect(several.passages.length).toBe(3);
    const first = renderAnswer(several, view({ locale: 'en-US' }));
    expect(labels(first).slice(0, 3)).toEqual(['Previous', '1/3', 'Next']);
    // Every sentence of the first passage matched, so there is no excerpt to expand.
    expect(buttons(first).map((button) => button.disabled)).toEqual([true, true, false]);
    const next = buttons(first)[2]?.custom_id ?? '';
    expect(decodeAction(next)).toEqual({ kind: 'page', page: 1, view: 'excerpt', question: { kind: 'text', text: 'q' } });
    const second = renderAnswer(several, view({ page: 1 }));
    expect(second.embeds[0]?.footer?.text).toContain('2/3');
    expect(second.embeds[0]?.description).not.toContain('答：');
  });

  it('offers the whole paragraph when the excerpt left text out, and the excerpt back', () => {
    const excerpt = renderAnswer(answer, view());
    expect(excerpt.embeds[0]?.description).toContain('…');
    const whole = renderAnswer(answer, view({ view: 'whole' }));
    expect(whole.embeds[0]?.description).toContain('建设G60科创走廊，正在对九城市产业发展产生积极影响。');
    expect(labels(whole)).toEqual(['只看摘要']);
  });

  it('renders no buttons when the question cannot be referred to', () => {
    expect(renderAnswer(answer, view({ question: null })).components).toEqual([]);
  });

  it('pings nobody, or only the user it is pointed at', () => {
    expect(renderAnswer(answer, view()).allowedMentions).toEqual({ parse: [] });
    const pointed = renderAnswer(answer, view({ mention: '300000000000000009' }));
    expect(pointed.content).toBe('<@300000000000000009>');
    expect(pointed.allowedMentions).toEqual({ parse: [], users: ['300000000000000009'] });
  });

  it('keeps a 6000-character question inside every limit', () => {
    const long = engine.ask(`湖州${'问'.repeat(5998)}`);
    const payload = renderAnswer(long, view());
    expect(payload.embeds[0]?.title?.length).toBe(LIMITS.embedTitle);
    expect(embedLength(payload.embeds[0] ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('escapes Markdown and mentions in the question', () => {
    const payload = renderAnswer(engine.ask('湖州 **@everyone** <@123>'), view());
    expect(payload.embeds[0]?.title).toBe('问：湖州 \\*\\*\\@everyone\\*\\* \\<\\@123\\>');
  });
});

describe('renderAnswer for no answer', () => {
  const none = engine.ask('今天天气怎么样');

  it.each([
    ['zh-CN', '没有找到答案', '文章里没有谈到这个问题。'],
    ['en-US', 'No answer found', 'The article does not cover this.'],
  ] as const)('says so in %s and lists the suggestions', (locale, title, reason) => {
    const [embed] = renderAnswer(none, view({ locale })).embeds;
    expect(embed?.title).toBe(title);
    expect(embed?.description).toContain(reason);
    for (const suggestion of FAKE_SUGGESTIONS) expect(embed?.description).toContain(suggestion);
  });

  it('offers each suggestion as a button that asks it', () => {
    const payload = renderAnswer(none, view());
    expect(labels(payload)).toEqual([...FAKE_SUGGESTIONS]);
    expect(buttons(payload).map((button) => decodeAction(button.custom_id))).toEqual(
      FAKE_SUGGESTIONS.map((question) => ({ kind: 'suggest', question })),
    );
  });
});

describe('renderAnswer for an invalid question', () => {
  it.each([
    ['zh-CN', '请输入一个问题。'],
    ['en-US', 'Please type a question.'],
  ] as const)('asks for a question in %s', (locale, text) => {
    const invalid: Answer = { kind: 'invalid', question: ' ', problem: 'empty' };
    expect(renderAnswer(invalid, view({ locale }))).toEqual({ content: text, embeds: [], components: [], allowedMentions: { parse: [] } });
  });
});

describe('renderCity', () => {
  it('shows a city’s own figures, then the ones it shares', () => {
    const [embed] = renderCity('湖州', engine.city('湖州'), [], 'zh-CN', documents).embeds;
    expect(embed?.title).toBe('湖州');
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      '56家 · 新型研发机构 · 湖州',
      '1611家 · 国家高新技术企业 · 湖州',
      '3.8万亿美元 · 贸易进出口额 · G60九城市 (与其他城市共有)',
      '1.29万亿元 · 落地项目总投资 · G60九城市 (与其他城市共有)',
    ]);
  });

  it.each([
    ['zh-CN', '「北京」不是G60科创走廊的九城市之一。九城市是：上海松江 Songjiang、嘉兴 Jiaxing'],
    ['en-US', '"北京" is not one of the nine cities of the G60 corridor. The nine are: 上海松江 Songjiang、嘉兴 Jiaxing'],
  ] as const)('answers a place that is not one of the nine plainly, listing them (%s)', (locale, start) => {
    const [embed] = renderCity('北京', engine.city('北京'), FAKE_CITIES, locale, documents).embeds;
    expect(embed?.description?.startsWith(start)).toBe(true);
    expect(embed?.description).toContain('合肥 Hefei');
  });
});

describe('renderFigures', () => {
  it('lists each figure with its sentence and citation', () => {
    const [embed] = renderFigures('技术合同成交额', engine.findFigures('技术合同成交额'), 'zh-CN', documents).embeds;
    expect(embed?.title).toBe('数字：技术合同成交额');
    expect(embed?.fields).toEqual([
      {
        name: '33亿元 · 技术合同成交额 · 芜湖',
        value: '安徽省芜湖市委书记宁波介绍：“今年以来，我们与G60科创走廊兄弟城市的技术合同成交额达**33亿元**，较去年同期翻了两番。”\n-# 《共建共享区域高质量发展机遇》 · 第18段',
      },
    ]);
  });

  it('says so when nothing matches', () => {
    expect(renderFigures('GDP', [], 'en-US', documents).content).toBe('No figure found for "GDP".');
  });
});

describe('renderAbout', () => {
  it('names the source, what the bot does and how much it holds', () => {
    const [embed] = renderAbout(engine.stats, 'zh-CN').embeds;
    expect(embed?.fields).toEqual([
      { name: '来源', value: '**共建共享区域高质量发展机遇** · 长三角G60科创走廊观察 · 谢卫群 · 2023-11-08' },
      { name: '段落', value: '30', inline: true },
      { name: '数字', value: '5', inline: true },
    ]);
  });
});

describe('pieces', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-GB', 'en-US'],
    ['fr', 'en-US'],
    [null, 'en-US'],
  ] as const)('reads Discord locale %j as %s', (locale, expected) => {
    expect(replyLocale(locale)).toBe(expected);
  });

  it.each([
    ['**bold** _it_ `code` ~~s~~ |spoiler|', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|spoiler\\|'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['# heading\n- item\n> quote', '\\# heading\n\\- item\n\\> quote'],
    ['@everyone <@&1>', '\\@everyone \\<\\@&1\\>'],
    ['“1+7+N”产业联盟', '“1+7+N”产业联盟'],
  ])('escapes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('shows the sentences that hold a match, joined by an ellipsis', () => {
    const passage: Pick<Passage, 'text' | 'highlights'> = { text: '甲一。乙二。丙三。丁四。', highlights: [{ start: 0, end: 1 }, { start: 9, end: 10 }] };
    const windows = excerptWindows(passage);
    expect(windows).toEqual([{ start: 0, end: 3 }, { start: 9, end: 12 }]);
    expect(markPassage(passage.text, windows, passage.highlights)).toBe('**甲**一。 … **丁**四。');
  });

  it('shows the whole text when every sentence matched', () => {
    expect(excerptWindows({ text: '甲一。乙二。', highlights: [{ start: 0, end: 1 }, { start: 3, end: 4 }] })).toEqual([{ start: 0, end: 6 }]);
  });

  it('leaves out what is unknown in a figure line', () => {
    const figure = { raw: '两番', value: 4, unit: 'multiple', counter: null, approx: false, metric: null, entity: '芜湖', sentence: '翻了两番', span: { start: 2, end: 4 } };
    expect(figureLine(figure)).toBe('两番 · 芜湖');
  });
});
