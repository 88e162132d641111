/**
 * Discord's limits as named constants, and the one truncation helper every payload goes through.
 *
 * Lengths are measured in UTF-16 code units (`string.length`), which is never less than Discord's
 * own count, so text that fits here fits there.
 * Source: discord-api-docs `message.mdx` (Embed Limits), `components/reference.mdx`,
 * `application-commands.mdx`; see ../shared/discord/NOTES.md §B.
 */
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title + description + field names and values + footer + author, summed over all embeds. */
  embedTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonsPerRow: 5,
  actionRows: 5,
  buttonLabel: 80,
  customId: 100,
  commandName: 32,
  commandDescription: 100,
} as const satisfies Record<string, number>;

export const ELLIPSIS = '…';

/**
 * `text` if it fits in `max` code units, else its longest prefix that fits together with the
 * ellipsis. Cuts only between code points, so a surrogate pair (an emoji, a rare CJK ideograph) is
 * never split into an unpaired half that Discord would reject.
 */
export function truncate(text: string, max: number, ellipsis: string = ELLIPSIS): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (ellipsis.length >= max) return ellipsis.slice(0, max);
  let end = max - ellipsis.length;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end) + ellipsis;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The characters Discord counts against `LIMITS.embedTotal` for one embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Each part cut to its own limit, and at most 25 fields. */
export function fitEmbedParts(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.embedDescription);
  if (embed.author !== undefined) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.authorName) };
  if (embed.footer !== undefined) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footerText) };
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName),
      value: truncate(field.value, LIMITS.fieldValue),
    }));
  }
  return fitted;
}

/**
 * Fits a message's embeds inside every limit: at most 10 embeds, each part within its own limit, and
 * all of them together within 6000 characters. What gives way first is what matters least: the
 * description of the last embeds is shortened, then their last fields are dropped; titles and
 * footers (the citation) are kept.
 */
export function fitEmbeds(embeds: readonly APIEmbed[], total: number = LIMITS.embedTotal): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbedParts);
  let excess = fitted.reduce((sum, embed) => sum + embedLength(embed), 0) - total;
  for (let i = fitted.length - 1; i >= 0 && excess > 0; i -= 1) {
    const embed = fitted[i];
    if (embed === undefined) continue;
    if (embed.description !== undefined && embed.description.length > 0) {
      const before = embed.description.length;
      // Keep at least a few characters of a passage: a bare ellipsis tells the reader nothing.
      const keep = Math.max(Math.min(before, 40), before - excess);
      embed.description = truncate(embed.description, keep);
      excess -= before - embed.description.length;
    }
    while (excess > 0 && embed.fields !== undefined && embed.fields.length > 0) {
      const dropped = embed.fields.pop();
      if (dropped !== undefined) excess -= dropped.name.length + dropped.value.length;
    }
  }
  // Only absurd inputs (ten embeds with maximal titles and footers) get here: drop whole embeds.
  while (excess > 0 && fitted.length > 1) {
    const dropped = fitted.pop();
    if (dropped !== undefined) excess -= embedLength(dropped);
  }
  return fitted;
}

/** Message content cut to the 2000-character limit. */
export function fitContent(content: string): string {
  return truncate(content, LIMITS.content);
}

/** An autocomplete list inside the limits: at most 25 choices, names and values of at most 100. */
export function fitChoices(
  choices: readonly { readonly name: string; readonly value: string }[],
): { name: string; value: string }[] {
  return choices
    .slice(0, LIMITS.autocompleteChoices)
    // A value is sent back as the option's text; cutting it silently would change the query, so a
    // choice whose value does not fit is dropped instead.
    .filter((choice) => choice.value.length >= 1 && choice.value.length <= LIMITS.choiceValue)
    // A name must not be empty either; the value is the next best label.
    .map((choice) => ({ name: truncate(choice.name === '' ? choice.value : choice.name, LIMITS.choiceName), value: choice.value }));
}
