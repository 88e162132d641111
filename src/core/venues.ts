import type { Concept } from './query.js';
import { escapeRegExp } from './text-match.js';

/** A question about an event: its figures are the event's, and a place it names is where it was held. */
export const EVENT = /会议|大会|推进会|论坛|峰会|博览会|展会|对接会|洽谈会|\b(?:meeting|conference|forum|summit|expo|exposition|fair|convention)\b/u;

const HELD = /(?:召开|举行|举办|开幕|开班|启动)/u;

/** What a passage writes when an event was held in one of the places (推进会在安徽宣城召开). */
export function heldInPatterns(places: readonly Concept[]): RegExp[] {
  return places.flatMap((place) => place.forms.map((form) => new RegExp(`在[^，。；]{0,4}${escapeRegExp(form.text)}[^，。；]{0,4}${HELD.source}`, 'u')));
}
