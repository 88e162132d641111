import { assertNever } from '../core/assert-never.js';
import { parseCommand } from '../core/command.js';
import type { Engine, Topic } from '../core/engine-types.js';
import {
  HELP_TEXT,
  renderAboutText,
  renderAnswerText,
  renderCityText,
  renderFiguresText,
  type TerminalStyle,
} from '../render/terminal.js';

/** What one typed line produces: text to print, and whether the chat ends. */
export type SessionOutput = { readonly text: string; readonly quit: boolean };

/**
 * One terminal conversation: reads lines as commands, keeps the topic for follow-up questions and
 * the last suggestions (typing their number asks them). No I/O: the runner prints what it returns.
 */
export function createSession(engine: Engine, style: TerminalStyle) {
  let topic: Topic | null = null;
  let suggestions: readonly string[] = [];

  const ask = (question: string): string => {
    const answer = engine.ask(question, topic);
    topic = engine.topicOf(answer) ?? topic;
    suggestions = answer.kind === 'no-answer' ? answer.suggestions : [];
    return renderAnswerText(answer, style);
  };

  return {
    handle(line: string): SessionOutput {
      const picked = /^\s*(\d)\s*$/u.exec(line);
      const suggestion = picked ? suggestions[Number(picked[1]) - 1] : undefined;
      if (suggestion !== undefined) return { text: ask(suggestion), quit: false };
      const command = parseCommand(line);
      switch (command.kind) {
        case 'ask':
          return { text: ask(command.question), quit: false };
        case 'city':
          return {
            text: command.name === '' ? 'Usage: /city <name>' : renderCityText(command.name, engine.city(command.name), style),
            quit: false,
          };
        case 'figure':
          return {
            text: command.query === '' ? 'Usage: /figure <query>' : renderFiguresText(command.query, engine.findFigures(command.query)),
            quit: false,
          };
        case 'about':
          return { text: renderAboutText(engine.stats), quit: false };
        case 'help':
          return { text: HELP_TEXT, quit: false };
        case 'quit':
          return { text: '', quit: true };
        case 'empty':
          return { text: '', quit: false };
        case 'unknown':
          return { text: `Unknown command /${command.name}. ${HELP_TEXT}`, quit: false };
        default:
          return assertNever(command);
      }
    },
  };
}
