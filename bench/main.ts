/**
 * `npm run bench`: our engine beside two anchors (flexsearch with its CJK preset, minisearch with
 * Han bigrams) on the same passages and the same questions, at three sizes: the shipped article,
 * 1,000 and 10,000 generated articles. Every measurement runs in a fresh child process. Then the
 * Discord interaction latency of the real bot. The machines are shared: read ratios, not times.
 *
 *   npm run bench -- --sizes article,1000 --seed 1 --timeout 600
 */
import { join } from 'node:path';
import { measureDiscordLatency } from './discord-latency.js';
import { parseBenchArgs, USAGE } from './args.js';
import { measureContender, type Row } from './measure.js';
import { formatBuildSteps, formatTable, type SizeRows } from './report.js';
import { BENCH_DIR, prepareSize, type PreparedSize } from './sizes.js';
import { measureBuiltStart } from './built-start.js';

const parsed = parseBenchArgs(process.argv.slice(2));
if (parsed.kind === 'error') {
  process.stderr.write(`${parsed.message}\n${USAGE}\n`);
  process.exit(2);
}
const { options } = parsed;
const log = (line: string) => process.stderr.write(`${line}\n`);
const limits = { timeoutSeconds: options.timeoutSeconds, heapMb: options.heapMb };

log(`generated corpora and prebuilt indexes: ${BENCH_DIR}`);
const measured: SizeRows[] = [];
const prepared: PreparedSize[] = [];
for (const size of options.sizes) {
  const ready = await prepareSize(size, options.seed, options.questions);
  prepared.push(ready);
  const rows: Row[] = [];
  for (const contender of options.contenders) rows.push(await measureContender(ready, contender, limits, log));
  measured.push({ label: ready.label, rows });
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(`engines side by side (seed ${options.seed}, ${options.questions}+ questions a size, timeout ${options.timeoutSeconds} s a process)`);
console.log(formatTable(measured));
console.log(
  [
    'build: corpus folder → prebuilt index on disk (ours: its engine cache). load: an anchor deserializing its',
    'file; ours openEngine on a cache hit (reading and hashing the corpus files included). spawn → 1st answer:',
    'a fresh process with the prebuilt index present. answer (after 100 untimed warm-up questions): ours is the',
    'whole engine.ask (figures, direct answer); an anchor its top passage. hit@1: the public questions, article only. ours ÷ anchor: above 1',
    'means ours takes more (time, bytes, memory) or scores higher. "–": not run, its build did not finish.',
  ].join('\n'),
);
for (const line of formatBuildSteps(measured)) console.log(line);

const article = prepared.find(({ label }) => label === 'article');
if (article && options.contenders.includes('ours')) {
  const start = await measureBuiltStart(article.corpusDir, join(article.indexDir, 'ours-built'), '湖州有多少家高新技术企业？');
  console.log(
    start.kind === 'ok'
      ? `article · ours compiled (node dist/cli/main.js ask, prebuilt engine): spawn → answer ${ms(start.medianMs)} (median of ${start.runs})`
      : `article · ours compiled: not measured (${start.message})`,
  );
}

if (options.discord > 0) {
  const discord = await measureDiscordLatency(options.discord);
  console.log('discord (real discord.js client, fake Discord on 127.0.0.1)');
  console.log(
    `  interaction dispatch → callback over ${discord.interactions}  p50 ${ms(discord.p50Ms)}  p99 ${ms(discord.p99Ms)}` +
      `  · ${discord.overLimit} payloads over a limit · ${discord.pings} that could ping`,
  );
}
