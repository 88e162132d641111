import { createInterface } from 'node:readline';
import type { Engine } from '../core/engine-types.js';
import { HELP_TEXT } from '../render/terminal.js';
import { createSession } from './session.js';

/**
 * The terminal chat: a prompt on a TTY, or one question per line from a pipe. Colour only on a
 * TTY. Resolves when the user quits or the input ends.
 */
export async function runChat(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream & { isTTY?: boolean }) {
  const interactive = output.isTTY === true && (input as { isTTY?: boolean }).isTTY === true;
  const session = createSession(engine, { color: interactive });
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${engine.stats.documents.map((d) => `《${d.title}》`).join(' ')}\n${HELP_TEXT}\n`);
    lines.setPrompt('› ');
    lines.prompt();
  }
  for await (const line of lines) {
    const { text, quit } = session.handle(line);
    if (text !== '') output.write(`${text}\n${interactive ? '\n' : ''}`);
    if (quit) break;
    if (interactive) lines.prompt();
  }
  lines.close();
}
