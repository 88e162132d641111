import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { ELLIPSIS, LIMITS, embedLength, fitChoices, fitContent, fitEmbeds, truncate } from '../../src/render/limits.js';

const hasLoneSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('truncate', () => {
  it.each([
    ['短', 5, '短'],
    ['12345', 5, '12345'],
    ['123456', 5, '1234…'],
    ['长三角G60科创走廊', 6, '长三角G6…'],
    ['ab😀cd', 4, 'ab…'],
    ['ab😀cd', 5, 'ab😀…'],
    ['anything', 0, ''],
    ['anything', 1, '…'],
  ] as const)('cuts %j to %i as %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  it('never exceeds the limit, never splits a surrogate pair, and keeps a prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 320 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(cut)).toBe(false);
        if (text.length <= max) expect(cut).toBe(text);
        else if (max > ELLIPSIS.length) {
          expect(cut.endsWith(ELLIPSIS)).toBe(true);
          expect(text.startsWith(cut.slice(0, -ELLIPSIS.length))).toBe(true);
        }
      }),
    );
  });
});

describe('fitEmbeds', () => {
  const huge = (n: number) => '数'.repeat(n);

  it('cuts every part to its own limit', () => {
    const [embed] = fitEmbeds([
      { title: huge(300), description: huge(5000), footer: { text: huge(2100) }, fields: [{ name: huge(300), value: huge(1100) }] },
    ]);
    expect(embed?.title).toHaveLength(LIMITS.embedTitle);
    expect(embed?.footer?.text).toHaveLength(LIMITS.footerText);
    expect(embed?.fields?.[0]?.name).toHaveLength(LIMITS.fieldName);
    expect(embed?.fields?.[0]?.value).toHaveLength(LIMITS.fieldValue);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('keeps at most 25 fields and 10 embeds', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const fitted = fitEmbeds(Array.from({ length: 12 }, () => ({ fields })));
    expect(fitted).toHaveLength(LIMITS.embedsPerMessage);
    expect(fitted.every((embed) => embed.fields?.length === LIMITS.embedFields)).toBe(true);
  });

  it('shortens descriptions before dropping fields, and keeps titles and footers', () => {
    const embeds: APIEmbed[] = [
      { title: 'Q1', description: huge(4000), footer: { text: 'doc · 1' }, fields: [{ name: 'n', value: huge(500) }] },
      { title: 'Q2', description: huge(4000), footer: { text: 'doc · 2' }, fields: [{ name: 'n', value: huge(500) }] },
    ];
    const fitted = fitEmbeds(embeds);
    expect(fitted.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(fitted.map((embed) => embed.title)).toEqual(['Q1', 'Q2']);
    expect(fitted.map((embed) => embed.footer?.text)).toEqual(['doc · 1', 'doc · 2']);
    expect(fitted[0]?.description).toHaveLength(4000);
    expect(fitted[1]?.fields).toHaveLength(1);
  });

  it('fits any embeds inside every limit', () => {
    const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
    const embed = fc.record(
      {
        title: text(400),
        description: text(6000),
        footer: fc.record({ text: text(2500) }),
        author: fc.record({ name: text(400) }),
        fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 30 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), (embeds) => {
        const fitted = fitEmbeds(embeds);
        expect(fitted.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
        expect(fitted.reduce((sum, one) => sum + embedLength(one), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
        for (const one of fitted) {
          expect(one.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(one.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
          expect(hasLoneSurrogate(JSON.stringify(one).normalize())).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitContent', () => {
  it('cuts a 6000-character text to 2000', () => {
    expect(fitContent('问'.repeat(6000))).toHaveLength(LIMITS.content);
  });
});

describe('fitChoices', () => {
  it('keeps at most 25 choices with names cut to 100', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'名'.repeat(150)}`, value: String(i) }));
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(LIMITS.autocompleteChoices);
    expect(fitted.every((choice) => choice.name.length <= LIMITS.choiceName)).toBe(true);
  });

  it('drops a choice whose value would not survive the round trip', () => {
    expect(fitChoices([{ name: 'long', value: 'v'.repeat(101) }, { name: 'ok', value: 'v' }])).toEqual([{ name: 'ok', value: 'v' }]);
  });

  it('names a choice by its value when the name is empty', () => {
    expect(fitChoices([{ name: '', value: '湖州' }])).toEqual([{ name: '湖州', value: '湖州' }]);
  });
});
