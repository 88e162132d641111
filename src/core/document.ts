import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { DocumentMeta, SourceDocument } from './types.js';

/** Front matter a corpus file may start with, between two `---` lines. Every field is optional. */
export const FrontMatterSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    subtitle: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    date: z.iso.date().optional(),
    language: z.string().optional(),
  })
  .strict();

export type ParseDocumentResult =
  | { readonly kind: 'ok'; readonly document: SourceDocument }
  | { readonly kind: 'error'; readonly problem: string };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;
const SUBTITLE_DASH = /^[\s\u3000]*(?:——|──|--|—)/u;
const BYLINE_AUTHOR = /记者\s*([\p{Script=Han}·]{2,4}?)(?:采写|报道|撰稿|摄|$)/u;

/**
 * Reads one corpus file's text: its front matter (validated) and its body. Without front matter,
 * the title is the first line, the subtitle a following line that starts with a dash, and the
 * author the name in a byline (本报记者谢卫群采写); the date stays unknown rather than guessed.
 */
export function parseDocument(id: string, text: string): ParseDocumentResult {
  const content = text.replace(/^\uFEFF/u, '');
  if (content.trim() === '') return { kind: 'error', problem: 'the file is empty' };
  const match = FRONT_MATTER.exec(content);
  let front: z.infer<typeof FrontMatterSchema> = {};
  let body = content;
  if (match) {
    let raw: unknown;
    try {
      raw = parseYaml(match[1] ?? '');
    } catch (error) {
      return { kind: 'error', problem: `front matter is not valid YAML (${firstLine(error)})` };
    }
    const parsed = FrontMatterSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      return { kind: 'error', problem: `bad front matter: ${z.prettifyError(parsed.error).replace(/\n/gu, ' ')}` };
    }
    front = parsed.data;
    body = content.slice(match[0].length);
  } else if (content.startsWith('---')) {
    return { kind: 'error', problem: 'front matter starts with --- but never ends' };
  }
  const lines = body.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return { kind: 'error', problem: 'the file has front matter but no text' };
  const subtitleLine = lines[1] !== undefined && SUBTITLE_DASH.test(lines[1]) ? lines[1] : undefined;
  const meta: DocumentMeta = {
    id,
    title: front.title ?? lines[0] ?? id,
    subtitle: front.subtitle ?? subtitleLine?.replace(SUBTITLE_DASH, '').trim() ?? null,
    author: front.author ?? BYLINE_AUTHOR.exec(lines.at(-1) ?? '')?.[1] ?? null,
    date: front.date ?? null,
  };
  return { kind: 'ok', document: { meta, body } };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
