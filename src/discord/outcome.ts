import type { MessagePayload } from '../render/discord.js';

/**
 * What a handler wants sent; the router does the sending. Handlers return values, so they can be
 * tested without a Discord connection.
 */
export type Outcome =
  /** A new message: the interaction's reply, or a reply to the user's message. */
  | { readonly kind: 'reply'; readonly payload: MessagePayload; readonly ephemeral: boolean }
  /** Replace the message the clicked button sits on. */
  | { readonly kind: 'update'; readonly payload: MessagePayload };
