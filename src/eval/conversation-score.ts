import type { Engine, Topic } from '../core/engine-types.js';
import type { Answer } from '../core/types.js';
import type { EvalConversation } from './questions.js';
import { evidenceRank, scoreRetrieval, type RetrievalScores } from './retrieval-score.js';

/**
 * Conversations as eval/public/README.md scores them: every turn asked in order with the topic of
 * the turn before, every later turn also asked alone, and the later turns reported in groups, so
 * that a gain on follow-ups cannot hide a loss on complete questions that change the topic.
 *
 * How a later turn is grouped. The rule reads the gold data and the article, and the engine only
 * as it answers the turn alone, with no conversation: the follow-up detector under test plays no
 * part in it, so it cannot grade itself, and it works on any set in the same format.
 * - `unanswerable`: its evidence is [] (the article does not answer it). Nothing in the data says
 *   whether such a turn leans on the last one ("那芜湖呢？" of a figure given only for 湖州) or is a
 *   new question the article does not answer, so these turns are scored apart, by abstention.
 * - `topic-change`: it stands on its own (asked alone, its first passage holds its evidence) and it
 *   moves elsewhere in the article (no passage that holds its evidence holds the evidence of the
 *   turn before). G60有哪些科创贷款产品？ after a question on what 吴朝晖 said.
 * - `follow-up`: every other answerable later turn. Either it cannot be answered alone ("他说了
 *   什么？", "那湖州呢？", "Over what period?"), or it continues the passage the last turn was
 *   answered from ("利用外资呢？" after the trade figure of the same paragraph).
 * Two consequences, by construction: a topic-change turn is answered alone, so its alone hit@1 is
 * 1 and "no worse than alone" means context breaks none of them; and a complete question whose
 * answer sits in the last turn's passage counts as a follow-up, which is harmless, since reading it
 * in context must find that passage too.
 */

export type TurnGroup = 'first' | 'follow-up' | 'topic-change' | 'unanswerable';

export type ConversationTurn = {
  /** conversation id and 1-based turn number: c007.2 */
  readonly id: string;
  readonly question: string;
  readonly lang: EvalConversation['lang'];
  readonly group: TurnGroup;
  readonly evidence: readonly string[];
  readonly answerFigure: string | readonly string[] | undefined;
  /** The answer in the conversation, with the topic of the turn before. */
  readonly answer: Answer;
  /** The answer to the same question asked alone. */
  readonly alone: Answer;
};

/** Indexes of the passages that hold any of the evidence strings. */
export function evidencePassages(evidence: readonly string[], passages: readonly string[]): Set<number> {
  const found = new Set<number>();
  passages.forEach((text, index) => {
    if (evidence.some((part) => text.includes(part))) found.add(index);
  });
  return found;
}

/** The group of a later turn (see the module comment); `answeredAlone`: hit@1 asked alone. */
export function classifyTurn(
  turn: { readonly evidence: readonly string[]; readonly answeredAlone: boolean },
  previousEvidence: readonly string[],
  passages: readonly string[],
): Exclude<TurnGroup, 'first'> {
  if (turn.evidence.length === 0) return 'unanswerable';
  if (!turn.answeredAlone) return 'follow-up';
  const before = evidencePassages(previousEvidence, passages);
  const shared = [...evidencePassages(turn.evidence, passages)].some((index) => before.has(index));
  return shared ? 'follow-up' : 'topic-change';
}

/** Asks every conversation in order, and every later turn alone too, and groups the turns. */
export function runConversations(
  engine: Pick<Engine, 'ask' | 'topicOf'>,
  conversations: readonly EvalConversation[],
  passages: readonly string[],
): ConversationTurn[] {
  return conversations.flatMap((conversation) => {
    let topic: Topic | null = null;
    return conversation.turns.map((turn, index): ConversationTurn => {
      const answer = engine.ask(turn.q, topic);
      topic = engine.topicOf(answer) ?? topic;
      const alone = index === 0 ? answer : engine.ask(turn.q);
      const answeredAlone = evidenceRank(alone, turn.evidence) === 1;
      const previous = conversation.turns[index - 1];
      return {
        id: `${conversation.id}.${index + 1}`,
        question: turn.q,
        lang: conversation.lang,
        group: previous === undefined ? 'first' : classifyTurn({ evidence: turn.evidence, answeredAlone }, previous.evidence, passages),
        evidence: turn.evidence,
        answerFigure: turn.answer_figure,
        answer,
        alone,
      };
    });
  });
}

const LABELS: Readonly<Record<TurnGroup, string>> = {
  first: 'first turn',
  'follow-up': 'follow-up',
  'topic-change': 'topic change',
  unanswerable: 'unanswerable turn',
};

/** The table rows: each group in conversation and, for later turns, asked alone; then by language. */
export function scoreConversationTurns(turns: readonly ConversationTurn[]): { group: string; scores: RetrievalScores }[] {
  const rows = (['first', 'follow-up', 'topic-change', 'unanswerable'] as const).flatMap((group) => {
    const members = inGroup(turns, group);
    if (members.length === 0) return [];
    const inConversation = { group: LABELS[group], scores: scoreTurns(members, 'in conversation') };
    if (group === 'first') return [inConversation];
    return [inConversation, { group: `${LABELS[group]}, asked alone`, scores: scoreTurns(members, 'alone') }];
  });
  const languages = [...new Set(turns.map((turn) => turn.lang))].sort();
  const byLanguage = languages.map((lang) => ({
    group: `${lang}, all turns`,
    scores: scoreTurns(turns.filter((turn) => turn.lang === lang), 'in conversation'),
  }));
  return [...rows, ...byLanguage];
}

/** Passage scores of turns, as answered in their conversation or alone. */
export function scoreTurns(turns: readonly ConversationTurn[], asked: 'in conversation' | 'alone'): RetrievalScores {
  return scoreRetrieval(
    turns.map((turn) => ({ groups: [], evidence: turn.evidence, answer: asked === 'alone' ? turn.alone : turn.answer })),
  );
}

export function inGroup(turns: readonly ConversationTurn[], group: TurnGroup): ConversationTurn[] {
  return turns.filter((turn) => turn.group === group);
}

/** How many turns fall in each group, as a line: "25 first, 24 follow-up, 6 topic change, 1 unanswerable". */
export function formatGroupCounts(turns: readonly ConversationTurn[]): string {
  return (Object.keys(LABELS) as TurnGroup[])
    .map((group) => `${inGroup(turns, group).length} ${group === 'first' ? 'first' : LABELS[group].replace(' turn', '')}`)
    .join(', ');
}

/** The targets: follow-ups hit@1 at least FOLLOW_UP_TARGET, topic changes no worse than alone. */
export const FOLLOW_UP_TARGET = 0.9;

export function formatTargets(turns: readonly ConversationTurn[]): string {
  const followUp = scoreTurns(inGroup(turns, 'follow-up'), 'in conversation').hit1;
  const change = scoreTurns(inGroup(turns, 'topic-change'), 'in conversation').hit1;
  const changeAlone = scoreTurns(inGroup(turns, 'topic-change'), 'alone').hit1;
  const show = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(2));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    `targets: follow-up hit@1 ${show(followUp)} ≥ ${FOLLOW_UP_TARGET.toFixed(2)} ${verdict(!(followUp < FOLLOW_UP_TARGET))}`,
    `topic-change hit@1 ${show(change)} ≥ asked alone ${show(changeAlone)} ${verdict(!(change < changeAlone))}`,
  ].join(' | ');
}
