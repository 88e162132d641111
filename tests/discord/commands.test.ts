import { describe, expect, it } from 'vitest';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { handleButton } from '../../src/discord/buttons.js';
import { createBoundedMap } from '../../src/discord/bounded-map.js';
import * as about from '../../src/discord/commands/about.js';
import * as ask from '../../src/discord/commands/ask.js';
import * as city from '../../src/discord/commands/city.js';
import { commands, findCommand } from '../../src/discord/commands/index.js';
import * as figure from '../../src/discord/commands/figure.js';
import type { BotContext, CommandInput, RawOptions } from '../../src/discord/context.js';
import { commandBodies } from '../../src/discord/deploy.js';
import { silentLog } from '../../src/discord/log.js';
import type { Outcome } from '../../src/discord/outcome.js';
import { unlimited } from '../../src/discord/rate-limit.js';
import { decodeAction, encodeAction } from '../../src/render/button-actions.js';
import { FAKE_SUGGESTIONS, createFakeEngine } from '../support/fake-engine.js';

const context = (): BotContext => ({
  engine: createFakeEngine(),
  log: silentLog,
  limiter: unlimited,
  questions: createBoundedMap<string>(10, 60_000),
  topics: createBoundedMap(10, 60_000),
});
const input = (options: RawOptions, locale = 'zh-CN'): CommandInput => ({ options, locale, userId: '300000000000000001', channelId: '400000000000000001' });
const reply = (outcome: Outcome) => {
  if (outcome.kind !== 'reply') throw new Error(`expected a reply, got ${outcome.kind}`);
  return outcome;
};

describe('the command registry', () => {
  it('holds each command once, by its file', () => {
    expect(commands.map((command) => command.data.name)).toEqual(['ask', 'city', 'figure', 'about']);
    expect(findCommand('city')).toBe(city);
  });

  it('is exactly what deploy registers', () => {
    expect(commandBodies()).toEqual(commands.map((command) => command.data));
  });

  describe.each(commandBodies().map((body) => [body.name, body] as const))('/%s registration', (_name, body) => {
    // Discord's rules for names (lowercase where a lowercase form exists) and descriptions.
    const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
    const validName = (name: string) => NAME.test(name) && name === name.toLowerCase();
    const validDescription = (text: string) => text.length >= 1 && text.length <= 100;
    const localized = (record: Partial<Record<string, string | null>> | null | undefined) => [record?.['zh-CN'], record?.['en-US']];

    it('has valid names and descriptions, localized for zh-CN and en-US', () => {
      expect(validName(body.name)).toBe(true);
      expect(validDescription(body.description ?? '')).toBe(true);
      for (const name of localized(body.name_localizations)) expect(name !== undefined && name !== null && validName(name)).toBe(true);
      for (const text of localized(body.description_localizations)) expect(text !== undefined && text !== null && validDescription(text)).toBe(true);
    });

    it('has valid, localized options with required ones first', () => {
      const options = body.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      const defaults = new Set(options.map((option) => option.name));
      let optionalSeen = false;
      for (const option of options) {
        expect(validName(option.name)).toBe(true);
        expect(validDescription(option.description)).toBe(true);
        for (const name of localized(option.name_localizations)) {
          expect(name !== undefined && name !== null && validName(name)).toBe(true);
          // A localized option name may not equal another option's default name.
          if (name !== option.name) expect(defaults.has(name ?? '')).toBe(false);
        }
        for (const text of localized(option.description_localizations)) expect(text !== undefined && text !== null && validDescription(text)).toBe(true);
        const required = 'required' in option && option.required === true;
        if (required) expect(optionalSeen).toBe(false);
        else optionalSeen = true;
        if ('autocomplete' in option && option.autocomplete === true) expect('choices' in option).toBe(false);
      }
    });

    it('stays within 8000 characters in total and works in DMs when global', () => {
      expect(characterCount(body)).toBeLessThanOrEqual(8000);
      expect(body.contexts).toEqual([0, 1, 2]);
      expect(body.integration_types).toEqual([0]);
    });
  });
});

/** What Discord counts against a command's 8000: names, descriptions, values; longest localization. */
function characterCount(body: RESTPostAPIChatInputApplicationCommandsJSONBody): number {
  const longest = (base: string, localizations: Partial<Record<string, string | null>> | null | undefined) =>
    Math.max(base.length, ...Object.values(localizations ?? {}).map((text) => text?.length ?? 0));
  let total = longest(body.name, body.name_localizations) + longest(body.description ?? '', body.description_localizations);
  for (const option of body.options ?? []) total += longest(option.name, option.name_localizations) + longest(option.description, option.description_localizations);
  return total;
}

