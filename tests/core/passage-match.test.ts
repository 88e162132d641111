import { describe, expect, it } from 'vitest';
import { conceptMatch, matchesAnyForm, type RankablePassage } from '../../src/core/passage-match.js';
import type { Concept, Form } from '../../src/core/query.js';

function passage(normalized: string, { places = [], year = null }: { places?: string[]; year?: number | null } = {}): RankablePassage {
  return { kind: 'paragraph', doc: 'doc', normalized, figures: [], places: new Set(places), year };
}

function concept(source: string, forms: Form[], { role = 'subject', key = null }: Partial<Pick<Concept, 'role' | 'key'>> = {}): Concept {
  return { source, role, forms, key, weight: 1 };
}

describe('how strongly a passage writes a concept', () => {
  it.each([
    ['its strongest form written', concept('外贸', [{ text: '贸易', strength: 0.6 }, { text: '进出口', strength: 0.5 }]), passage('贸易进出口额达到3.8万亿美元'), 0.6, '贸易'],
    ['an office written only as its deputy, less', concept('市长', [{ text: '市长', strength: 1 }]), passage('合肥市副市长韩启明说'), 0.8, '市长'],
    ['an abbreviation written as its full name, in part', concept('进博会', [{ text: '进博会', strength: 1 }]), passage('九城市组团参加进口博览会'), 0.9, null],
    ['a place the passage is about without writing the form', concept('湖州', [{ text: '湖州', strength: 1 }], { role: 'place', key: '湖州' }), passage('南浔的园区', { places: ['湖州'] }), 0.9, null],
    ['a year its document writes as 今年', concept('2023', [{ text: '2023', strength: 1 }], { role: 'number' }), passage('今年以来落地项目', { year: 2023 }), 0.5, null],
    ['a weak link found alone, as nothing', concept('参会', [{ text: '上学', strength: 0.22 }]), passage('上学的孩子'), 0, null],
  ])('counts %s', (_what, asked, text, strength, written) => {
    expect(conceptMatch(asked, text)).toEqual({ strength, text: written });
  });

  it.each([
    ['writes a form in full', '湖州南浔', true],
    ['writes none', '嘉兴', false],
  ])('a passage that %s matches any form: %s', (_what, text, matches) => {
    expect(matchesAnyForm(concept('湖州', [{ text: '湖州', strength: 1 }, { text: '南浔', strength: 0.5 }]), passage(text))).toBe(matches);
  });
});
