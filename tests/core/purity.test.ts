import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core is shared by the bot, the terminal and the CLI: it must not reach for Discord, the
// file system or the process.
const FORBIDDEN = [/from 'discord\.js'/u, /from 'node:fs/u, /from 'fs'/u, /\bprocess\.\w/u];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/core', () => {
  it.each(sources('src/core'))('%s imports no discord.js, fs or process', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });
});
