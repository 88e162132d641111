import { Routes } from 'discord.js';
import type { REST, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commands } from './commands/index.js';

export type DeployScope = { readonly kind: 'guild'; readonly guildId: string } | { readonly kind: 'global' };

export type DeployResult = { readonly scope: DeployScope; readonly count: number };

/** The registration bodies, straight from the registry. */
export function commandBodies(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data);
}

/**
 * Registers every command with one bulk overwrite: to the guild when one is given (instant, for
 * development; guild commands do not work in DMs), else globally.
 */
export async function deployCommands(rest: REST, applicationId: string, guildId: string | null): Promise<DeployResult> {
  const scope: DeployScope = guildId === null ? { kind: 'global' } : { kind: 'guild', guildId };
  const route = scope.kind === 'guild' ? Routes.applicationGuildCommands(applicationId, scope.guildId) : Routes.applicationCommands(applicationId);
  const body = commandBodies();
  await rest.put(route, { body });
  return { scope, count: body.length };
}
