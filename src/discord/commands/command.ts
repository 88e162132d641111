import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { z } from 'zod';
import type { Choice } from '../../core/engine-types.js';
import type { BotContext, CommandInput, RawOptions } from '../context.js';
import type { Outcome } from '../outcome.js';

/** One slash command: its registration data and its handlers. */
export type Command = {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the reply will be ephemeral, known before the work is done (a deferral must choose). */
  readonly ephemeral?: (input: CommandInput) => boolean;
  readonly execute: (input: CommandInput, ctx: BotContext) => Outcome | Promise<Outcome>;
  /** Choices for the focused option; the router cuts them to Discord's limits. */
  readonly autocomplete?: (focused: { readonly name: string; readonly value: string }, ctx: BotContext) => readonly Choice[];
};

/**
 * A command's options, validated. Discord checks required options on the client only, and
 * autocomplete fields may hold any text, so the handler checks again.
 */
export function readOptions<S extends z.ZodType>(schema: S, options: RawOptions): z.infer<S> {
  return schema.parse(options);
}

export const snowflake = z.string().regex(/^\d{17,20}$/);
