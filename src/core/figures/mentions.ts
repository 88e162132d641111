/**
 * Where a text names one of the gazetteer's cities (by any Chinese form or district: 湖州南浔 →
 * 湖州) or one of its groups (九城市 → G60九城市, 联席办 → 长三角G60科创走廊). Longest form wins, so
 * G60科创走廊九城市 is the nine cities, not the corridor. A name right after an office (芜湖市委
 * 书记宁波) is a person's name and is no mention.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Span } from '../types.js';

export type Mention = Span & {
  /** A region (长三角) is the widest of subjects: an event or a city named with it is preferred. */
  readonly kind: 'city' | 'group' | 'region';
  /** The city key or group key the name stands for. */
  readonly key: string;
};

type NameForm = { readonly form: string; readonly kind: Mention['kind']; readonly key: string };

const OFFICE = /(?:书记|市长|区长|县长|省长|部长|主任|局长|厅长|主席|常委|委员|董事长|总经理|经理|院士|教授|记者|通讯员|代表|校长|院长|行长|总裁|秘书长)$/u;
// The longest office (秘书长): only that much text before a name is read for one.
const OFFICE_LENGTH = 3;
// Forms written in Latin letters only (Huzhou, SIP) are for questions, not for Chinese prose.
const USABLE_IN_PROSE = /[\p{Script=Han}\d]/u;

const NAME_FORMS = new WeakMap<Gazetteer, readonly NameForm[]>();

/** Every form the gazetteer gives, longest first, for scanning prose. */
export function nameForms(gazetteer: Gazetteer): readonly NameForm[] {
  const known = NAME_FORMS.get(gazetteer);
  if (known !== undefined) return known;
  const forms = listNameForms(gazetteer);
  NAME_FORMS.set(gazetteer, forms);
  return forms;
}

function listNameForms(gazetteer: Gazetteer): NameForm[] {
  const forms: NameForm[] = [];
  for (const group of gazetteer.groups) {
    for (const form of [group.key, ...group.aliases]) forms.push({ form, kind: group.region ? 'region' : 'group', key: group.key });
  }
  for (const city of gazetteer.cities) {
    const names = [city.key, city.name, ...city.aliases];
    for (const area of city.subAreas) names.push(area.name, ...area.aliases);
    for (const form of names) forms.push({ form, kind: 'city', key: city.key });
  }
  return forms
    .filter(({ form }) => USABLE_IN_PROSE.test(form))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

/** Finds the mentions in a text, left to right, none overlapping. */
export function findMentions(text: string, forms: readonly NameForm[]): Mention[] {
  // Every occurrence of every form, then the greedy pass in the forms' order (longest first):
  // looking forms up by their first character reads the text once however many places a
  // corpus writes, where a search per form read it once per form.
  const byFirst = firstCharacters(forms);
  const found: { readonly rank: number; readonly at: number }[] = [];
  for (let at = 0; at < text.length; at += 1) {
    for (const rank of byFirst.get(text[at]!) ?? []) {
      if (text.startsWith(forms[rank]!.form, at)) found.push({ rank, at });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const taken: Mention[] = [];
  for (const { rank, at } of found) {
    const { form, kind, key } = forms[rank]!;
    const span = { start: at, end: at + form.length };
    if (taken.some((other) => other.start < span.end && span.start < other.end)) continue;
    if (OFFICE.test(text.slice(Math.max(0, at - OFFICE_LENGTH), at))) continue;
    taken.push({ ...span, kind, key });
  }
  taken.sort((a, b) => a.start - b.start);
  // 浙江宁波, 上海青浦: a place written right before another names where that one lies; the two are
  // one mention of the second, which keeps the words before the first (直达宁波舟山港 is an object).
  const merged: Mention[] = [];
  for (const mention of taken) {
    const last = merged.at(-1);
    if (last !== undefined && last.end === mention.start && last.kind === 'city' && mention.kind === 'city' && last.key !== mention.key) {
      merged[merged.length - 1] = { ...mention, start: last.start };
    } else {
      merged.push(mention);
    }
  }
  return merged;
}

const FIRST_CHARACTERS = new WeakMap<readonly NameForm[], ReadonlyMap<string, readonly number[]>>();

/** The forms' positions in their list, by their first UTF-16 unit. */
function firstCharacters(forms: readonly NameForm[]): ReadonlyMap<string, readonly number[]> {
  const known = FIRST_CHARACTERS.get(forms);
  if (known !== undefined) return known;
  const byFirst = new Map<string, number[]>();
  forms.forEach(({ form }, rank) => {
    const list = byFirst.get(form[0]!) ?? [];
    list.push(rank);
    byFirst.set(form[0]!, list);
  });
  FIRST_CHARACTERS.set(forms, byFirst);
  return byFirst;
}
