/**
 * The one list of commands. The router dispatches from it and the deploy step registers it, so the
 * two can never disagree.
 */
import * as about from './about.js';
import * as ask from './ask.js';
import * as city from './city.js';
import type { Command } from './command.js';
import * as figure from './figure.js';

export const commands = [ask, city, figure, about] as const satisfies readonly Command[];

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.data.name === name);
}
