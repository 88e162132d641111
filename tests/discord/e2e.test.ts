/**
 * The real bot (real discord.js client, real engine over the real corpus) against the fake Discord
 * on 127.0.0.1: commands, autocomplete, buttons, mentions, DMs and ask channels, end to end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandBodies } from '../../src/discord/deploy.js';
import type { RecordedRequest } from '../support/fake-discord.js';
import { limitViolations, pingTargets } from '../support/fake-discord-limits.js';
import { TOKEN, loadTestEngine, startHarness } from './harness.js';
import type { Harness } from './harness.js';

const STRING = 3;
const BOOLEAN = 5;
const USER = 6;
const EPHEMERAL = 64;
const GUILD_ID = '200000000000000007';
const ASK_CHANNEL = '400000000000000002';
const OTHER_CHANNEL = '400000000000000001';
const HUZHOU = '湖州有多少家国家高新技术企业？';

type Json = Record<string, unknown>;
type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
type Button = { custom_id: string; label: string; disabled?: boolean };

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    engine: await loadTestEngine(),
    env: { DISCORD_GUILD_ID: GUILD_ID, ASK_CHANNEL_IDS: ASK_CHANNEL },
    fake: { guildId: GUILD_ID, channelIds: [OTHER_CHANNEL, ASK_CHANNEL] },
    // One test user asks dozens of questions here; the limit has its own test.
    rateLimit: 'off',
  });
});

afterAll(async () => {
  await h?.stop();
});

/** The message a callback or REST request carries. */
function data(request: RecordedRequest): Json {
  const body = request.body as Json;
  return request.path.endsWith('/callback') ? ((body['data'] ?? {}) as Json) : body;
}
const embedOf = (request: RecordedRequest): Embed => ((data(request)['embeds'] as Embed[] | undefined) ?? [])[0] ?? {};
const buttonsOf = (request: RecordedRequest): Button[] =>
  ((data(request)['components'] as { components: Button[] }[] | undefined) ?? []).flatMap((row) => row.components);
const callback = (sent: { callbackPath: string }) => h.fake.waitForRequest((request) => request.path === sent.callbackPath);
const replyTo = (messageId: string) =>
  h.fake.waitForRequest((request) => {
    const reference = (request.body as Json | null)?.['message_reference'] as Json | undefined;
    return request.method === 'POST' && reference?.['message_id'] === messageId;
  });
const ask = (question: string, params: { locale?: string; extra?: { name: string; type: number; value: string | boolean }[] } = {}) =>
  h.fake.command('ask', [{ name: 'question', type: STRING, value: question }, ...(params.extra ?? [])], { locale: params.locale ?? 'zh-CN' });