describe('/ask', () => {
  it('answers in public by default, in the user’s locale', () => {
    const outcome = reply(ask.execute(input({ question: '湖州有多少家国家高新技术企业？' }, 'en-US'), context()));
    expect(outcome.ephemeral).toBe(false);
    expect(outcome.payload.embeds[0]?.title).toBe('Q: 湖州有多少家国家高新技术企业？');
  });

  it('answers only the asker with hide', () => {
    const options = { question: '湖州', hide: true };
    expect(ask.ephemeral(input(options))).toBe(true);
    expect(reply(ask.execute(input(options), context())).ephemeral).toBe(true);
  });

  it('points the answer at one user with mention, and pings only them', () => {
    const outcome = reply(ask.execute(input({ question: '湖州', mention: '300000000000000002' }), context()));
    expect(outcome.payload.content).toBe('<@300000000000000002>');
    expect(outcome.payload.allowedMentions).toEqual({ parse: [], users: ['300000000000000002'] });
  });

  it('keeps a question it cannot read between the bot and the asker', () => {
    const outcome = reply(ask.execute(input({ question: '   ' }), context()));
    expect(outcome).toEqual({ kind: 'reply', ephemeral: true, payload: { content: '请输入一个问题。', embeds: [], components: [], allowedMentions: { parse: [] } } });
  });

  it('rejects options Discord should never send', () => {
    expect(() => ask.execute(input({ question: 'x', mention: 'everyone' }), context())).toThrow();
    expect(() => ask.execute(input({}), context())).toThrow();
  });

  it('puts a long question behind a key that its buttons can find again', () => {
    const ctx = context();
    const question = `湖州 九城市 ${'很长的问题'.repeat(40)}`;
    const outcome = reply(ask.execute(input({ question }), ctx));
    const ids = outcome.payload.components.flatMap((row) => row.components.map((button) => button.custom_id));
    const next = ids.map(decodeAction).find((action) => action?.kind === 'page');
    expect(next?.kind === 'page' && next.question.kind === 'key').toBe(true);
    if (next?.kind !== 'page' || next.question.kind !== 'key') return;
    expect(ctx.questions.get(next.question.key)).toBe(question);
  });
});

describe('/city', () => {
  it('shows a city’s figures', () => {
    const outcome = reply(city.execute(input({ name: '湖州' }), context()));
    expect(outcome.payload.embeds[0]?.title).toBe('湖州');
  });

  it('answers a place that is not one of the nine by listing the nine', () => {
    const description = reply(city.execute(input({ name: '北京' }, 'en-US'), context())).payload.embeds[0]?.description ?? '';
    expect(description).toMatch(/^"北京" is not one of the nine cities/);
    expect(description.split('、')).toHaveLength(9);
  });

  it('completes city names from pinyin', () => {
    expect(city.autocomplete({ value: 'hu' }, context())).toEqual([
      { name: '金华 Jinhua', value: '金华' },
      { name: '湖州 Huzhou', value: '湖州' },
      { name: '芜湖 Wuhu', value: '芜湖' },
    ]);
  });
});

describe('/figure', () => {
  it('finds a figure by what it measures', () => {
    const fields = reply(figure.execute(input({ query: '技术合同成交额' }), context())).payload.embeds[0]?.fields;
    expect(fields?.map((field) => field.name)).toEqual(['33亿元 · 技术合同成交额 · 芜湖']);
  });

  it('completes metric labels', () => {
    expect(figure.autocomplete({ value: '贸易' }, context())).toEqual([{ name: '贸易进出口额', value: '贸易进出口额' }]);
  });
});

describe('/about', () => {
  it('reports passages and figures', () => {
    const fields = reply(about.execute(input({}), context())).payload.embeds[0]?.fields;
    expect(fields?.slice(1).map((field) => field.value)).toEqual(['30', '5']);
  });
});

describe('buttons', () => {
  const click = (customId: string, ctx = context(), ephemeral = false) =>
    handleButton({ customId, locale: 'zh-CN', userId: '300000000000000001', ephemeral }, ctx);

  it('pages by updating the message in place', () => {
    const id = encodeAction({ kind: 'page', page: 1, view: 'excerpt', question: { kind: 'text', text: '九城市 湖州 芜湖' } }) ?? '';
    const outcome = click(id);
    expect(outcome.kind).toBe('update');
    expect(outcome.payload.embeds[0]?.footer?.text).toContain('2/3');
  });

  it('says a button has expired when its long question was forgotten', () => {
    const id = encodeAction({ kind: 'page', page: 1, view: 'excerpt', question: { kind: 'key', key: 'forgotten' } }) ?? '';
    expect(click(id)).toEqual({ kind: 'reply', ephemeral: true, payload: expect.objectContaining({ content: '这个按钮已经过期，请重新提问。' }) });
  });

  it('answers a suggestion as a new message, as private as the one clicked', () => {
    const id = encodeAction({ kind: 'suggest', question: FAKE_SUGGESTIONS[0] }) ?? '';
    const outcome = reply(click(id, context(), true));
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.payload.embeds[0]?.title).toBe(`问：${FAKE_SUGGESTIONS[0]}`);
  });
});
