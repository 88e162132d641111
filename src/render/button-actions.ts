/**
 * What a button of an answer asks for, written into its custom_id and read back when it is
 * clicked. Everything needed is in the id, so any process (any shard, after a restart) can serve
 * the click by asking the engine again.
 */
import { assertNever } from '../core/assert-never.js';
import { LIMITS } from './limits.js';

/** How a button names the question it re-asks: the text itself when it fits, else a cache key. */
export type QuestionRef = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'key'; readonly key: string };

/** Which part of a passage an answer embed shows. */
export type PassageView = 'excerpt' | 'whole';

/** What a button asks for: another page of an answer, or a suggested question. */
export type ButtonAction =
  | { readonly kind: 'page'; readonly page: number; readonly view: PassageView; readonly question: QuestionRef }
  | { readonly kind: 'suggest'; readonly question: string };

const PAGE_PREFIX = 'p';
const SUGGEST_PREFIX = 's';

/**
 * `p:<page>:<e|w>:<t|k>:<question or key>` or `s:<question>`, or null when it would not fit in
 * Discord's 100 characters (the caller then uses a cache key instead of the text).
 */
export function encodeAction(action: ButtonAction): string | null {
  let id: string;
  switch (action.kind) {
    case 'page':
      id = [
        PAGE_PREFIX,
        String(action.page),
        action.view === 'whole' ? 'w' : 'e',
        action.question.kind === 'text' ? `t:${action.question.text}` : `k:${action.question.key}`,
      ].join(':');
      break;
    case 'suggest':
      id = `${SUGGEST_PREFIX}:${action.question}`;
      break;
    default:
      return assertNever(action);
  }
  return id.length <= LIMITS.customId ? id : null;
}

/** The action a custom_id encodes, or null for ids this bot did not make (or disabled buttons). */
export function decodeAction(customId: string): ButtonAction | null {
  const page = /^p:(\d{1,3}):([ew]):([tk]):(.+)$/su.exec(customId);
  if (page !== null) {
    const [, index = '0', view, refKind, rest = ''] = page;
    return {
      kind: 'page',
      page: Number(index),
      view: view === 'w' ? 'whole' : 'excerpt',
      question: refKind === 't' ? { kind: 'text', text: rest } : { kind: 'key', key: rest },
    };
  }
  const suggest = /^s:(.+)$/su.exec(customId);
  if (suggest?.[1] !== undefined) return { kind: 'suggest', question: suggest[1] };
  return null;
}

/** The longest question a page button can carry verbatim (the rest go through a cache key). */
export const MAX_QUESTION_IN_CUSTOM_ID = LIMITS.customId - 'p:999:w:t:'.length;
