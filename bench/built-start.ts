import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');

export type BuiltStart =
  | { readonly kind: 'ok'; readonly medianMs: number; readonly runs: number }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Process start → first answer of our engine as it is deployed: compiled (`npm run build`), run by
 * plain `node`, with the prebuilt engine present. The table's column runs every engine's child
 * under tsx alike, which compiles TypeScript at start; this is the number a user of `node dist/…`
 * sees. Compiles first, warms the cache once, then times `runs` fresh processes.
 */
export async function measureBuiltStart(corpusDir: string, cacheDir: string, question: string, runs = 7): Promise<BuiltStart> {
  const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0 || !existsSync(CLI)) return { kind: 'error', message: `npm run build failed: ${built.stdout}${built.stderr}`.trim() };
  const args = [CLI, 'ask', '--json', '--corpus', corpusDir, '--cache-dir', cacheDir, question];
  const warm = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (warm.status !== 0) return { kind: 'error', message: warm.stderr.trim() };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeToAnswer(args));
  return { kind: 'ok', medianMs: percentile([...times].sort((a, b) => a - b), 50), runs };
}

function timeToAnswer(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let answered: number | null = null;
    child.stdout.on('data', () => (answered ??= performance.now() - started));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && answered !== null ? resolve(answered) : reject(new Error(`exit ${code}`))));
  });
}
