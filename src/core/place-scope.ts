import type { Concept } from './query.js';
import { escapeRegExp } from './text-match.js';

/**
 * Whether a place of a question is only where something is counted, not what it asks about: the
 * place a rank is counted in (松江的贸易在上海排老几), the whole a share is of (杭州占浙江的多少).
 * Its figures do not answer, and a follow-up that names it (在上海排第几？) still asks about the
 * last turn's place.
 */
export function isScope(place: Concept, normalizedQuestion: string): boolean {
  const name = escapeRegExp(place.source);
  return new RegExp(`在${name}[市省]?[里中内]?(?:排|居|位居|名列)|占${name}`, 'u').test(normalizedQuestion);
}
