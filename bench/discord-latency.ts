/**
 * Interaction latency of the real bot: from the fake Discord dispatching INTERACTION_CREATE on the
 * gateway to it receiving the bot's callback over HTTP, one interaction at a time, over the real
 * engine. Also counts payloads over a Discord limit and payloads that could ping anyone.
 *
 *   npx tsx bench/discord-latency.ts [interactions=2000]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadTestEngine, startHarness } from '../tests/discord/harness.js';
import type { CommandOption, FakeDiscord, SentInteraction } from '../tests/support/fake-discord.js';
import { limitViolations, pingTargets } from '../tests/support/fake-discord-limits.js';
import { percentile } from './stats.js';

export type LatencyReport = {
  readonly interactions: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly overLimit: number;
  readonly pings: number;
};

const STRING = 3;

/** A mix of what users send: questions in both languages, lookups, and autocomplete keystrokes. */
const WORKLOAD: readonly ((fake: FakeDiscord, user: { id: string; username: string }) => SentInteraction)[] = [
  (fake, user) => fake.command('ask', [option('question', '湖州有多少家国家高新技术企业？')], { locale: 'zh-CN', user }),
  (fake, user) => fake.command('ask', [option('question', 'What is the trade volume of the nine cities?')], { locale: 'en-US', user }),
  (fake, user) => fake.command('ask', [option('question', '@everyone 今天天气怎么样')], { locale: 'zh-CN', user }),
  (fake, user) => fake.command('city', [option('name', '芜湖')], { locale: 'zh-CN', user }),
  (fake, user) => fake.command('figure', [option('query', '技术合同成交额')], { locale: 'zh-CN', user }),
  (fake, user) => fake.autocomplete('city', [{ ...option('name', 'hu'), focused: true }], { user }),
  (fake, user) => fake.autocomplete('figure', [{ ...option('query', '贸易'), focused: true }], { user }),
];

function option(name: string, value: string): CommandOption {
  return { name, type: STRING, value };
}

export async function measureDiscordLatency(interactions = 2000, warmup = 100): Promise<LatencyReport> {
  const harness = await startHarness({ engine: await loadTestEngine(), rateLimit: 'off', logLevel: 'warn' });
  const { fake } = harness;
  const samples: number[] = [];
  try {
    for (let i = 0; i < warmup + interactions; i += 1) {
      const since = fake.requests.length;
      const user = { id: `32${String(i % 1000).padStart(16, '0')}`, username: `bench${i % 1000}` };
      const send = WORKLOAD[i % WORKLOAD.length];
      if (send === undefined) throw new Error('empty workload');
      const started = performance.now();
      const sent = send(fake, user);
      await fake.waitForRequest((request) => request.path === sent.callbackPath, since);
      if (i >= warmup) samples.push(performance.now() - started);
    }
  } finally {
    await harness.stop();
  }
  samples.sort((a, b) => a - b);
  return {
    interactions: samples.length,
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
    maxMs: samples.at(-1) ?? Number.NaN,
    overLimit: fake.requests.filter((request) => limitViolations(request).length > 0).length,
    pings: fake.requests.filter((request) => pingTargets(request).length > 0).length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 2000);
  const report = await measureDiscordLatency(count);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  process.stdout.write(
    `discord interaction → callback over ${report.interactions} interactions: ` +
      `p50 ${ms(report.p50Ms)}, p99 ${ms(report.p99Ms)}, max ${ms(report.maxMs)}; ` +
      `${report.overLimit} payloads over a limit, ${report.pings} that could ping\n`,
  );
  process.exitCode = report.overLimit === 0 && report.pings === 0 ? 0 : 1;
}
