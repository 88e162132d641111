import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openEngine } from '../src/corpus/open-engine.js';
import { EvalQuestionSchema, parseJsonLines } from '../src/eval/questions.js';
import { measureDiscordLatency } from './discord-latency.js';

/**
 * `npm run bench`: the answer engine on the shipped article. Build (load, chunk, figures, index,
 * vocabulary), then the whole answer (figures and direct answer included) over at least 1,000
 * questions, cycling through the public questions. Medians of the machine as it is: read ratios.
 */
const ROUNDS = 1_000;

const started = performance.now();
const opened = await openEngine('corpus');
if (opened.kind === 'error') throw new Error(opened.message);
const built = performance.now();
const { engine } = opened;
const questions = parseJsonLines(readFileSync('eval/public/questions.jsonl', 'utf8'), EvalQuestionSchema, 'questions.jsonl');
engine.ask(questions[0]!.q);
const firstAnswer = performance.now();

const times: number[] = [];
for (let i = 0; i < Math.max(ROUNDS, questions.length); i++) {
  const question = questions[i % questions.length]!.q;
  const t0 = performance.now();
  engine.ask(question);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

console.log('engine on the shipped article');
console.log(`  build (load + chunk + figures + index + vocabulary)  ${ms(built - started)}`);
console.log(`  engine ready → first answer                          ${ms(firstAnswer - built)}`);
console.log(`  answer latency over ${times.length} questions        p50 ${ms(at(0.5))}  p99 ${ms(at(0.99))}`);
console.log(`  peak RSS                                             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const discord = await measureDiscordLatency(1_000);
console.log('discord (real discord.js client, fake Discord on 127.0.0.1)');
console.log(
  `  interaction dispatch → callback over ${discord.interactions}  p50 ${ms(discord.p50Ms)}  p99 ${ms(discord.p99Ms)}` +
    `  · ${discord.overLimit} payloads over a limit · ${discord.pings} that could ping`,
);
