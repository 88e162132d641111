/**
 * The one error boundary between discord.js and the handlers. It turns interactions and messages
 * into plain inputs, applies the rate limit, defers when the 3-second deadline is at risk, sends what
 * the handlers return, and turns any error into an ephemeral apology and one log line: the bot goes on.
 */
import { MessageFlags, MessageFlagsBitField } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionReplyOptions,
  Message,
} from 'discord.js';
import { decodeAction } from '../render/button-actions.js';
import { type MessagePayload, renderApology, renderRateLimited } from '../render/discord.js';
import { localeOfText, replyLocale } from '../render/discord-words.js';
import { fitChoices } from '../render/limits.js';
import { handleButton } from './buttons.js';
import type { Command } from './commands/command.js';
import type { BotContext, CommandInput, RawOptions } from './context.js';
import { errorMessage } from './log.js';
import { answerMessage, questionOf } from './messages.js';
import type { IncomingMessage } from './messages.js';
import { assertNever } from '../core/assert-never.js';
import type { Outcome } from './outcome.js';

/**
 * Discord invalidates an interaction not answered within 3 s. Work that starts later than this after
 * the interaction was created, or is still running by then, is acknowledged first (a deferral) and
 * answered by editing.
 */
export const DEFER_AFTER_MS = 1500;

export type RouterOptions = {
  readonly ctx: BotContext;
  readonly commands: readonly Command[];
  /** The bot's user id, known once the client is ready. */
  readonly botId: () => string;
  readonly askChannelIds: ReadonlySet<string>;
  readonly now?: () => number;
};

export type Router = {
  readonly handleInteraction: (interaction: Interaction) => Promise<void>;
  readonly handleMessage: (message: Message) => Promise<void>;
};

type Respondable = ChatInputCommandInteraction | ButtonInteraction;

