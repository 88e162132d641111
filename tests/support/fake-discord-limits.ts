/**
 * Checks a request the bot sent against Discord's documented limits (NOTES §B) and counts the ways
 * it could ping someone. The limits are written out again here on purpose: a test that imported
 * them from src/render/limits.ts could not catch a wrong constant.
 */
import type { RecordedRequest } from './fake-discord.js';

const LIMIT = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  choices: 25,
  choiceText: 100,
  rows: 5,
  buttons: 5,
  customId: 100,
  label: 80,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The message body inside a request, if it carries one (callbacks wrap it in `data`). */
export function messageBody(request: RecordedRequest): Json | null {
  if (!isObject(request.body)) return null;
  if (request.path.endsWith('/callback')) {
    const type = request.body['type'];
    return (type === 4 || type === 7) && isObject(request.body['data']) ? request.body['data'] : null;
  }
  if (/\/webhooks\/|\/channels\/\d+\/messages$/.test(request.path) && request.method !== 'DELETE') return request.body;
  return null;
}

/** Every limit a request breaks, as readable lines; empty when it is fine. */
export function limitViolations(request: RecordedRequest): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (isObject(request.body) && request.body['type'] === 8 && isObject(request.body['data'])) {
    const choices = list(request.body['data']['choices']);
    over('choices', choices.length, LIMIT.choices);
    for (const choice of choices.filter(isObject)) {
      const name = text(choice['name']);
      if (name.length === 0) problems.push('choice name empty');
      over(`choice name ${name}`, name.length, LIMIT.choiceText);
      over(`choice value ${String(choice['value'])}`, String(choice['value']).length, LIMIT.choiceText);
    }
  }
  const body = messageBody(request);
  if (body === null) return problems;
  over('content', text(body['content']).length, LIMIT.content);
  const embeds = list(body['embeds']).filter(isObject);
  over('embeds', embeds.length, LIMIT.embeds);
  let total = 0;
  for (const embed of embeds) {
    const title = text(embed['title']);
    const description = text(embed['description']);
    const footer = isObject(embed['footer']) ? text(embed['footer']['text']) : '';
    const author = isObject(embed['author']) ? text(embed['author']['name']) : '';
    const fields = list(embed['fields']).filter(isObject);
    over('embed title', title.length, LIMIT.title);
    over('embed description', description.length, LIMIT.description);
    over('embed footer', footer.length, LIMIT.footer);
    over('embed author', author.length, LIMIT.author);
    over('embed fields', fields.length, LIMIT.fields);
    total += title.length + description.length + footer.length + author.length;
    for (const field of fields) {
      const name = text(field['name']);
      const value = text(field['value']);
      if (name.trim() === '' || value.trim() === '') problems.push('embed field name or value empty');
      over('field name', name.length, LIMIT.fieldName);
      over('field value', value.length, LIMIT.fieldValue);
      total += name.length + value.length;
    }
  }
  over('embeds total', total, LIMIT.total);
  const rows = list(body['components']).filter(isObject);
  over('action rows', rows.length, LIMIT.rows);
  const ids = new Set<string>();
  for (const row of rows) {
    const buttons = list(row['components']).filter(isObject);
    over('buttons in a row', buttons.length, LIMIT.buttons);
    for (const button of buttons) {
      const id = text(button['custom_id']);
      if (id.length === 0) problems.push('button without custom_id');
      over(`custom_id ${id}`, id.length, LIMIT.customId);
      over('button label', text(button['label']).length, LIMIT.label);
      if (ids.has(id)) problems.push(`duplicate custom_id ${id}`);
      ids.add(id);
    }
  }
  if (hasLoneSurrogate(JSON.stringify(body))) problems.push('lone surrogate');
  return problems;
}

function hasLoneSurrogate(json: string): boolean {
  // JSON.stringify escapes lone surrogates as \udXXX; paired ones stay raw characters.
  return /\\ud[89a-f][0-9a-f]{2}/i.test(json);
}

/**
 * Who a message could ping: `everyone`, `roles`, `users` (any), `user:<id>`, or `replied-user`.
 * Empty means it pings nobody. A body without `allowed_mentions` falls back to Discord's defaults,
 * which ping, so it counts.
 */
export function pingTargets(request: RecordedRequest): string[] {
  const body = messageBody(request);
  if (body === null) return [];
  const allowed = body['allowed_mentions'];
  if (!isObject(allowed)) return ['default-parse'];
  const targets = list(allowed['parse']).map(String);
  for (const id of list(allowed['users'])) targets.push(`user:${String(id)}`);
  for (const id of list(allowed['roles'])) targets.push(`role:${String(id)}`);
  if (allowed['replied_user'] === true) targets.push('replied-user');
  return targets;
}