describe('start-up', () => {
  it('identifies with the intents it needs, MessageContent because ask channels are set', () => {
    const identify = h.fake.gatewayFrames.find((frame) => frame.op === 2);
    expect((identify?.d as Json)['intents']).toBe(1 | (1 << 9) | (1 << 12) | (1 << 15));
  });

  it('registers the registry’s commands to the configured guild, instantly', async () => {
    const put = await h.fake.waitForRequest((request) => request.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${h.fake.applicationId}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual(commandBodies());
  });
});

describe('/ask', () => {
  it('answers in Chinese with the passage, its figures and a citation', async () => {
    const reply = await callback(ask(HUZHOU));
    expect((reply.body as Json)['type']).toBe(4);
    const embed = embedOf(reply);
    expect(embed.title).toBe(`问：${HUZHOU}`);
    expect(embed.description).toMatch(/\*\*[^*]*高新技术企业\*\*/u);
    expect(embed.description).toContain('1611家');
    expect(embed.fields?.map((field) => field.name)).toContain('1611家 · 国家高新技术企业 · 湖州');
    expect(embed.footer?.text).toMatch(/^《共建共享区域高质量发展机遇》 · 第17段 · 强化产业链合作/);
    expect(data(reply)['flags']).toBeUndefined();
  });

  it('answers in English around the verbatim Chinese passage', async () => {
    const reply = await callback(ask('How many high-tech enterprises does Huzhou have?', { locale: 'en-US' }));
    const embed = embedOf(reply);
    expect(embed.title).toBe('Q: How many high-tech enterprises does Huzhou have?');
    expect(embed.description).toContain('1611家');
    expect(embed.footer?.text).toContain('paragraph 17');
    expect(buttonsOf(reply).map((button) => button.label)).toContain('Next');
  });

  it('reads a follow-up against the same user’s last question in that channel', async () => {
    await callback(ask(HUZHOU));
    const reply = await callback(ask('那芜湖呢？'));
    // Read as "芜湖 国家高新技术企业", which the article does not give for 芜湖.
    expect(embedOf(reply).title).toBe('没有找到答案');
    expect(embedOf(reply).description).toContain('文章没有给出这个数字。');
    const suggestion = buttonsOf(reply)[0];
    expect(suggestion?.label).toContain('芜湖');
    const click = await callback(h.fake.button(suggestion?.custom_id ?? '', { id: '500000000000000004' }, { locale: 'zh-CN' }));
    expect((click.body as Json)['type']).toBe(4);
    expect(embedOf(click).title).toBe(`问：${suggestion?.label ?? ''}`);
  });

  it('answers only the asker with hide', async () => {
    const reply = await callback(ask(HUZHOU, { extra: [{ name: 'hide', type: BOOLEAN, value: true }] }));
    expect(data(reply)['flags']).toBe(EPHEMERAL);
  });

  it('points the answer at one user with mention, pinging only them', async () => {
    const target = '300000000000000042';
    const reply = await callback(ask(HUZHOU, { extra: [{ name: 'mention', type: USER, value: target }] }));
    expect(data(reply)['content']).toBe(`<@${target}>`);
    expect(data(reply)['allowed_mentions']).toEqual({ parse: [], users: [target] });
  });

  it('does not ping @everyone from a question that contains it', async () => {
    const reply = await callback(ask(`@everyone ${HUZHOU}`));
    expect(data(reply)['allowed_mentions']).toEqual({ parse: [] });
    expect(embedOf(reply).title).toBe(`问：\\@everyone ${HUZHOU}`);
  });

  it('answers a 6,000-character question inside the limits, privately', async () => {
    const reply = await callback(ask('湖州'.repeat(3000)));
    expect(limitViolations(reply)).toEqual([]);
    expect(data(reply)['flags']).toBe(EPHEMERAL);
    expect(data(reply)['content']).toBe('问题太长了，请缩短后再问。');
  });

  it('keeps an unreadable question private even when the answer had to be deferred', async () => {
    const sent = h.fake.command('ask', [{ name: 'question', type: STRING, value: '😀🎉' }], { locale: 'zh-CN', ageMs: 2000 });
    const first = await callback(sent);
    expect(first.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await h.fake.waitForRequest((request) => request.method === 'PATCH' && request.path.includes(sent.token));
    expect(data(edit)['content']).toBe('没有看懂这个问题，请用文字提问。');
  });

  it('says when the article has no answer', async () => {
    const reply = await callback(ask('What is the weather like today?', { locale: 'en-US' }));
    expect(embedOf(reply).title).toBe('No answer found');
    expect(embedOf(reply).description).toContain('The article does not cover this.');
  });

  it('acknowledges first when the interaction is already old, then edits the answer in', async () => {
    const sent = h.fake.command('ask', [{ name: 'question', type: STRING, value: HUZHOU }], { locale: 'zh-CN', ageMs: 2000 });
    const first = await callback(sent);
    expect(first.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await h.fake.waitForRequest((request) => request.method === 'PATCH' && request.path.includes(sent.token));
    expect(edit.path).toBe(`/api/v10/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original`);
    expect(embedOf(edit).title).toBe(`问：${HUZHOU}`);
  });
});

describe('/ask in a DM', () => {
  it('answers, and pages from a message whose channel is not cached', async () => {
    const reply = await callback(h.fake.command('ask', [{ name: 'question', type: STRING, value: HUZHOU }], { locale: 'zh-CN', dm: true }));
    expect(embedOf(reply).title).toBe(`问：${HUZHOU}`);
    const next = buttonsOf(reply).find((button) => button.label === '下一段');
    const click = await callback(h.fake.button(next?.custom_id ?? '', { id: '500000000000000003', flags: EPHEMERAL }, { locale: 'zh-CN', dm: true }));
    expect((click.body as Json)['type']).toBe(7);
  });
});

describe('buttons', () => {
  it('page through further passages, editing the message in place', async () => {
    const first = await callback(ask('九城市贸易进出口额是多少'));
    const total = Number(/(\d+)\/(\d+)$/.exec(embedOf(first).footer?.text ?? '')?.[2]);
    expect(total).toBeGreaterThan(1);
    const next = buttonsOf(first).find((button) => button.label === '下一段');
    expect(next?.disabled).toBe(false);
    const click = await callback(h.fake.button(next?.custom_id ?? '', { id: '500000000000000001' }, { locale: 'zh-CN' }));
    expect((click.body as Json)['type']).toBe(7);
    expect(embedOf(click).footer?.text).toMatch(new RegExp(` · 2/${total}$`));
    expect(embedOf(click).title).toBe(embedOf(first).title);
  });

  it('show the whole paragraph, and the excerpt again', async () => {
    const first = await callback(ask(HUZHOU));
    const whole = buttonsOf(first).find((button) => button.label === '显示全段');
    const click = await callback(h.fake.button(whole?.custom_id ?? '', { id: '500000000000000002' }, { locale: 'zh-CN' }));
    expect(embedOf(click).description).toContain('建设G60科创走廊，正在对九城市产业发展产生积极影响。');
    expect(buttonsOf(click).map((button) => button.label)).toContain('只看摘要');
  });
});

describe('/city', () => {
  it('completes Huzhou from pinyin within 25 choices', async () => {
    const reply = await callback(h.fake.autocomplete('city', [{ name: 'name', type: STRING, value: 'huz', focused: true }]));
    expect(reply.body).toEqual({ type: 8, data: { choices: [{ name: '湖州 Huzhou', value: '湖州' }] } });
  });

  it('offers all nine on empty input', async () => {
    const reply = await callback(h.fake.autocomplete('city', [{ name: 'name', type: STRING, value: '', focused: true }]));
    expect(((reply.body as Json)['data'] as { choices: unknown[] }).choices).toHaveLength(9);
  });

  it('shows the city’s figures', async () => {
    const reply = await callback(h.fake.command('city', [{ name: 'name', type: STRING, value: '湖州' }], { locale: 'zh-CN' }));
    const embed = embedOf(reply);
    expect(embed.title).toBe('湖州');
    expect(embed.fields?.map((field) => field.name.split(' · ')[0])).toEqual(expect.arrayContaining(['56家', '1611家']));
  });

  it('answers a place outside the nine plainly, listing them', async () => {
    const reply = await callback(h.fake.command('city', [{ name: 'name', type: STRING, value: '北京' }], { locale: 'zh-CN' }));
    expect(embedOf(reply).description).toMatch(/^「北京」不是G60科创走廊的九城市之一。九城市是：上海松江 Songjiang、.*合肥 Hefei。$/);
  });
});

describe('/figure', () => {
  it('completes metric labels', async () => {
    const reply = await callback(h.fake.autocomplete('figure', [{ name: 'query', type: STRING, value: '贸易', focused: true }]));
    const choices = ((reply.body as Json)['data'] as { choices: { value: string }[] }).choices;
    expect(choices.map((choice) => choice.value)).toContain('贸易进出口额');
  });

  it('finds a figure by what it measures', async () => {
    const reply = await callback(h.fake.command('figure', [{ name: 'query', type: STRING, value: '技术合同成交额' }], { locale: 'zh-CN' }));
    expect(embedOf(reply).fields?.[0]?.name).toBe('33亿元 · 技术合同成交额 · 芜湖');
  });
});

describe('/about', () => {
  it('names the article and counts what the bot holds', async () => {
    const reply = await callback(h.fake.command('about', [], { locale: 'en-US' }));
    const fields = embedOf(reply).fields ?? [];
    expect(fields[0]?.value).toContain('共建共享区域高质量发展机遇');
    expect(fields.slice(1).map((field) => field.name)).toEqual(['Passages', 'Figures']);
    expect(Number(fields[1]?.value)).toBeGreaterThan(0);
  });
});

describe('questions in messages', () => {
  it('answers a mention as a reply, without the mention in the question', async () => {
    const id = h.fake.message({ content: `<@${h.fake.applicationId}> ${HUZHOU}`, mentions: [h.fake.botUser], channelId: OTHER_CHANNEL });
    const reply = await replyTo(id);
    expect(reply.path).toBe(`/api/v10/channels/${OTHER_CHANNEL}/messages`);
    expect(embedOf(reply).title).toBe(`问：${HUZHOU}`);
    expect(reply.body).toMatchObject({ allowed_mentions: { parse: [] }, message_reference: { message_id: id, fail_if_not_exists: false } });
  });

  it('answers a DM in the language of the question', async () => {
    const id = h.fake.message({ content: 'How many high-tech enterprises does Huzhou have?', dm: true });
    const reply = await replyTo(id);
    expect(reply.path).not.toContain(OTHER_CHANNEL);
    expect(embedOf(reply).title).toBe('Q: How many high-tech enterprises does Huzhou have?');
  });

  // Whether any request so far replied to the message.
  const repliedTo = (id: string) =>
    h.fake.requests.some((request) => ((request.body as Json | null)?.['message_reference'] as Json | undefined)?.['message_id'] === id);

  it('answers everything in an ask channel and ignores other channels', async () => {
    const ignored = h.fake.message({ content: HUZHOU, channelId: OTHER_CHANNEL });
    const asked = h.fake.message({ content: HUZHOU, channelId: ASK_CHANNEL });
    const reply = await replyTo(asked);
    expect(reply.path).toBe(`/api/v10/channels/${ASK_CHANNEL}/messages`);
    // Events are handled in order, so the ignored message would have been answered first.
    expect(repliedTo(ignored)).toBe(false);
  });

  it('leaves chatter in an ask channel unanswered', async () => {
    const chatter = h.fake.message({ content: '谢谢 👍', channelId: ASK_CHANNEL });
    const asked = h.fake.message({ content: HUZHOU, channelId: ASK_CHANNEL });
    await replyTo(asked);
    // Events are handled in order, so a reply to the chatter would have come first.
    expect(repliedTo(chatter)).toBe(false);
  });

  it('does not ping @everyone from a message that contains it', async () => {
    const id = h.fake.message({ content: `@everyone ${HUZHOU}`, channelId: ASK_CHANNEL, mentionEveryone: true });
    const reply = await replyTo(id);
    expect(pingTargets(reply)).toEqual([]);
  });
});

describe('every request', () => {
  it('stayed inside Discord’s limits and pinged nobody but the mentioned user', () => {
    const { violations, pings } = h.audit();
    expect(violations).toEqual([]);
    expect(pings.map((ping) => ping.replace(/^.*: /, ''))).toEqual(['user:300000000000000042']);
  });

  it('never carried the token into a log line', () => {
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join('\n')).not.toContain(TOKEN);
  });
});