export function createRouter(options: RouterOptions): Router {
  const { ctx, commands } = options;
  const now = options.now ?? Date.now;

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = commands.find((candidate) => candidate.data.name === interaction.commandName);
    if (command === undefined) throw new Error(`Unknown command ${interaction.commandName}`);
    if (await refusedByRateLimit(interaction)) return;
    const input = commandInput(interaction);
    const ephemeral = command.ephemeral?.(input) ?? false;
    await respond(interaction, () => command.execute(input, ctx), () => interaction.deferReply(flags(ephemeral)));
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = commands.find((candidate) => candidate.data.name === interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const choices = command?.autocomplete?.({ name: focused.name, value: String(focused.value) }, ctx) ?? [];
    await interaction.respond(fitChoices(choices));
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    if (await refusedByRateLimit(interaction)) return;
    const input = {
      customId: interaction.customId,
      locale: interaction.locale,
      userId: interaction.user.id,
      // The message may arrive as raw data when its channel is not cached (DMs): read its flags either way.
      ephemeral: new MessageFlagsBitField(interaction.message.flags).has(MessageFlags.Ephemeral),
    };
    const updates = decodeAction(input.customId)?.kind === 'page';
    await respond(
      interaction,
      () => handleButton(input, ctx),
      () => (updates ? interaction.deferUpdate() : interaction.deferReply(flags(input.ephemeral))),
    );
  }

  /** Answers with the rate-limit notice, ephemerally, when the user is over the limit. */
  async function refusedByRateLimit(interaction: Respondable): Promise<boolean> {
    const decision = ctx.limiter.take(interaction.user.id);
    if (decision.kind === 'allowed') return false;
    // Every interaction needs an answer, or the user sees "The application did not respond".
    await interaction.reply(replyOptions(renderRateLimited(replyLocale(interaction.locale), decision.retryAfterMs), true));
    return true;
  }

  async function respond(
    interaction: Respondable,
    work: () => Outcome | Promise<Outcome>,
    defer: () => Promise<unknown>,
  ): Promise<void> {
    const age = () => now() - interaction.createdTimestamp;
    if (age() > DEFER_AFTER_MS) await defer();
    const pending = work();
    if (pending instanceof Promise && !interaction.deferred) {
      const deadline = Math.max(0, DEFER_AFTER_MS - age());
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        pending.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), deadline);
        }),
      ]).finally(() => clearTimeout(timer));
      if (timedOut) await defer();
    }
    await send(interaction, await pending);
  }

  async function send(interaction: Respondable, outcome: Outcome): Promise<void> {
    switch (outcome.kind) {
      case 'reply':
        // Ephemerality was fixed when deferring; an edit cannot change it.
        if (interaction.deferred) await interaction.editReply(editOptions(outcome.payload));
        else await interaction.reply(replyOptions(outcome.payload, outcome.ephemeral));
        return;
      case 'update':
        if (!interaction.isButton()) throw new Error('Only a button click can update its message');
        if (interaction.deferred) await interaction.editReply(editOptions(outcome.payload));
        else await interaction.update(editOptions(outcome.payload));
        return;
      default:
        return assertNever(outcome);
    }
  }

  async function apologize(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const apology = renderApology(replyLocale(interaction.locale));
    if (interaction.deferred && !interaction.replied) await interaction.editReply(editOptions(apology));
    else if (interaction.replied || interaction.deferred) await interaction.followUp(replyOptions(apology, true));
    else await interaction.reply(replyOptions(apology, true));
  }

  return {
    async handleInteraction(interaction) {
      try {
        if (interaction.isChatInputCommand()) await onCommand(interaction);
        else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
        else if (interaction.isButton()) await onButton(interaction);
        else ctx.log.debug('interaction ignored', { interaction: interaction.id, type: interaction.type });
      } catch (error) {
        ctx.log.error('interaction failed', {
          interaction: interaction.id,
          command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : null,
          customId: interaction.isButton() ? interaction.customId : null,
          error: errorMessage(error),
        });
        await apologize(interaction).catch((apologyError: unknown) =>
          ctx.log.warn('apology failed', { interaction: interaction.id, error: errorMessage(apologyError) }),
        );
      }
    },

    async handleMessage(message) {
      try {
        const incoming = incomingMessage(message, options.botId());
        const rules = { botId: options.botId(), askChannelIds: options.askChannelIds };
        const question = questionOf(incoming, rules);
        if (question === null) return;
        const decision = ctx.limiter.take(incoming.authorId);
        if (decision.kind === 'limited') {
          // One notice per flood; answering every message would make the bot the flood.
          if (decision.notify) await message.reply(messageOptions(renderRateLimited(localeOfText(incoming.content), decision.retryAfterMs)));
          return;
        }
        const outcome = answerMessage(question, incoming, ctx, rules);
        if (outcome === null) return;
        if (outcome.kind !== 'reply') throw new Error(`A message is answered with a reply, not ${outcome.kind}`);
        await message.reply(messageOptions(outcome.payload));
      } catch (error) {
        ctx.log.error('message failed', { message: message.id, channel: message.channelId, error: errorMessage(error) });
        await message
          .reply(messageOptions(renderApology(localeOfText(message.content))))
          .catch((apologyError: unknown) => ctx.log.warn('apology failed', { message: message.id, error: errorMessage(apologyError) }));
      }
    },
  };
}

/** The options of a chat-input interaction by name; a user option is its user id. */
export function commandInput(interaction: ChatInputCommandInteraction): CommandInput {
  const options: RawOptions = Object.fromEntries(interaction.options.data.map((option) => [option.name, option.value]));
  return { options, locale: interaction.locale, userId: interaction.user.id, channelId: interaction.channelId };
}

export function incomingMessage(message: Message, botId: string): IncomingMessage {
  return {
    content: message.content,
    authorId: message.author.id,
    authorIsBot: message.author.bot || message.system,
    channelId: message.channelId,
    isDirect: !message.inGuild(),
    // A reply to the bot lists it among the mentions too; only an explicit mention asks a question.
    mentionsBot: message.mentions.users.has(botId) && message.mentions.repliedUser?.id !== botId,
  };
}

function flags(ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

function editOptions(payload: MessagePayload) {
  return {
    ...(payload.content === undefined ? {} : { content: payload.content }),
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: payload.allowedMentions,
  };
}

function replyOptions(payload: MessagePayload, ephemeral: boolean): InteractionReplyOptions {
  return { ...editOptions(payload), ...flags(ephemeral) };
}

function messageOptions(payload: MessagePayload) {
  // A deleted question should not turn its answer into an error.
  return { ...editOptions(payload), failIfNotExists: false };
}
